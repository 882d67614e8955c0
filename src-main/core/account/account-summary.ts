/**
 * The dashboard's figures as a pure function of cached values and "today": balance, unpaid
 * and overdue invoices, paid spend per month and entity counts. No I/O, no clock.
 */
import type { AccountSummaryView } from '@shared/contract';
import {
  UNPAID_INVOICE_STATUSES,
  isInvoiceOverdue,
  type AccountSummary,
  type Invoice,
  type InvoiceStatus
} from '@shared/model';
import { monthsEndingWith } from '../time';

/** Statuses that still ask the reseller for money. */
const UNPAID_STATUSES: ReadonlySet<InvoiceStatus> = new Set(UNPAID_INVOICE_STATUSES);

/** How many months the spend chart covers, the current one included. */
export const SPEND_MONTHS = 12;

export interface AccountSummaryInput {
  /** The cached account, or null before the first sync wrote it. */
  readonly account: AccountSummary | null;
  readonly invoices: readonly Invoice[];
  readonly counts: AccountSummaryView['counts'];
  /** The reseller's local date (YYYY-MM-DD) in their zone. */
  readonly today: string;
}

/** The summary shown when nothing has been cached yet. */
export function emptyAccountSummary(): AccountSummaryView {
  return {
    synced: false,
    name: null,
    email: null,
    currency: null,
    creditBalance: null,
    unpaidCount: 0,
    unpaidTotal: null,
    unpaidInvoices: [],
    overdueCount: 0,
    overdueTotal: null,
    spendByMonth: [],
    counts: { domains: 0, services: 0, openTickets: 0 }
  };
}

/**
 * Computes the summary. Amounts are summed only in the account's currency (an invoice in
 * another currency cannot be added to it without a rate); an invoice's open amount is its
 * balance when the provider gave one, else its total.
 */
export function computeAccountSummary(input: AccountSummaryInput): AccountSummaryView {
  const { account, invoices, counts, today } = input;
  if (!account) return { ...emptyAccountSummary(), counts };
  const currency = account.currency;
  const sameCurrency = invoices.filter((invoice) => invoice.total.currency === currency);

  const unpaid = sameCurrency.filter((invoice) => UNPAID_STATUSES.has(invoice.status));
  const overdue = unpaid.filter((invoice) => isInvoiceOverdue(invoice, today));
  const openAmount = (invoice: Invoice): number => (invoice.balance ?? invoice.total).amountMinor;
  const sum = (list: readonly Invoice[]): number =>
    list.reduce((total, invoice) => total + openAmount(invoice), 0);

  return {
    synced: true,
    name: account.companyName ?? account.name,
    email: account.email,
    currency,
    creditBalance: {
      amountMinor: account.creditBalance.amountMinor,
      currency: account.creditBalance.currency
    },
    unpaidCount: unpaid.length,
    unpaidTotal: { amountMinor: sum(unpaid), currency },
    unpaidInvoices: unpaidList(unpaid, today, openAmount),
    overdueCount: overdue.length,
    overdueTotal: { amountMinor: sum(overdue), currency },
    spendByMonth: spendByMonth(sameCurrency, today),
    counts
  };
}

/** How many unpaid invoices the summary lists. */
export const UNPAID_LIST_LIMIT = 50;

/** Unpaid invoices, overdue ones first, each group by due date (oldest first). */
function unpaidList(
  unpaid: readonly Invoice[],
  today: string,
  openAmount: (invoice: Invoice) => number
): AccountSummaryView['unpaidInvoices'] {
  const rows = unpaid.map((invoice) => ({
    id: invoice.id,
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    status: invoice.status,
    amount: { amountMinor: openAmount(invoice), currency: invoice.total.currency },
    overdue: isInvoiceOverdue(invoice, today)
  }));
  rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.id.localeCompare(b.id)
  );
  return rows.slice(0, UNPAID_LIST_LIMIT);
}

/** Paid invoice totals per issued month, for the `SPEND_MONTHS` months ending with today's. */
export function spendByMonth(
  invoices: readonly Invoice[],
  today: string
): AccountSummaryView['spendByMonth'] {
  const months = monthsEndingWith(today.slice(0, 7), SPEND_MONTHS);
  const totals = new Map(months.map((month) => [month, 0]));
  for (const invoice of invoices) {
    if (invoice.status !== 'paid' || invoice.issuedOn === null) continue;
    const month = invoice.issuedOn.slice(0, 7);
    const current = totals.get(month);
    if (current !== undefined) totals.set(month, current + invoice.total.amountMinor);
  }
  return months.map((month) => ({ month, total: totals.get(month) ?? 0 }));
}
