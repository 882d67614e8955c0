/**
 * The alert centre's reads, answered in SQLite from the stored alert pass (`alert_results`,
 * joined with the ledger for when each alert was raised and whether it was acknowledged):
 * the counts the status bar and the tray show, and one page of each group the alert centre
 * shows. Only the alerts of the pages are parsed; a reseller with a thousand overdue invoices
 * gets the counts and fifty of them, not the whole set.
 *
 * The order and the filter are alertViews' (alert-service.ts), which the CLI still uses on a
 * pass it runs itself; a test holds the two to the same answer.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import {
  ALERT_GROUP_IDS,
  type AlertGroupId,
  type AlertGroupPage,
  type AlertSummary,
  type AlertView
} from '@shared/contract';
import { LOW_CREDIT_KEY, domainAlertToGeneric } from './generic-alerts';
import type { AlertResults } from './alert-results';
import type { AlertSeverity, DomainAlert, GenericAlert } from './types';

const GENERIC_SEVERITY: Readonly<Record<GenericAlert['category'], AlertSeverity>> = {
  ticket: 'info',
  invoice: 'warning',
  domain: 'warning'
};

/** The alert centre's row of a domain alert. */
export function domainAlertView(alert: DomainAlert, raisedAt: string): AlertView {
  const generic = domainAlertToGeneric(alert);
  return {
    key: alert.key,
    category: 'domain',
    severity: alert.severity,
    text: alert.text,
    title: generic.title,
    body: generic.body,
    target: generic.target,
    subject: alert.domainName,
    domainId: alert.domainId,
    snoozed: alert.snoozed,
    raisedAt,
    daysLeft: alert.daysLeft,
    threshold: alert.threshold,
    kind: alert.kind
  };
}

/** The alert centre's row of a ticket or invoice alert (low credit is an invoice alert). */
export function genericAlertView(alert: GenericAlert, raisedAt: string): AlertView {
  return {
    key: alert.key,
    category: alert.category,
    severity: GENERIC_SEVERITY[alert.category],
    text: alert.text,
    title: alert.title,
    body: alert.body,
    target: alert.target,
    subject: alert.subject ?? null,
    domainId: null,
    snoozed: false,
    raisedAt,
    daysLeft: null,
    threshold: null,
    kind:
      alert.category === 'ticket'
        ? 'ticket-reply'
        : alert.key === LOW_CREDIT_KEY
          ? 'low-credit'
          : 'invoice-overdue'
  };
}

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
function groupTotals(
  db: DatabaseSync,
  params: Record<string, SQLInputValue>
): Map<AlertGroupId, number> {
  const rows = db
    .prepare(`SELECT grp, count(*) AS n FROM (${LISTED}) GROUP BY grp`)
    .all(params) as { grp: AlertGroupId; n: number }[];
  return new Map(rows.map((row) => [row.grp, row.n]));
}

/** The status bar's and the tray's counts. */
export function alertSummary(
  db: DatabaseSync,
  now: number,
  baselinePending: AlertResults['baselinePending']
): AlertSummary {
  const totals = groupTotals(db, listedParams(now, baselinePending));
  const snoozedCount = totals.get('snoozed') ?? 0;
  let all = 0;
  for (const n of totals.values()) all += n;
  return { openCount: all - snoozedCount, snoozedCount };
}

/** What the alert centre asks for: a page size and where each group's page starts. */
export interface AlertPageRequest {
  readonly limit: number;
  readonly offsets: Readonly<Record<AlertGroupId, number>>;
}

/**
 * One page of each non-empty group in display order, with the totals and counts. An offset
 * past a group's end (its alerts were acknowledged meanwhile) is pulled back to its last page.
 */
export function alertPage(
  db: DatabaseSync,
  now: number,
  baselinePending: AlertResults['baselinePending'],
  request: AlertPageRequest
): AlertSummary & { groups: AlertGroupPage[] } {
  const params = listedParams(now, baselinePending);
  const totals = groupTotals(db, params);
  const select = db.prepare(
    `SELECT key, category, payload, raised_at FROM (${LISTED})
      WHERE grp = :grp ORDER BY ${ORDER} LIMIT :limit OFFSET :offset`
  );
  const groups: AlertGroupPage[] = [];
  for (const id of ALERT_GROUP_IDS) {
    const total = totals.get(id) ?? 0;
    if (total === 0) continue;
    const lastPage = Math.floor((total - 1) / request.limit) * request.limit;
    const offset = Math.min(request.offsets[id], lastPage);
    const rows = select.all({ ...params, grp: id, limit: request.limit, offset }) as {
      key: string;
      category: string;
      payload: string;
      raised_at: string;
    }[];
    const alerts = rows.map((row) =>
      row.category === 'domain'
        ? domainAlertView(JSON.parse(row.payload) as DomainAlert, row.raised_at)
        : genericAlertView(JSON.parse(row.payload) as GenericAlert, row.raised_at)
    );
    groups.push({ id, total, offset, alerts });
  }
  const snoozedCount = totals.get('snoozed') ?? 0;
  let all = 0;
  for (const n of totals.values()) all += n;
  return { openCount: all - snoozedCount, snoozedCount, groups };
}
