/**
 * The statement of a period: payments, refunds and credit movements, oldest first, with two
 * running balances — money paid net of refunds, and the credit balance — each starting from
 * the figure of every cached entry before the period. A pure function of cached values; the
 * reader below is the only part that knows the tables.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Statement, StatementEntry, StatementPage } from '@shared/contract';
import type { CreditEntry, Transaction } from '@shared/model';
import { currencyFractionDigits, minorToDecimalString, type Money } from '@shared/money';
import { localDate } from '../time';
import { readCachedAccount } from '../account/account-repository';
import { getSyncState } from '../cache/repositories/sync-state';
import { toCsv } from '../export/csv';
import {
  invoiceNumbersOf,
  readCreditsDated,
  readTransactionsDated,
  totalsBefore
} from './invoice-repository';

export interface StatementInput {
  /** Local dates, both inclusive. */
  readonly from: string;
  readonly to: string;
  /** The reseller's zone: a payment's date is its local date there. */
  readonly timeZone: string;
  /** The account's currency; null before the account is cached (the first row's is used). */
  readonly currency: string | null;
  readonly transactions: readonly Transaction[];
  readonly credits: readonly CreditEntry[];
  /** Invoice id → number as printed. */
  readonly invoiceNumbers: ReadonlyMap<string, string>;
  readonly creditBalanceNow: Money | null;
  readonly syncedAt: Statement['syncedAt'];
  /** Figures already added up before the earliest row given (the rest of the opening). */
  readonly base?: { readonly paid: number; readonly credit: number };
}

type Movement = Omit<StatementEntry, 'paidBalance' | 'creditBalance'>;

const KIND_ORDER: Readonly<Record<StatementEntry['kind'], number>> = {
  payment: 0,
  refund: 1,
  credit: 2
};

function fromTransaction(
  t: Transaction,
  numbers: ReadonlyMap<string, string>,
  timeZone: string
): Movement {
  return {
    key: `tx:${t.id}`,
    kind: t.amountOut.amountMinor > t.amountIn.amountMinor ? 'refund' : 'payment',
    date: localDate(Date.parse(t.date), timeZone),
    at: t.date,
    description: t.description,
    invoiceId: t.invoiceId,
    invoiceNumber: t.invoiceId === null ? null : (numbers.get(t.invoiceId) ?? t.invoiceId),
    gateway: t.gateway,
    reference: t.reference,
    amountIn: t.amountIn.amountMinor,
    amountOut: t.amountOut.amountMinor,
    fees: t.fees.amountMinor,
    credit: 0
  };
}

function fromCredit(c: CreditEntry & { date: string }, numbers: ReadonlyMap<string, string>) {
  const invoiceNumber = c.relatedId === null ? null : (numbers.get(c.relatedId) ?? null);
  return {
    key: `credit:${c.id}`,
    kind: 'credit',
    date: c.date,
    at: null,
    description: c.description,
    // The credit log's relid names an invoice only when it is one we know.
    invoiceId: invoiceNumber === null ? null : c.relatedId,
    invoiceNumber,
    gateway: null,
    reference: null,
    amountIn: 0,
    amountOut: 0,
    fees: 0,
    credit: c.amount.amountMinor
  } satisfies Movement;
}

function byTime(a: Movement, b: Movement): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  const at = (a.at ?? '').localeCompare(b.at ?? '');
  if (at !== 0) return at;
  const [, ida = ''] = a.key.split(':');
  const [, idb = ''] = b.key.split(':');
  return Number(ida) - Number(idb) || ida.localeCompare(idb);
}

/** Computes the statement of `input.from`…`input.to`. */
export function computeStatement(input: StatementInput): Statement {
  const currency =
    input.currency ??
    input.transactions[0]?.amountIn.currency ??
    input.credits[0]?.amount.currency ??
    null;
  let skipped = 0;
  const movements: Movement[] = [];
  for (const t of input.transactions) {
    if (currency !== null && t.amountIn.currency !== currency) skipped += 1;
    else movements.push(fromTransaction(t, input.invoiceNumbers, input.timeZone));
  }
  for (const c of input.credits) {
    // An entry without a date cannot be placed in a period.
    if (c.date === null || (currency !== null && c.amount.currency !== currency)) skipped += 1;
    else movements.push(fromCredit({ ...c, date: c.date }, input.invoiceNumbers));
  }
  movements.sort(byTime);

  let paid = input.base?.paid ?? 0;
  let credit = input.base?.credit ?? 0;
  const opening = { paid, credit };
  const totals = { payments: 0, refunds: 0, fees: 0, creditAdded: 0, creditUsed: 0 };
  const entries: StatementEntry[] = [];
  for (const m of movements) {
    if (m.date > input.to) break;
    paid += m.amountIn - m.amountOut;
    credit += m.credit;
    if (m.date < input.from) {
      opening.paid = paid;
      opening.credit = credit;
      continue;
    }
    totals.payments += m.amountIn;
    totals.refunds += m.amountOut;
    totals.fees += m.fees;
    if (m.credit > 0) totals.creditAdded += m.credit;
    else totals.creditUsed -= m.credit;
    entries.push({ ...m, paidBalance: paid, creditBalance: credit });
  }
  return {
    from: input.from,
    to: input.to,
    currency,
    opening,
    closing: {
      paid: opening.paid + totals.payments - totals.refunds,
      credit: opening.credit + totals.creditAdded - totals.creditUsed
    },
    totals,
    entries,
    creditBalanceNow: input.creditBalanceNow
      ? {
          amountMinor: input.creditBalanceNow.amountMinor,
          currency: input.creditBalanceNow.currency
        }
      : null,
    skipped,
    syncedAt: input.syncedAt
  };
}

/**
 * The statement of a period from a profile's cache: the rows of the period only, with what
 * came before added up in SQL (all in the account's currency, as WHMCS records them).
 */
export function readStatement(
  db: DatabaseSync,
  from: string,
  to: string,
  timeZone: string
): Statement {
  const account = readCachedAccount(db);
  const transactions = readTransactionsDated(db, from, to, timeZone);
  const credits = readCreditsDated(db, from, to);
  const ids = [
    ...transactions.flatMap((t) => (t.invoiceId === null ? [] : [t.invoiceId])),
    ...credits.flatMap((c) => (c.relatedId === null ? [] : [c.relatedId]))
  ];
  return computeStatement({
    from,
    to,
    timeZone,
    currency: account?.currency ?? null,
    transactions,
    credits,
    invoiceNumbers: invoiceNumbersOf(db, ids),
    creditBalanceNow: account?.creditBalance ?? null,
    syncedAt: {
      transactions: getSyncState(db, 'transactions')?.lastSuccessAt ?? null,
      credits: getSyncState(db, 'credits')?.lastSuccessAt ?? null
    },
    base: totalsBefore(db, from, timeZone)
  });
}

/**
 * The statement with `limit` of its entries from `offset`; from the last page's start when
 * `offset` is past the end (the period holds fewer entries than when the page was asked for).
 */
export function statementPage(statement: Statement, offset: number, limit: number): StatementPage {
  const count = statement.entries.length;
  const start = offset < count ? offset : Math.max(0, Math.ceil(count / limit) - 1) * limit;
  return {
    ...statement,
    entries: statement.entries.slice(start, start + limit),
    entryCount: count,
    offset: start
  };
}

/** The statement as CSV (money as plain decimals, one row per entry). */
export function statementCsv(statement: Statement): string {
  // In the currency's own digits (JPY none, KWD three); two without one (nothing synced).
  const digits = statement.currency === null ? 2 : currencyFractionDigits(statement.currency);
  const money = (minor: number) => minorToDecimalString(minor, digits);
  return toCsv(
    [
      'date',
      'time',
      'kind',
      'description',
      'invoice',
      'gateway',
      'reference',
      'amount_in',
      'amount_out',
      'fees',
      'credit',
      'paid_balance',
      'credit_balance',
      'currency'
    ],
    statement.entries.map((e) => [
      e.date,
      e.at === null ? null : e.at.slice(11, 19) || null,
      e.kind,
      e.description,
      e.invoiceNumber,
      e.gateway,
      e.reference,
      money(e.amountIn),
      money(e.amountOut),
      money(e.fees),
      money(e.credit),
      money(e.paidBalance),
      money(e.creditBalance),
      statement.currency
    ])
  );
}
