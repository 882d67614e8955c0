/**
 * The alert ledger's rule, pure: the rules say which alerts exist now; the ledger remembers
 * which of them were already handled, so each key notifies once across restarts and repeated
 * syncs, and a key the rules stop producing is recorded as cleared. Given what the ledger
 * holds and what the rules produce, these functions say what to write (rows, history lines,
 * notified and suppressed keys) in order; alerts-repository.ts reads and writes the tables
 * (migration 003) and applies them in one transaction.
 */
import type { AlertText } from '@shared/contract/alert-text';
import type { Target } from '@shared/model/target';
import { domainAlertToGeneric } from './generic-alerts';
import { planNotifications, type PlannableAlert } from './notifications';
import type { AlertCategory, AlertSettings, NotificationPlan } from './types';

/** What an alert looked like when last evaluated; kept so the history and CLI can name it. */
export interface LedgerPayload {
  /** What it said, as facts (absent in payloads stored before alerts carried them). */
  readonly text?: AlertText;
  readonly title: string;
  readonly body: string;
  /** What it opens (absent in payloads stored before alerts carried targets). */
  readonly target?: Target;
  readonly domainId: string | null;
}

/** One row of `alert_ledger`: an alert the rules currently produce. */
export interface LedgerRow {
  readonly key: string;
  readonly category: AlertCategory;
  readonly raisedAt: string;
  readonly notifiedAt: string | null;
  readonly handled: boolean;
  readonly acknowledgedAt: string | null;
  readonly payload: LedgerPayload;
}

/** The events of `alert_history`. */
export type AlertHistoryEvent = 'raised' | 'notified' | 'snoozed' | 'acknowledged' | 'cleared';

/** One row of `alert_history`. */
export interface AlertHistoryEntry {
  readonly key: string;
  readonly domainId: string | null;
  readonly at: string;
  readonly event: AlertHistoryEvent;
  /** English, for the log and for rows written before the facts below existed. */
  readonly detail: string;
  /** What the alert said at the time, as facts (a summary's for a summarised notification). */
  readonly text?: AlertText | null;
  /** Snoozes: 'next-threshold' or the local date `YYYY-MM-DD` it lasts until. */
  readonly until?: string | null;
}

/** What one ledger pass did. */
export interface LedgerOutcome {
  readonly plan: NotificationPlan;
  /** Keys seen for the first time in this pass. */
  readonly raised: readonly string[];
  /** Keys the rules no longer produce (renewed, paid, answered), now gone from the ledger. */
  readonly cleared: readonly string[];
}

function isDomainAlert(
  alert: PlannableAlert
): alert is Extract<PlannableAlert, { domainId: string }> {
  return 'domainId' in alert;
}

export function categoryOf(alert: PlannableAlert): AlertCategory {
  return isDomainAlert(alert) ? 'domain' : alert.category;
}

export function payloadOf(alert: PlannableAlert): LedgerPayload {
  const generic = isDomainAlert(alert) ? domainAlertToGeneric(alert) : alert;
  return {
    text: generic.text,
    title: generic.title,
    body: generic.body,
    target: generic.target,
    domainId: isDomainAlert(alert) ? alert.domainId : null
  };
}

/** One write of a ledger pass, applied in order (alerts-repository's applyLedgerWrites). */
export type LedgerWrite =
  | { readonly op: 'delete'; readonly key: string }
  | { readonly op: 'update-payload'; readonly key: string; readonly payload: LedgerPayload }
  | {
      readonly op: 'insert';
      readonly key: string;
      readonly category: AlertCategory;
      readonly raisedAt: string;
      readonly handled: boolean;
      readonly acknowledgedAt: string | null;
      readonly payload: LedgerPayload;
    }
  | { readonly op: 'mark-notified'; readonly key: string; readonly at: string }
  | { readonly op: 'mark-suppressed'; readonly key: string }
  | { readonly op: 'history'; readonly entry: AlertHistoryEntry };

function insertOf(
  alert: PlannableAlert,
  at: string,
  handled: boolean,
  acknowledged: boolean
): LedgerWrite {
  return {
    op: 'insert',
    key: alert.key,
    category: categoryOf(alert),
    raisedAt: at,
    handled,
    acknowledgedAt: acknowledged ? at : null,
    payload: payloadOf(alert)
  };
}

/**
 * A ticket or invoice alert acknowledged before any pass recorded it (reads show what the
 * rules say before the ledger's pass has run, and the command line acts without running it):
 * recorded now as raised, handled (no pass will notify it) and acknowledged.
 */
export function acknowledgedUnrecordedWrites(alert: PlannableAlert, at: string): LedgerWrite[] {
  return [insertOf(alert, at, true, true)];
}

/**
 * The first-sync baseline: alerts that existed before the profile's first sync are recorded
 * as handled, without notifying (a new user must not get a notification per old ticket
 * reply). With `acknowledge` they also stay out of the open list. Keys already in the ledger
 * are left alone.
 */
export function baselineWrites(
  known: ReadonlyMap<string, LedgerRow>,
  alerts: readonly PlannableAlert[],
  at: string,
  options: { readonly acknowledge: boolean }
): LedgerWrite[] {
  const writes: LedgerWrite[] = [];
  for (const alert of alerts) {
    if (known.has(alert.key)) continue;
    writes.push(insertOf(alert, at, true, options.acknowledge), {
      op: 'history',
      entry: {
        key: alert.key,
        domainId: payloadOf(alert).domainId,
        at,
        event: 'raised',
        detail: 'already there at the first sync; not notified'
      }
    });
  }
  return writes;
}

/**
 * One ledger pass for everything the rules produce at `now`: records new keys as raised,
 * clears keys no longer produced, plans notifications for the keys not yet handled, and
 * marks as handled exactly what the plan showed plus its suppressed keys. Alerts held back
 * (quiet hours, snooze, acknowledged) stay unhandled and are planned again next pass.
 * The caller shows `plan.notifyNow`; the ledger already counts them as shown, because a
 * notification shown twice is worse than a crash between the two steps losing one.
 */
export function ledgerPass(
  known: ReadonlyMap<string, LedgerRow>,
  alerts: readonly PlannableAlert[],
  settings: AlertSettings,
  now: number
): { readonly writes: LedgerWrite[]; readonly outcome: LedgerOutcome } {
  const at = new Date(now).toISOString();
  const writes: LedgerWrite[] = [];
  const current = new Map(alerts.map((a) => [a.key, a]));
  const raised: string[] = [];
  const cleared: string[] = [];
  for (const [key, row] of known) {
    if (current.has(key)) continue;
    writes.push(
      { op: 'delete', key },
      {
        op: 'history',
        entry: {
          key,
          domainId: row.payload.domainId,
          at,
          event: 'cleared',
          detail: row.payload.body,
          text: row.payload.text ?? null
        }
      }
    );
    cleared.push(key);
  }
  for (const alert of current.values()) {
    if (known.has(alert.key)) {
      // Messages count days down ("in 6 days"), so the stored text follows the latest pass.
      writes.push({ op: 'update-payload', key: alert.key, payload: payloadOf(alert) });
      continue;
    }
    writes.push(insertOf(alert, at, false, false), {
      op: 'history',
      entry: {
        key: alert.key,
        domainId: payloadOf(alert).domainId,
        at,
        event: 'raised',
        detail: payloadOf(alert).body,
        text: alert.text
      }
    });
    raised.push(alert.key);
  }
  const pending = [...current.values()].filter((a) => !(known.get(a.key)?.handled ?? false));
  const plan = planNotifications(pending, settings, now);
  for (const notification of plan.notifyNow) {
    for (const key of notification.alertKeys) {
      const detail =
        notification.category === 'summary'
          ? `in the summary "${notification.title}: ${notification.body}"`
          : notification.body;
      writes.push(
        { op: 'mark-notified', key, at },
        {
          op: 'history',
          entry: {
            key,
            domainId: payloadOf(current.get(key)!).domainId,
            at,
            event: 'notified',
            detail,
            text: notification.text
          }
        }
      );
    }
  }
  for (const key of plan.suppressedKeys) writes.push({ op: 'mark-suppressed', key });
  return { writes, outcome: { plan, raised, cleared } };
}
