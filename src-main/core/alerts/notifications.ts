import type { AlertText, DomainBreakdown } from '@shared/contract/alert-text';
import { LOW_CREDIT_KEY, domainAlertToGeneric } from './generic-alerts';
import { englishBody, englishTitle } from './messages';
import { addCalendarDays, instantOfLocalTime, localDateTime, parseClock } from '../time';
import type {
  AlertCategory,
  AlertNotification,
  AlertSettings,
  DomainAlert,
  GenericAlert,
  NotificationPlan,
  QuietHours
} from './types';

/** More new alerts than this at once (e.g. a sync after days offline) become one summary. */
export const SUMMARY_AFTER = 3;

/** Anything {@link planNotifications} accepts: domain alerts as evaluated, or generic ones. */
export type PlannableAlert = DomainAlert | GenericAlert;

/**
 * True when `now` falls inside quiet hours in `timeZone`. The start is inclusive, the end
 * exclusive; `start > end` spans midnight; `start === end` is an empty window (never quiet).
 */
export function isQuietTime(quietHours: QuietHours | null, now: number, timeZone: string): boolean {
  if (quietHours === null) return false;
  const start = parseClock(quietHours.start);
  const end = parseClock(quietHours.end);
  const { minutes } = localDateTime(now, timeZone);
  return start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The next instant, after `now`, at which local wall time reaches the end of quiet hours. */
export function quietHoursEnd(quietHours: QuietHours, now: number, timeZone: string): number {
  const end = parseClock(quietHours.end);
  const local = localDateTime(now, timeZone);
  const date = local.minutes < end ? local.date : addCalendarDays(local.date, 1);
  return instantOfLocalTime(date, end, timeZone);
}

const TOGGLE_OF: Readonly<Record<AlertCategory, keyof AlertSettings['notify']>> = {
  domain: 'domains',
  ticket: 'tickets',
  invoice: 'invoices'
};

function isDomainAlert(alert: PlannableAlert): alert is DomainAlert {
  return 'domainId' in alert;
}

/** Domain alerts counted by what they say: expired, redemption, grace, then per threshold. */
function domainBreakdown(alerts: readonly DomainAlert[]): DomainBreakdown {
  const count = (kind: DomainAlert['kind']): number => alerts.filter((a) => a.kind === kind).length;
  const byThreshold = new Map<number, number>();
  for (const a of alerts)
    if (a.threshold !== null) byThreshold.set(a.threshold, (byThreshold.get(a.threshold) ?? 0) + 1);
  return {
    expired: count('expired'),
    redemption: count('redemption'),
    grace: count('grace'),
    thresholds: [...byThreshold].sort(([a], [b]) => a - b).map(([days, n]) => ({ days, count: n }))
  };
}

// FNV-1a: a short, stable id for the summary from the keys it covers (not a security hash).
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function summaryOf(alerts: readonly PlannableAlert[]): AlertNotification {
  const domains = alerts.filter(isDomainAlert);
  const generic = alerts.filter((a): a is GenericAlert => !isDomainAlert(a));
  const tickets = generic.filter((a) => a.category === 'ticket').length;
  const lowCredit = generic.some((a) => a.key === LOW_CREDIT_KEY);
  const invoices = generic.filter((a) => a.category === 'invoice').length - (lowCredit ? 1 : 0);
  const alertKeys = alerts.map((a) => a.key);
  const key = `summary:${shortHash([...alertKeys].sort().join('\n'))}`;
  // Domain alerts carried as generic ones only have a count here.
  const otherDomains = generic.filter((a) => a.category === 'domain').length;
  const text: AlertText =
    domains.length === alerts.length
      ? { code: 'summary-domains', count: domains.length, domains: domainBreakdown(domains) }
      : {
          code: 'summary',
          count: alerts.length,
          domains:
            domains.length > 0
              ? { count: domains.length, breakdown: domainBreakdown(domains) }
              : null,
          tickets,
          invoices,
          lowCredit,
          otherDomains
        };
  return {
    key,
    category: 'summary',
    text,
    title: englishTitle(text),
    body: englishBody(text),
    target: { kind: text.code === 'summary-domains' ? 'domains' : 'alerts' },
    alertKeys
  };
}

function notificationOf(alert: PlannableAlert): AlertNotification {
  const generic = isDomainAlert(alert) ? domainAlertToGeneric(alert) : alert;
  return { ...generic, alertKeys: [generic.key] };
}

/**
 * Decides which desktop notifications to show for alerts not yet notified (the ledger
 * filters those). Drops snoozed/acknowledged domain alerts and switched-off categories;
 * during quiet hours shows nothing and reports `deferred` with when to plan again; more
 * than {@link SUMMARY_AFTER} alerts at once become one summary instead of a burst. The
 * ledger should mark as handled exactly the `alertKeys` of what was shown plus
 * `suppressedKeys`, so alerts held back by quiet hours are planned again when they end.
 */
export function planNotifications(
  newAlerts: readonly PlannableAlert[],
  settings: AlertSettings,
  now: number
): NotificationPlan {
  const seen = new Set<string>();
  const candidates: PlannableAlert[] = [];
  const suppressedKeys: string[] = [];
  for (const alert of newAlerts) {
    if (seen.has(alert.key)) continue;
    seen.add(alert.key);
    // Snoozed and acknowledged alerts stay un-notified: a snooze that ends should still notify.
    if (isDomainAlert(alert) && !alert.open) continue;
    const enabled = settings.notify[TOGGLE_OF[isDomainAlert(alert) ? 'domain' : alert.category]];
    if (enabled) candidates.push(alert);
    else suppressedKeys.push(alert.key);
  }
  if (candidates.length === 0)
    return { notifyNow: [], deferred: false, resumeAt: null, suppressedKeys };
  if (settings.quietHours !== null && isQuietTime(settings.quietHours, now, settings.timeZone)) {
    const resumeAt = quietHoursEnd(settings.quietHours, now, settings.timeZone);
    return { notifyNow: [], deferred: true, resumeAt, suppressedKeys };
  }
  const notifyNow =
    candidates.length > SUMMARY_AFTER ? [summaryOf(candidates)] : candidates.map(notificationOf);
  return { notifyNow, deferred: false, resumeAt: null, suppressedKeys };
}
