/**
 * The alert centre's queries over the stored alert pass (`alert_results`) joined with the
 * ledger: the alerts per group, and one group's page in display order. Only the rows of the
 * page are returned, their payloads still JSON.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { AlertGroupId } from '@shared/contract';
import type { AlertResults } from './alert-results-repository';

/**
 * Every listed alert with the columns the centre groups and orders by. Acknowledged alerts are
 * left out (a domain's in its stored alert, a ticket's or invoice's in the ledger), and ticket
 * replies too while their first-sync baseline is pending (`:tickets` = 0). Keys the ledger has
 * not seen yet were raised `:now`.
 */
const LISTED = `
  SELECT key, category, payload, raised_at, severity, days_left,
         CASE WHEN snoozed THEN 'snoozed' ELSE severity END AS grp
    FROM (SELECT r.key AS key, r.category AS category, r.payload AS payload,
                 COALESCE(l.raised_at, :now) AS raised_at,
                 CASE r.category WHEN 'domain' THEN json_extract(r.payload, '$.severity')
                                 WHEN 'ticket' THEN 'info' ELSE 'warning' END AS severity,
                 r.category = 'domain' AND json_extract(r.payload, '$.snoozed') AS snoozed,
                 CASE r.category WHEN 'domain' THEN json_extract(r.payload, '$.daysLeft') END
                   AS days_left
            FROM alert_results r LEFT JOIN alert_ledger l ON l.key = r.key
           WHERE CASE r.category
                   WHEN 'domain' THEN NOT json_extract(r.payload, '$.acknowledged')
                   WHEN 'ticket' THEN :tickets AND l.acknowledged_at IS NULL
                   ELSE l.acknowledged_at IS NULL
                 END)`;

/** Most urgent first; then the fewest days left (none last); then the newest; then the key. */
const ORDER = `CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
  days_left IS NULL, days_left, raised_at DESC, key`;

function listedParams(
  now: number,
  baselinePending: AlertResults['baselinePending']
): Record<string, SQLInputValue> {
  return { now: new Date(now).toISOString(), tickets: baselinePending.tickets ? 0 : 1 };
}

/** Alerts per group, groups without alerts left out. */
export function listedGroupTotals(
  db: DatabaseSync,
  now: number,
  baselinePending: AlertResults['baselinePending']
): Map<AlertGroupId, number> {
  const params = listedParams(now, baselinePending);
  const rows = db
    .prepare(`SELECT grp, count(*) AS n FROM (${LISTED}) GROUP BY grp`)
    .all(params) as { grp: AlertGroupId; n: number }[];
  return new Map(rows.map((row) => [row.grp, row.n]));
}

/** A listed alert row of one group's page, its payload still JSON. */
export interface ListedAlertRow {
  readonly key: string;
  readonly category: string;
  readonly payload: string;
  readonly raisedAt: string;
}

/** Reads one group's page (`limit` rows from `offset`) in display order. */
export function listedGroupRows(
  db: DatabaseSync,
  now: number,
  baselinePending: AlertResults['baselinePending']
): (group: AlertGroupId, limit: number, offset: number) => ListedAlertRow[] {
  const params = listedParams(now, baselinePending);
  const select = db.prepare(
    `SELECT key, category, payload, raised_at FROM (${LISTED})
      WHERE grp = :grp ORDER BY ${ORDER} LIMIT :limit OFFSET :offset`
  );
  return (group, limit, offset) =>
    (
      select.all({ ...params, grp: group, limit, offset }) as {
        key: string;
        category: string;
        payload: string;
        raised_at: string;
      }[]
    ).map((row) => ({
      key: row.key,
      category: row.category,
      payload: row.payload,
      raisedAt: row.raised_at
    }));
}
