import { daysLeft as calendarDaysLeft } from '../time';
import type { AlertText } from '@shared/contract/alert-text';
import { isLapsedDomainStatus, isLiveDomainStatus } from '@shared/model';
import { englishBody, expiredText, graceText, redemptionText, thresholdText } from './messages';
import { thresholdsFor } from './settings';
import type {
  AlertDomain,
  AlertSettings,
  AlertSeverity,
  AlertStage,
  DomainAlert,
  DomainAlertKind,
  DomainAlertState,
  DomainStatus
} from './types';

/**
 * True for statuses whose expiry date is live and can cross thresholds (the model's rule:
 * neither ended nor lapsed; `unknown` alerts to be safe).
 */
export function isThresholdStatus(status: DomainStatus): boolean {
  return isLiveDomainStatus(status);
}

/** Where a domain stands now, with its days left. */
export interface DomainStanding {
  readonly stage: AlertStage;
  readonly daysLeft: number | null;
}

/** The smallest threshold `t` with `days <= t`, or `null` when further out than all of them. */
export function thresholdAt(days: number, thresholds: readonly number[]): number | null {
  let best: number | null = null;
  for (const t of thresholds) if (days <= t && (best === null || t < best)) best = t;
  return best;
}

/**
 * The alert stage of one domain at `now`, or `null` when it needs no alert: cancelled,
 * fraud or transferred away, no expiry date, or further out than every threshold.
 */
export function domainStanding(
  domain: AlertDomain,
  settings: AlertSettings,
  now: number
): DomainStanding | null {
  const days = calendarDaysLeft(domain.expiresOn, now, settings.timeZone);
  if (isLapsedDomainStatus(domain.status)) return { stage: domain.status, daysLeft: days };
  if (!isThresholdStatus(domain.status) || days === null) return null;
  // Past its expiry date yet still reported live: the renewal did not happen (or not yet synced).
  if (days < 0) return { stage: 'expired', daysLeft: days };
  const threshold = thresholdAt(days, thresholdsFor(domain, settings));
  return threshold === null ? null : { stage: threshold, daysLeft: days };
}

/** The stable ledger key of a domain's alert at a stage. */
export function domainAlertKey(domainId: string, stage: AlertStage): string {
  return typeof stage === 'number'
    ? `domain:${domainId}:threshold:${stage}`
    : `domain:${domainId}:${stage}`;
}

/** The stage an alert stands for; what snooze and acknowledge store. */
export function alertStage(alert: DomainAlert): AlertStage {
  return alert.kind === 'threshold' ? (alert.threshold ?? 0) : alert.kind;
}

/** Severity depends on the stage only, so it never changes under a given key. */
function severityOf(stage: AlertStage): AlertSeverity {
  if (typeof stage !== 'number' || stage <= 3) return 'critical';
  return stage <= 14 ? 'warning' : 'info';
}

function textOf(domain: AlertDomain, standing: DomainStanding): AlertText {
  if (standing.stage === 'grace') return graceText(domain);
  if (standing.stage === 'redemption') return redemptionText(domain);
  if (standing.stage === 'expired') return expiredText(domain);
  return thresholdText(domain, standing.daysLeft ?? 0);
}

function isSnoozed(state: DomainAlertState | undefined, stage: AlertStage, now: number): boolean {
  if (state === undefined) return false;
  if (state.snoozedAtThreshold === stage) return true;
  // An unreadable instant counts as "not snoozed": showing an alert beats hiding one.
  const until = state.snoozedUntil ? Date.parse(state.snoozedUntil) : Number.NaN;
  return until > now;
}

const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = { critical: 0, warning: 1, info: 2 };

/** Most urgent first, then soonest expiry, then by name and key so the order is deterministic. */
function compareAlerts(a: DomainAlert, b: DomainAlert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.daysLeft ?? Number.NEGATIVE_INFINITY) - (b.daysLeft ?? Number.NEGATIVE_INFINITY) ||
    a.domainName.localeCompare(b.domainName, 'en') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Evaluates every domain at `now`: one alert per domain that needs attention, with a
 * stable key per (domain, stage) so a ledger can notify each exactly once. Snoozed and
 * acknowledged alerts are still returned (for the alert centre) with `open: false`.
 */
export function evaluateDomainAlerts(
  domains: readonly AlertDomain[],
  states: readonly DomainAlertState[],
  settings: AlertSettings,
  now: number
): readonly DomainAlert[] {
  const stateById = new Map(states.map((state) => [state.domainId, state]));
  const alerts: DomainAlert[] = [];
  for (const domain of domains) {
    const standing = domainStanding(domain, settings, now);
    if (standing === null) continue;
    const state = stateById.get(domain.id);
    const snoozed = isSnoozed(state, standing.stage, now);
    const acknowledged = state?.acknowledgedThreshold === standing.stage;
    const kind: DomainAlertKind = typeof standing.stage === 'number' ? 'threshold' : standing.stage;
    const text = textOf(domain, standing);
    alerts.push({
      key: domainAlertKey(domain.id, standing.stage),
      domainId: domain.id,
      domainName: domain.name,
      kind,
      threshold: typeof standing.stage === 'number' ? standing.stage : null,
      daysLeft: standing.daysLeft,
      severity: severityOf(standing.stage),
      text,
      message: englishBody(text),
      snoozed,
      acknowledged,
      open: !snoozed && !acknowledged
    });
  }
  return alerts.sort(compareAlerts);
}

/** The state after the reseller acknowledges `alert`: that stage stays hidden, a later one re-opens. */
export function acknowledgeDomainAlert(
  state: DomainAlertState | undefined,
  alert: DomainAlert,
  now: number
): DomainAlertState {
  return {
    ...state,
    domainId: alert.domainId,
    acknowledgedAt: new Date(now).toISOString(),
    acknowledgedThreshold: alertStage(alert)
  };
}

/** The state after snoozing `alert` until an instant, or (`'next-threshold'`) until its stage changes. */
export function snoozeDomainAlert(
  state: DomainAlertState | undefined,
  alert: DomainAlert,
  until: number | 'next-threshold'
): DomainAlertState {
  return until === 'next-threshold'
    ? {
        ...state,
        domainId: alert.domainId,
        snoozedAtThreshold: alertStage(alert),
        snoozedUntil: null
      }
    : {
        ...state,
        domainId: alert.domainId,
        snoozedUntil: new Date(until).toISOString(),
        snoozedAtThreshold: null
      };
}
