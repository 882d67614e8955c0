/**
 * The alert centre's reads, answered in SQLite from the stored alert pass (`alert_results`,
 * joined with the ledger for when each alert was raised and whether it was acknowledged; the
 * queries are alert-centre-repository.ts's): the counts the status bar and the tray show, and one page of each group the alert centre
 * shows. Only the alerts of the pages are parsed; a reseller with a thousand overdue invoices
 * gets the counts and fifty of them, not the whole set.
 *
 * The order and the filter are alertViews' (alert-service.ts), which the CLI still uses on a
 * pass it runs itself; a test holds the two to the same answer.
 */
import type { DatabaseSync } from 'node:sqlite';
import {
  ALERT_GROUP_IDS,
  type AlertGroupId,
  type AlertGroupPage,
  type AlertSummary,
  type AlertView
} from '@shared/contract';
import { LOW_CREDIT_KEY, domainAlertToGeneric } from './generic-alerts';
import { listedGroupRows, listedGroupTotals } from './alert-centre-repository';
import type { AlertResults } from './alert-results-repository';
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

/** The status bar's and the tray's counts. */
export function alertSummary(
  db: DatabaseSync,
  now: number,
  baselinePending: AlertResults['baselinePending']
): AlertSummary {
  const totals = listedGroupTotals(db, now, baselinePending);
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
  const totals = listedGroupTotals(db, now, baselinePending);
  const select = listedGroupRows(db, now, baselinePending);
  const groups: AlertGroupPage[] = [];
  for (const id of ALERT_GROUP_IDS) {
    const total = totals.get(id) ?? 0;
    if (total === 0) continue;
    const lastPage = Math.floor((total - 1) / request.limit) * request.limit;
    const offset = Math.min(request.offsets[id], lastPage);
    const alerts = select(id, request.limit, offset).map((row) =>
      row.category === 'domain'
        ? domainAlertView(JSON.parse(row.payload) as DomainAlert, row.raisedAt)
        : genericAlertView(JSON.parse(row.payload) as GenericAlert, row.raisedAt)
    );
    groups.push({ id, total, offset, alerts });
  }
  const snoozedCount = totals.get('snoozed') ?? 0;
  let all = 0;
  for (const n of totals.values()) all += n;
  return { openCount: all - snoozedCount, snoozedCount, groups };
}
