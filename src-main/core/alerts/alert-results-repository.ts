/**
 * The stored result of the alert pass (table `alert_results`, migration 007). The pass runs
 * when the data changes — after a sync, a snooze, an acknowledgement, a renewal, an opened
 * ticket — and stores what the rules produced; domains, the alert centre, the tray and the
 * status bar read it back instead of running the rules over every cached row.
 *
 * The stored rows carry a stamp: the reseller's local day (thresholds and overdue invoices
 * cross at midnight), the alert settings, the sync state of every entity (a sync by another
 * process, e.g. the CLI) and the first-sync baselines. A read whose stamp differs runs the
 * pass again and stores it, so a stale result is never served.
 */
import type { DatabaseSync } from 'node:sqlite';
import { getMeta, listSyncStates, setMeta } from '../cache/repositories/sync-state';
import { localDate } from '../time';
import type { AlertSettings, DomainAlert, GenericAlert } from './types';

/** What the alert pass stores: every alert the rules produced, without the rows they read. */
export interface AlertResults {
  /** Every domain alert, including snoozed and acknowledged ones (`open: false`). */
  readonly domainAlerts: readonly DomainAlert[];
  readonly ticketAlerts: readonly GenericAlert[];
  readonly invoiceAlerts: readonly GenericAlert[];
  /**
   * Categories synced for the first time whose alerts predate the app: evaluate records
   * them as handled without notifying. Ticket replies that old are not "new", so they are
   * also kept out of the open list; overdue invoices stay listed (money is still owed).
   */
  readonly baselinePending: { readonly tickets: boolean; readonly invoices: boolean };
}

const META_KEY = 'alerts.results';
/** The meta keys of the first-sync baselines (alert-service's BASELINE_META). */
const BASELINE_KEYS = ['alerts.baseline.tickets', 'alerts.baseline.invoices'] as const;

interface StoredMeta {
  readonly stamp: string;
  readonly baselinePending: AlertResults['baselinePending'];
}

/** What the stored result depends on besides the rows the pass itself writes back. */
function stampOf(db: DatabaseSync, settings: AlertSettings, now: number): string {
  return JSON.stringify({
    // The stored alerts' shape: a result stored by an older version is computed again.
    shape: 3,
    day: localDate(now, settings.timeZone),
    settings,
    sync: listSyncStates(db),
    baselines: BASELINE_KEYS.map((key) => getMeta(db, key))
  });
}

/** Replaces the stored result with `results`, stamped for `now` and `settings`. */
export function storeAlertResults(
  db: DatabaseSync,
  results: AlertResults,
  settings: AlertSettings,
  now: number
): void {
  const insert = db.prepare(
    'INSERT OR REPLACE INTO alert_results (key, category, domain_id, payload) VALUES (?, ?, ?, ?)'
  );
  const meta: StoredMeta = {
    stamp: stampOf(db, settings, now),
    baselinePending: results.baselinePending
  };
  db.exec('SAVEPOINT alert_results');
  try {
    db.exec('DELETE FROM alert_results');
    for (const alert of results.domainAlerts)
      insert.run(alert.key, 'domain', alert.domainId, JSON.stringify(alert));
    for (const alert of [...results.ticketAlerts, ...results.invoiceAlerts])
      insert.run(alert.key, alert.category, null, JSON.stringify(alert));
    setMeta(db, META_KEY, JSON.stringify(meta));
    db.exec('RELEASE alert_results');
  } catch (error) {
    db.exec('ROLLBACK TO alert_results');
    db.exec('RELEASE alert_results');
    throw error;
  }
}

/** True when the stored result still holds for `settings` at `now`. */
function isFresh(db: DatabaseSync, settings: AlertSettings, now: number): StoredMeta | null {
  const raw = getMeta(db, META_KEY);
  if (raw === null) return null;
  const meta = JSON.parse(raw) as StoredMeta;
  return meta.stamp === stampOf(db, settings, now) ? meta : null;
}

/**
 * The stored alerts, or — when none are stored yet or the stamp moved — the result of a
 * fresh pass by `recompute`, which is stored before it is returned.
 */
export function readAlertResults(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  recompute: () => AlertResults
): AlertResults {
  const meta = isFresh(db, settings, now);
  if (meta === null) {
    const results = recompute();
    storeAlertResults(db, results, settings, now);
    return results;
  }
  const rows = db.prepare('SELECT category, payload FROM alert_results ORDER BY rowid').all() as {
    category: string;
    payload: string;
  }[];
  const domainAlerts: DomainAlert[] = [];
  const ticketAlerts: GenericAlert[] = [];
  const invoiceAlerts: GenericAlert[] = [];
  for (const row of rows) {
    const alert: unknown = JSON.parse(row.payload);
    if (row.category === 'domain') domainAlerts.push(alert as DomainAlert);
    else if (row.category === 'ticket') ticketAlerts.push(alert as GenericAlert);
    else invoiceAlerts.push(alert as GenericAlert);
  }
  return { domainAlerts, ticketAlerts, invoiceAlerts, baselinePending: meta.baselinePending };
}

/** The stored alert of one domain (after the same freshness check), or undefined. */
export function readDomainAlertResult(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  domainId: string,
  recompute: () => AlertResults
): DomainAlert | undefined {
  if (isFresh(db, settings, now) === null) {
    const results = recompute();
    storeAlertResults(db, results, settings, now);
    return results.domainAlerts.find((a) => a.domainId === domainId);
  }
  const row = db
    .prepare('SELECT payload FROM alert_results WHERE domain_id = ? ORDER BY rowid LIMIT 1')
    .get(domainId) as { payload: string } | undefined;
  return row ? (JSON.parse(row.payload) as DomainAlert) : undefined;
}

/**
 * Makes sure the stored rows hold for `settings` at `now` (running and storing `recompute`
 * when not), without reading them: for queries that read alert_results themselves. Returns
 * which first-sync baselines the stored pass left pending.
 */
export function ensureAlertResults(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  recompute: () => AlertResults
): AlertResults['baselinePending'] {
  const meta = isFresh(db, settings, now);
  if (meta !== null) return meta.baselinePending;
  const results = recompute();
  storeAlertResults(db, results, settings, now);
  return results.baselinePending;
}
