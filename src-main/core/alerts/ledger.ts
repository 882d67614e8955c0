/**
 * The alert ledger in the profile's cache (migration 003). The rules say which alerts exist
 * now; the ledger remembers which of them were already handled, so each key notifies once
 * across restarts and repeated syncs, and a key the rules stop producing is recorded as
 * cleared. Snooze and acknowledge states live here too, next to their history.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../cache/database';
import { alertTextSchema, type AlertText } from '@shared/contract/alert-text';
import type { Target } from '@shared/model/target';
import { domainAlertToGeneric } from './generic-alerts';
import { planNotifications, type PlannableAlert } from './notifications';
import type {
  AlertCategory,
  AlertSettings,
  AlertStage,
  DomainAlertState,
  NotificationPlan
} from './types';

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

/**
 * The facts ride in the `detail` column as JSON next to the English (no migration needed);
 * rows written before are plain English and read back without facts.
 */
const FACTS_PREFIX = '{"en":';

function encodeDetail(entry: AlertHistoryEntry): string {
  if (!entry.text && !entry.until) return entry.detail;
  return JSON.stringify({ en: entry.detail, text: entry.text ?? null, until: entry.until ?? null });
}

function decodeDetail(stored: string): Pick<AlertHistoryEntry, 'detail' | 'text' | 'until'> {
  if (!stored.startsWith(FACTS_PREFIX)) return { detail: stored, text: null, until: null };
  try {
    const parsed = JSON.parse(stored) as { en?: unknown; text?: unknown; until?: unknown };
    const text = alertTextSchema.safeParse(parsed.text);
    return {
      detail: typeof parsed.en === 'string' ? parsed.en : stored,
      text: text.success ? text.data : null,
      until: typeof parsed.until === 'string' ? parsed.until : null
    };
  } catch {
    return { detail: stored, text: null, until: null };
  }
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

function categoryOf(alert: PlannableAlert): AlertCategory {
  return isDomainAlert(alert) ? 'domain' : alert.category;
}

function payloadOf(alert: PlannableAlert): LedgerPayload {
  const generic = isDomainAlert(alert) ? domainAlertToGeneric(alert) : alert;
  return {
    text: generic.text,
    title: generic.title,
    body: generic.body,
    target: generic.target,
    domainId: isDomainAlert(alert) ? alert.domainId : null
  };
}

interface RawLedgerRow {
  key: string;
  category: string;
  raised_at: string;
  notified_at: string | null;
  handled: number;
  acknowledged_at: string | null;
  payload: string;
}

/** Every alert the ledger holds, by key. */
export function readLedger(db: DatabaseSync): Map<string, LedgerRow> {
  const rows = db
    .prepare('SELECT * FROM alert_ledger ORDER BY raised_at, key')
    .all() as unknown as RawLedgerRow[];
  return new Map(
    rows.map((r) => [
      r.key,
      {
        key: r.key,
        category: r.category as AlertCategory,
        raisedAt: r.raised_at,
        notifiedAt: r.notified_at,
        handled: r.handled === 1,
        acknowledgedAt: r.acknowledged_at,
        payload: JSON.parse(r.payload) as LedgerPayload
      }
    ])
  );
}

/** Appends one history entry. */
export function appendHistory(db: DatabaseSync, entry: AlertHistoryEntry): void {
  db.prepare(
    'INSERT INTO alert_history (key, domain_id, at, event, detail) VALUES (?, ?, ?, ?, ?)'
  ).run(entry.key, entry.domainId, entry.at, entry.event, encodeDetail(entry));
}

/** The history of one domain's alerts, oldest first. */
export function readDomainHistory(db: DatabaseSync, domainId: string): AlertHistoryEntry[] {
  const rows = db
    .prepare(
      'SELECT key, domain_id, at, event, detail FROM alert_history WHERE domain_id = ? ORDER BY id'
    )
    .all(domainId) as unknown as {
    key: string;
    domain_id: string | null;
    at: string;
    event: AlertHistoryEvent;
    detail: string;
  }[];
  return rows.map((r) => ({
    key: r.key,
    domainId: r.domain_id,
    at: r.at,
    event: r.event,
    ...decodeDetail(r.detail)
  }));
}

function insertRow(
  db: DatabaseSync,
  alert: PlannableAlert,
  at: string,
  handled: boolean,
  acknowledged: boolean
): void {
  const payload = payloadOf(alert);
  db.prepare(
    'INSERT INTO alert_ledger (key, category, raised_at, notified_at, handled, acknowledged_at, payload) VALUES (?, ?, ?, NULL, ?, ?, ?)'
  ).run(
    alert.key,
    categoryOf(alert),
    at,
    handled ? 1 : 0,
    acknowledged ? at : null,
    JSON.stringify(payload)
  );
}

/**
 * Records alerts that existed before the profile's first sync as handled, without notifying
 * (a new user must not get a notification per old ticket reply). With `acknowledge` they also
 * stay out of the open list. Keys already in the ledger are left alone.
 */
export function recordBaseline(
  db: DatabaseSync,
  alerts: readonly PlannableAlert[],
  at: string,
  options: { readonly acknowledge: boolean }
): void {
  inTransaction(db, () => {
    const known = readLedger(db);
    for (const alert of alerts) {
      if (known.has(alert.key)) continue;
      insertRow(db, alert, at, true, options.acknowledge);
      appendHistory(db, {
        key: alert.key,
        domainId: payloadOf(alert).domainId,
        at,
        event: 'raised',
        detail: 'already there at the first sync; not notified'
      });
    }
  });
}

/**
 * One ledger pass for everything the rules produce at `now`: records new keys as raised,
 * clears keys no longer produced, plans notifications for the keys not yet handled, and
 * marks as handled exactly what the plan showed plus its suppressed keys. Alerts held back
 * (quiet hours, snooze, acknowledged) stay unhandled and are planned again next pass.
 * The caller shows `plan.notifyNow`; the ledger already counts them as shown, because a
 * notification shown twice is worse than a crash between the two steps losing one.
 */
export function runLedgerPass(
  db: DatabaseSync,
  alerts: readonly PlannableAlert[],
  settings: AlertSettings,
  now: number
): LedgerOutcome {
  const at = new Date(now).toISOString();
  return inTransaction(db, () => {
    const known = readLedger(db);
    const current = new Map(alerts.map((a) => [a.key, a]));
    const raised: string[] = [];
    const cleared: string[] = [];
    for (const [key, row] of known) {
      if (current.has(key)) continue;
      db.prepare('DELETE FROM alert_ledger WHERE key = ?').run(key);
      appendHistory(db, {
        key,
        domainId: row.payload.domainId,
        at,
        event: 'cleared',
        detail: row.payload.body,
        text: row.payload.text ?? null
      });
      cleared.push(key);
    }
    const updatePayload = db.prepare('UPDATE alert_ledger SET payload = ? WHERE key = ?');
    for (const alert of current.values()) {
      if (known.has(alert.key)) {
        // Messages count days down ("in 6 days"), so the stored text follows the latest pass.
        updatePayload.run(JSON.stringify(payloadOf(alert)), alert.key);
        continue;
      }
      insertRow(db, alert, at, false, false);
      appendHistory(db, {
        key: alert.key,
        domainId: payloadOf(alert).domainId,
        at,
        event: 'raised',
        detail: payloadOf(alert).body,
        text: alert.text
      });
      raised.push(alert.key);
    }
    const pending = [...current.values()].filter((a) => !(known.get(a.key)?.handled ?? false));
    const plan = planNotifications(pending, settings, now);
    const markNotified = db.prepare(
      'UPDATE alert_ledger SET handled = 1, notified_at = ? WHERE key = ?'
    );
    for (const notification of plan.notifyNow) {
      for (const key of notification.alertKeys) {
        markNotified.run(at, key);
        const detail =
          notification.category === 'summary'
            ? `in the summary "${notification.title}: ${notification.body}"`
            : notification.body;
        appendHistory(db, {
          key,
          domainId: payloadOf(current.get(key)!).domainId,
          at,
          event: 'notified',
          detail,
          text: notification.text
        });
      }
    }
    const markSuppressed = db.prepare('UPDATE alert_ledger SET handled = 1 WHERE key = ?');
    for (const key of plan.suppressedKeys) markSuppressed.run(key);
    return { plan, raised, cleared };
  });
}

/** Marks a ticket or invoice alert acknowledged: it leaves the open list, the key stays known. */
export function acknowledgeKey(db: DatabaseSync, key: string, at: string): boolean {
  const result = db
    .prepare(
      'UPDATE alert_ledger SET acknowledged_at = ? WHERE key = ? AND acknowledged_at IS NULL'
    )
    .run(at, key);
  return Number(result.changes) > 0;
}

function stageToText(stage: AlertStage | null | undefined): string | null {
  return stage === null || stage === undefined ? null : String(stage);
}

function stageFromText(text: string | null): AlertStage | null {
  if (text === null) return null;
  if (/^\d+$/.test(text)) return Number(text);
  return text === 'grace' || text === 'redemption' || text === 'expired' ? text : null;
}

/** Every stored snooze / acknowledge state, in the rules' shape. */
export function readAlertStates(db: DatabaseSync): DomainAlertState[] {
  const rows = db.prepare('SELECT * FROM alert_state ORDER BY domain_id').all() as unknown as {
    domain_id: string;
    snoozed_until: string | null;
    snoozed_at_stage: string | null;
    acknowledged_at: string | null;
    acknowledged_stage: string | null;
  }[];
  return rows.map((r) => ({
    domainId: r.domain_id,
    snoozedUntil: r.snoozed_until,
    snoozedAtThreshold: stageFromText(r.snoozed_at_stage),
    acknowledgedAt: r.acknowledged_at,
    acknowledgedThreshold: stageFromText(r.acknowledged_stage)
  }));
}

/** Stores one domain's state (as returned by snoozeDomainAlert / acknowledgeDomainAlert). */
export function writeAlertState(db: DatabaseSync, state: DomainAlertState): void {
  db.prepare(
    `INSERT INTO alert_state (domain_id, snoozed_until, snoozed_at_stage, acknowledged_at, acknowledged_stage)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (domain_id) DO UPDATE SET snoozed_until = excluded.snoozed_until, snoozed_at_stage = excluded.snoozed_at_stage,
       acknowledged_at = excluded.acknowledged_at, acknowledged_stage = excluded.acknowledged_stage`
  ).run(
    state.domainId,
    state.snoozedUntil ?? null,
    stageToText(state.snoozedAtThreshold),
    state.acknowledgedAt ?? null,
    stageToText(state.acknowledgedThreshold)
  );
}
