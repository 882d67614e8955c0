/**
 * The invoice repository: cached details (lines, payments, balance) next to the list rows,
 * and the cached invoices as the rules see them. The only place billing's invoice SQL lives;
 * PDFs are in ./pdf-repository, the read models in ./invoice-list-repository.
 */
import type { DatabaseSync } from 'node:sqlite';
import { addCalendarDays, startOfLocalDay } from '../time';
import { prepared } from '../cache/statements';
import { deleteMeta, getMeta, setMeta } from '../cache/repositories/sync-state';
import {
  OPEN_INVOICE_STATUSES,
  invoiceDetailSchema,
  type CreditEntry,
  type Invoice,
  type InvoiceDetail,
  type Transaction
} from '@shared/model';

/** The ids of the cached invoices that may still change (OPEN_INVOICE_STATUSES). */
export function openInvoiceIds(db: DatabaseSync): string[] {
  return (
    prepared(db, 'SELECT id FROM invoices WHERE status IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(OPEN_INVOICE_STATUSES)
    ) as { id: string }[]
  ).map((row) => row.id);
}

/**
 * Invoices whose detail must be fetched, by id: never fetched, or fetched before the list row
 * changed. A detail the provider refused for the current row is not asked again unless
 * `retryRefused` (a full sync). Unpaid first, then newest first, so what matters arrives early.
 * Ids only: the list rows the details will belong to are read a batch at a time as they are
 * fetched (invoiceListRows); all 20,000 of a large reseller's, read at once, were 14 MB that
 * every young-generation collection of the step copied until it was promoted.
 */
export function staleInvoiceDetails(db: DatabaseSync, retryRefused: boolean): string[] {
  return (prepared(db, staleDetailsSql(retryRefused)).all() as { id: string }[]).map(
    (row) => row.id
  );
}

/** The list rows (invoices.json) of the invoices `ids` that are cached, by id. */
export function invoiceListRows(db: DatabaseSync, ids: readonly string[]): Map<string, string> {
  const rows = prepared(
    db,
    'SELECT id, json FROM invoices WHERE id IN (SELECT value FROM json_each(?))'
  ).all(JSON.stringify(ids)) as { id: string; json: string }[];
  return new Map(rows.map((row) => [row.id, row.json]));
}

/**
 * staleInvoiceDetails' query: missing details through the two id indexes, stale ones through
 * their partial index (migration 018), and only then the list rows they belong to.
 */
export function staleDetailsSql(retryRefused: boolean): string {
  const refused = retryRefused
    ? ' UNION ALL SELECT d.invoice_id FROM invoice_details d WHERE d.error IS NOT NULL AND d.stale = 0'
    : '';
  return `WITH todo (id) AS (
       SELECT x.id FROM invoices x
        WHERE NOT EXISTS (SELECT 1 FROM invoice_details d WHERE d.invoice_id = x.id)
       UNION ALL
       SELECT d.invoice_id FROM invoice_details d WHERE d.stale = 1${refused})
     SELECT i.id AS id FROM todo JOIN invoices i ON i.id = todo.id
      ORDER BY i.status IN ('unpaid', 'payment_pending', 'collections') DESC,
               i.issued_on DESC, CAST(i.id AS INTEGER) DESC, i.id DESC`;
}

/** True when the list row is still the one the detail was fetched for. */
function rowIsStill(db: DatabaseSync, id: string, source: string): boolean {
  const row = prepared(db, 'SELECT json FROM invoices WHERE id = ?').get(id) as
    { json: string } | undefined;
  return row?.json === source;
}

/**
 * Writes a fetched detail, its balance (in its own row) and its lines, unless the list row
 * changed or vanished meanwhile. The list row's balance is not written here.
 *
 * The old lines are deleted only when a detail was stored before: lines are written only
 * here, after their detail's row, and go only with it (the invoices_deleted_detail trigger),
 * so an invoice without a detail row has none. Most details a full sync stores are first ones:
 * for the large data's 20,000, the delete cost more than reading whether the row was there.
 */
function writeDetail(db: DatabaseSync, detail: InvoiceDetail, source: string, at: string): boolean {
  const row = prepared(
    db,
    `SELECT i.json AS json, d.invoice_id IS NOT NULL AS stored
       FROM invoices i LEFT JOIN invoice_details d ON d.invoice_id = i.id WHERE i.id = ?`
  ).get(detail.id) as { json: string; stored: number } | undefined;
  if (row?.json !== source) return false;
  prepared(
    db,
    `INSERT INTO invoice_details (invoice_id, json, error, stale, fetched_at, balance_minor)
     VALUES (?, ?, NULL, 0, ?, ?)
     ON CONFLICT (invoice_id) DO UPDATE SET json = excluded.json, error = NULL, stale = 0,
       fetched_at = excluded.fetched_at, balance_minor = excluded.balance_minor`
  ).run(detail.id, JSON.stringify(detail), at, detail.balance?.amountMinor ?? null);
  if (row.stored) prepared(db, 'DELETE FROM invoice_lines WHERE invoice_id = ?').run(detail.id);
  const insert = prepared(
    db,
    'INSERT INTO invoice_lines (invoice_id, position, description, amount_minor) VALUES (?, ?, ?, ?)'
  );
  detail.lines.forEach((line, position) =>
    insert.run(detail.id, position, line.description, line.amount.amountMinor)
  );
  return true;
}

/**
 * Stores a fetched detail for the list row `source`, with its lines (searchable) and its
 * balance, which the list row then shows. Returns false when the row changed or vanished
 * meanwhile (the next sync fetches again). Call inside a transaction.
 *
 * With `copyBalance: false` (the details step), the balance stays in the detail's row until
 * copyDetailBalances: writing it into the wide list row moved its entry in the invoices_sums
 * index too, one random index page per detail written again at every commit; copied in bulk,
 * each page is written once per copy. The caller then marks the balances pending
 * (markBalancesPending) in the same transaction.
 */
export function storeInvoiceDetail(
  db: DatabaseSync,
  detail: InvoiceDetail,
  source: string,
  at: string,
  options: { readonly copyBalance: boolean } = { copyBalance: true }
): boolean {
  if (!writeDetail(db, detail, source, at)) return false;
  if (options.copyBalance) copyBalances(db, [detail.id]);
  return true;
}

/**
 * Copies the balance of each current detail (fetched for the list row as it is, not refused)
 * onto its list row where it differs: of the invoices `ids`, or of every invoice.
 */
function copyBalances(db: DatabaseSync, ids: readonly string[] | null): void {
  const current = `d.invoice_id = i.id AND d.stale = 0 AND d.error IS NULL
     AND d.balance_minor IS NOT NULL AND i.balance_minor IS NOT d.balance_minor`;
  if (ids === null)
    prepared(
      db,
      `UPDATE invoices AS i SET balance_minor = d.balance_minor FROM invoice_details d
        WHERE ${current}`
    ).run();
  // In the order given (the order stored): sorted by id text, pages came and went at random.
  else
    prepared(
      db,
      `UPDATE invoices AS i SET balance_minor = d.balance_minor
         FROM json_each(?) j JOIN invoice_details d ON d.invoice_id = j.value
        WHERE ${current}`
    ).run(JSON.stringify(ids));
}

/** Set while balances of stored details may wait to be copied onto their list rows. */
const BALANCES_PENDING = 'invoices.detail_balances_pending';

/**
 * Records that details were stored without copying their balances, so that a process that
 * ends before copying them leaves a mark for copyLeftoverBalances. Call inside the
 * transaction that stored them.
 */
export function markBalancesPending(db: DatabaseSync): void {
  setMeta(db, BALANCES_PENDING, '1');
}

/**
 * Copies the balances of the details of invoices `ids` (stored with `copyBalance: false`)
 * onto their list rows; with `clearMark`, also clears the pending mark (every detail stored
 * without its balance since the mark was set is among `ids`). Call inside a transaction.
 */
export function copyDetailBalances(
  db: DatabaseSync,
  ids: readonly string[],
  options: { readonly clearMark: boolean }
): void {
  if (ids.length > 0) copyBalances(db, ids);
  if (options.clearMark) deleteMeta(db, BALANCES_PENDING);
}

/**
 * Copies every balance left uncopied by a details step that did not end (the process ended
 * first) onto its list row. Returns whether there was a mark. Call inside a transaction.
 */
export function copyLeftoverBalances(db: DatabaseSync): boolean {
  if (getMeta(db, BALANCES_PENDING) === null) return false;
  copyBalances(db, null);
  deleteMeta(db, BALANCES_PENDING);
  return true;
}

/**
 * Records that the provider gave no detail for list row `source` (e.g. GetInvoice answered
 * `{"status":"error"}`). Lines are never invented: a detail cached earlier stays as it was.
 */
export function storeInvoiceDetailError(
  db: DatabaseSync,
  id: string,
  source: string,
  message: string,
  at: string
): void {
  if (!rowIsStill(db, id, source)) return;
  prepared(
    db,
    `INSERT INTO invoice_details (invoice_id, json, error, stale, fetched_at) VALUES (?, NULL, ?, 0, ?)
     ON CONFLICT (invoice_id) DO UPDATE SET error = excluded.error, stale = 0,
       fetched_at = excluded.fetched_at`
  ).run(id, message, at);
}

/**
 * The cached detail of an invoice, or null (never fetched, or unreadable). A detail the
 * usage bill check fetched on its own (invoices.detail_json) counts too.
 */
export function readInvoiceDetail(db: DatabaseSync, id: string): InvoiceDetail | null {
  const row = db
    .prepare(
      `SELECT coalesce(d.json, i.detail_json) AS json
         FROM invoices i LEFT JOIN invoice_details d ON d.invoice_id = i.id WHERE i.id = ?`
    )
    .get(id) as { json: string | null } | undefined;
  if (!row?.json) return null;
  const parsed = invoiceDetailSchema.safeParse(JSON.parse(row.json));
  return parsed.success ? parsed.data : null;
}

/**
 * Every cached invoice (or those issued in a period, oldest first) as the rules (dashboard,
 * alerts) see it: the list row, with the balance from its cached detail when the list itself
 * did not give one.
 */
export function readCachedInvoices(
  db: DatabaseSync,
  issued?: { readonly from: string; readonly to: string }
): Invoice[] {
  const rows = (issued
    ? db
        .prepare(
          'SELECT json, balance_minor FROM invoices WHERE issued_on >= ? AND issued_on <= ? ORDER BY issued_on, id'
        )
        .all(issued.from, issued.to)
    : db.prepare('SELECT json, balance_minor FROM invoices ORDER BY id').all()) as unknown as {
    json: string;
    balance_minor: number | null;
  }[];
  return rows.map(cachedInvoiceOf);
}

/**
 * The cached invoices (as readCachedInvoices gives them, ordered by id) whose status is one
 * of `statuses`, plus, with `paidIssuedFrom`, the paid ones issued on or after that date:
 * what the dashboard and the overdue rule look at, without parsing every cached invoice.
 */
export function readCachedInvoicesWithStatus(
  db: DatabaseSync,
  statuses: readonly string[],
  paidIssuedFrom: string | null = null
): Invoice[] {
  const rows = prepared(
    db,
    `SELECT json, balance_minor FROM invoices
      WHERE status IN (SELECT value FROM json_each(?))
         OR (? IS NOT NULL AND status = 'paid' AND issued_on >= ?)
      ORDER BY id`
  ).all(JSON.stringify(statuses), paidIssuedFrom, paidIssuedFrom) as unknown as {
    json: string;
    balance_minor: number | null;
  }[];
  return rows.map(cachedInvoiceOf);
}

/** A cached invoice row as the rules see it: the list row, with its detail's balance. */
function cachedInvoiceOf(row: { json: string; balance_minor: number | null }): Invoice {
  const invoice = JSON.parse(row.json) as Invoice;
  if (invoice.balance !== null || row.balance_minor === null) return invoice;
  return {
    ...invoice,
    balance: { amountMinor: row.balance_minor, currency: invoice.total.currency }
  };
}

/** The UTC instant (as transactions store it, to the second) at which a local date begins. */
function dayStartInstant(date: string, timeZone: string): string {
  return new Date(startOfLocalDay(date, timeZone)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The cached transactions dated in a period of local dates in `timeZone` (both inclusive),
 * oldest first. Transactions carry UTC instants, so the period's bounds are the instants at
 * which its first day begins and the day after its last begins.
 */
export function readTransactionsDated(
  db: DatabaseSync,
  from: string,
  to: string,
  timeZone: string
): Transaction[] {
  const rows = db
    .prepare('SELECT json FROM transactions WHERE date >= ? AND date < ? ORDER BY date, id')
    .all(
      dayStartInstant(from, timeZone),
      dayStartInstant(addCalendarDays(to, 1), timeZone)
    ) as unknown as { json: string }[];
  return rows.map((row) => JSON.parse(row.json) as Transaction);
}

/** What the cached transactions and credit log add up to before a local date in `timeZone`. */
export function totalsBefore(
  db: DatabaseSync,
  date: string,
  timeZone: string
): { paid: number; credit: number } {
  // Transactions keep their amounts in the JSON; SQLite sums them without parsing rows in JS.
  const paid = db
    .prepare(
      `SELECT coalesce(sum(json_extract(json, '$.amountIn.amountMinor') - json_extract(json, '$.amountOut.amountMinor')), 0) AS n
         FROM transactions WHERE date < ?`
    )
    .get(dayStartInstant(date, timeZone)) as { n: number };
  const credit = db
    .prepare('SELECT coalesce(sum(amount_minor), 0) AS n FROM credits WHERE date < ?')
    .get(date) as { n: number };
  return { paid: paid.n, credit: credit.n };
}

/** The cached credit log entries dated in a period (both inclusive), and those without a date. */
export function readCreditsDated(db: DatabaseSync, from: string, to: string): CreditEntry[] {
  const rows = db
    .prepare(
      'SELECT json FROM credits WHERE date IS NULL OR (date >= ? AND date <= ?) ORDER BY date, id'
    )
    .all(from, to) as unknown as { json: string }[];
  return rows.map((row) => JSON.parse(row.json) as CreditEntry);
}

/** A cached invoice with its detail (lines), as the bill check reads it. */
export interface InvoiceWithDetail {
  readonly id: string;
  readonly number: string;
  readonly issuedOn: string | null;
  readonly detail: InvoiceDetail;
}

/**
 * Invoices issued in [`from`, `to`), not cancelled, whose cached detail mentions `text`
 * (only those details are parsed), oldest first.
 */
export function issuedInvoicesMentioning(
  db: DatabaseSync,
  from: string,
  to: string,
  text: string
): InvoiceWithDetail[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.number, i.issued_on, coalesce(d.json, i.detail_json) AS json
         FROM invoices i LEFT JOIN invoice_details d ON d.invoice_id = i.id
        WHERE i.issued_on >= ? AND i.issued_on < ? AND i.status != 'cancelled'
          AND instr(coalesce(d.json, i.detail_json), ?) > 0
        ORDER BY i.issued_on, i.id`
    )
    .all(from, to, text) as unknown as {
    id: string;
    number: string;
    issued_on: string | null;
    json: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    issuedOn: r.issued_on,
    detail: JSON.parse(r.json) as InvoiceDetail
  }));
}

/** Invoice id → number as printed, for the given ids. */
export function invoiceNumbersOf(db: DatabaseSync, ids: Iterable<string>): Map<string, string> {
  const rows = db
    .prepare('SELECT id, number FROM invoices WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(ids)])) as unknown as { id: string; number: string }[];
  return new Map(rows.map((r) => [r.id, r.number]));
}
