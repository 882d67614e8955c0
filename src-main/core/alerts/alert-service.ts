/**
 * The alert service: reads the cache, runs the pure rules, keeps the ledger, and (only in
 * `evaluate`) notifies and stores the result the reads use (`currentAlerts`). `collectAlerts`
 * and `alertViews` never notify, so the CLI and the alert centre can list alerts without
 * ever causing one.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { AlertView } from '@shared/contract';
import type { Invoice } from '@shared/model';
import { isInvoiceOverdue, OVERDUE_INVOICE_STATUSES } from '@shared/model';
import { readCachedAccount } from '../account/account-repository';
import { getMeta, getSyncState, setMeta } from '../cache/repositories/sync-state';
import { readCachedInvoicesWithStatus } from '../invoices/invoice-repository';
import type { EventSink, Notifier } from '../ports';
import { unreadStaffReplies } from '../tickets/ticket-read-repository';
import { evaluateDomainAlerts } from './domain-alerts';
import { alertSummary, domainAlertView, genericAlertView } from './alert-centre';
import {
  isCreditLow,
  lowCreditAlert,
  overdueInvoiceAlert,
  ticketReplyAlert
} from './generic-alerts';
import { readAlertResults, storeAlertResults, type AlertResults } from './alert-results-repository';
import { localDate } from '../time';
import {
  readAlertDomains,
  readAlertStates,
  readLedger,
  recordBaseline,
  runLedgerPass
} from './alerts-repository';
import type { LedgerOutcome } from './ledger';
import type { AlertDomain, AlertSettings, AlertSeverity, GenericAlert } from './types';

/** Meta keys recording that the first-sync baseline of a category was taken. */
const BASELINE_META = {
  tickets: 'alerts.baseline.tickets',
  invoices: 'alerts.baseline.invoices'
} as const;

/** Everything the rules produce from the cache at one instant, with the domains they read. */
export interface CollectedAlerts extends AlertResults {
  readonly domains: readonly AlertDomain[];
}

/**
 * A "staff replied" alert per ticket whose thread ends with a staff reply the reseller has
 * not opened (ticket_state, kept on write: no thread is parsed here). Replies the app posted
 * itself never count, and opening the ticket ends its alert.
 */
function ticketReplyAlerts(db: DatabaseSync): GenericAlert[] {
  return unreadStaffReplies(db).map((reply) =>
    ticketReplyAlert({ id: reply.id, subject: reply.subject, lastStaffReplyAt: reply.staffReplyAt })
  );
}

/**
 * Invoices overdue by the one overdue rule (the dashboard's and the invoices page's) on the
 * reseller's local today, from the cached rows with the balance of their cached detail.
 */
function overdueInvoiceAlerts(
  invoices: readonly Invoice[],
  now: number,
  timeZone: string
): GenericAlert[] {
  const today = localDate(now, timeZone);
  const alerts: GenericAlert[] = [];
  for (const invoice of invoices) {
    // The cached isOverdue froze on the day of the sync; the rule runs again against today.
    if (invoice.dueOn === null || !isInvoiceOverdue(invoice, today)) continue;
    const owed = invoice.balance ?? invoice.total;
    alerts.push(
      overdueInvoiceAlert({
        id: invoice.id,
        number: invoice.number,
        dueOn: invoice.dueOn,
        balanceMinor: owed.amountMinor,
        currency: owed.currency
      })
    );
  }
  return alerts;
}

/** The low-credit alert when the cached credit balance is below the reseller's threshold. */
function lowCreditAlerts(db: DatabaseSync, settings: AlertSettings): GenericAlert[] {
  const threshold = settings.lowCreditThresholdMinor ?? null;
  const account = readCachedAccount(db);
  if (threshold === null || account === null) return [];
  const input = {
    balanceMinor: account.creditBalance.amountMinor,
    thresholdMinor: threshold,
    currency: account.creditBalance.currency
  };
  return isCreditLow(input) ? [lowCreditAlert(input)] : [];
}

/** True once the entity has completed a sync (so the cache holds the provider's full list). */
function hasSynced(db: DatabaseSync, entity: 'tickets' | 'invoices'): boolean {
  return getSyncState(db, entity)?.lastSuccessAt != null;
}

/** True once the category's alerts may show: baselined, or its entity synced completely. */
function isReady(db: DatabaseSync, entity: 'tickets' | 'invoices'): boolean {
  return getMeta(db, BASELINE_META[entity]) !== null || hasSynced(db, entity);
}

/**
 * Runs every rule over the cache at `now`. Read-only. Ticket and invoice alerts appear only
 * once their entity has synced completely, so a half-synced first run cannot look "new".
 */
export function collectAlerts(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number
): CollectedAlerts {
  const domains = readAlertDomains(db);
  const domainAlerts = evaluateDomainAlerts(domains, readAlertStates(db), settings, now);
  const ticketsReady = isReady(db, 'tickets');
  const invoicesReady = isReady(db, 'invoices');
  return {
    domains,
    domainAlerts,
    ticketAlerts: ticketsReady ? ticketReplyAlerts(db) : [],
    invoiceAlerts: invoicesReady
      ? [
          // Only unpaid and collections invoices can be overdue: the others are not parsed.
          ...overdueInvoiceAlerts(
            readCachedInvoicesWithStatus(db, OVERDUE_INVOICE_STATUSES),
            now,
            settings.timeZone
          ),
          ...lowCreditAlerts(db, settings)
        ]
      : [],
    baselinePending: {
      tickets: ticketsReady && getMeta(db, BASELINE_META.tickets) === null,
      invoices: invoicesReady && getMeta(db, BASELINE_META.invoices) === null
    }
  };
}

/**
 * The alerts as the last pass stored them (reads: domains, the alert centre, the tray, the
 * status bar). Runs and stores the pass first only when nothing fresh is stored (see
 * alert-results.ts).
 */
export function currentAlerts(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number
): AlertResults {
  return readAlertResults(db, settings, now, () =>
    withoutDomains(collectAlerts(db, settings, now))
  );
}

/**
 * Re-runs the ticket rule alone after the reseller opened a ticket (its unread reply is
 * read now) and stores the result; the other categories are kept as stored.
 */
export function refreshTicketAlerts(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number
): AlertResults {
  const stored = currentAlerts(db, settings, now);
  const results = { ...stored, ticketAlerts: isReady(db, 'tickets') ? ticketReplyAlerts(db) : [] };
  storeAlertResults(db, results, settings, now);
  return results;
}

/** The pass's result without the domain rows it read. */
export function withoutDomains(collected: CollectedAlerts): AlertResults {
  const { domainAlerts, ticketAlerts, invoiceAlerts, baselinePending } = collected;
  return { domainAlerts, ticketAlerts, invoiceAlerts, baselinePending };
}

const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = { critical: 0, warning: 1, info: 2 };

/** An alert centre row with the facts the CLI also prints. */
export type AlertListItem = AlertView;

/**
 * Every open and snoozed alert of a pass (acknowledged ones are left out), most urgent first;
 * then the fewest days left; then the newest. Read-only: keys the ledger has not seen yet show
 * `raisedAt` = now. The CLI lists a pass it ran itself this way; the app's reads page the
 * stored pass in SQLite in the same order (alert-centre.ts).
 */
export function alertViews(
  db: DatabaseSync,
  collected: AlertResults,
  now: number
): { alerts: AlertListItem[]; openCount: number } {
  const ledger = readLedger(db);
  const nowIso = new Date(now).toISOString();
  const raisedAt = (key: string): string => ledger.get(key)?.raisedAt ?? nowIso;
  const views: AlertListItem[] = [];
  for (const alert of collected.domainAlerts) {
    if (!alert.acknowledged) views.push(domainAlertView(alert, raisedAt(alert.key)));
  }
  const generic = [
    ...(collected.baselinePending.tickets ? [] : collected.ticketAlerts),
    ...collected.invoiceAlerts
  ];
  for (const alert of generic) {
    if (!ledger.get(alert.key)?.acknowledgedAt)
      views.push(genericAlertView(alert, raisedAt(alert.key)));
  }
  views.sort(
    (a, b) =>
      Number(a.snoozed) - Number(b.snoozed) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY) ||
      (a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0) ||
      (a.key < b.key ? -1 : 1)
  );
  return { alerts: views, openCount: views.filter((v) => !v.snoozed).length };
}

/** The ports `evaluate` reports through. */
export interface AlertOutputs {
  readonly notifier: Notifier;
  readonly events: EventSink;
}

/** What one evaluation did. */
export interface EvaluationResult extends LedgerOutcome {
  readonly openCount: number;
}

/**
 * Evaluates alerts at `now`, brings the ledger up to date and shows what the plan says:
 * one desktop notification per `notifyNow` item, mirrored as `alerts:notify` for the
 * renderer's in-app toasts (and the web shell's browser notifications); then the new open
 * count and a cache invalidation for the alert centre and the domain badges.
 */
export function evaluateAlerts(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  outputs: AlertOutputs
): EvaluationResult {
  const collected = collectAlerts(db, settings, now);
  const at = new Date(now).toISOString();
  if (collected.baselinePending.tickets) {
    recordBaseline(db, collected.ticketAlerts, at, { acknowledge: true });
    setMeta(db, BASELINE_META.tickets, at);
  }
  if (collected.baselinePending.invoices) {
    recordBaseline(db, collected.invoiceAlerts, at, { acknowledge: false });
    setMeta(db, BASELINE_META.invoices, at);
  }
  const outcome = runLedgerPass(
    db,
    [...collected.domainAlerts, ...collected.ticketAlerts, ...collected.invoiceAlerts],
    settings,
    now
  );
  for (const n of outcome.plan.notifyNow) {
    outputs.notifier.notify({
      id: n.key,
      text: n.text,
      title: n.title,
      body: n.body,
      target: n.target
    });
    outputs.events.emit('alerts:notify', {
      id: n.key,
      text: n.text,
      title: n.title,
      body: n.body,
      target: n.target
    });
  }
  const results: AlertResults = {
    ...withoutDomains(collected),
    baselinePending: { tickets: false, invoices: false }
  };
  storeAlertResults(db, results, settings, now);
  const { openCount } = alertSummary(db, now, results.baselinePending);
  outputs.events.emit('alerts:changed', { openCount });
  outputs.events.emit('cache:changed', { scopes: ['alerts', 'domains'] });
  return { ...outcome, openCount };
}
