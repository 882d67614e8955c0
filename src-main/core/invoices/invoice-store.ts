/**
 * The invoice repository: cached details (lines, payments, balance) next to the list rows,
 * and the cached invoices as the rules see them. The only place billing's invoice SQL lives;
 * PDFs are in ./pdf-store, the read models in ./invoice-queries.
 */
import type { DatabaseSync } from 'node:sqlite';
import { invoiceDetailSchema, type Invoice, type InvoiceDetail } from '../../../src-shared/model';

/** A list row whose detail is missing or belongs to an older version of the row. */
export interface StaleDetail {
  readonly id: string;
  /** The list row (invoices.json) the fetched detail will belong to. */
  readonly source: string;
}

/**
 * Invoices whose detail must be fetched: never fetched, or fetched for another version of
 * the list row. A detail the provider refused for this very row is not asked again unless
 * `retryRefused` (a full sync). Unpaid first, then newest first, so what matters arrives early.
 */
export function staleInvoiceDetails(db: DatabaseSync, retryRefused: boolean): StaleDetail[] {
  const refused = retryRefused ? ' OR detail_error IS NOT NULL' : '';
  return db
    .prepare(
      `SELECT id, json AS source FROM invoices
        WHERE detail_source IS NOT json${refused}
        ORDER BY status IN ('unpaid', 'payment_pending', 'collections') DESC,
                 issued_on DESC, CAST(id AS INTEGER) DESC, id DESC`
    )
    .all() as unknown as StaleDetail[];
}

/**
 * Stores a fetched detail for the list row `source`, with its lines (searchable) and its
 * balance. Returns false when the row changed or vanished meanwhile (the next sync fetches
 * again). Call inside a transaction.
 */
export function storeInvoiceDetail(
  db: DatabaseSync,
  detail: InvoiceDetail,
  source: string
): boolean {
  const updated = db
    .prepare(
      'UPDATE invoices SET detail_json = ?, detail_source = ?, detail_error = NULL, balance_minor = ? WHERE id = ? AND json = ?'
    )
    .run(JSON.stringify(detail), source, detail.balance?.amountMinor ?? null, detail.id, source);
  if (Number(updated.changes) === 0) return false;
  db.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(detail.id);
  const insert = db.prepare(
    'INSERT INTO invoice_lines (invoice_id, position, description, amount_minor) VALUES (?, ?, ?, ?)'
  );
  detail.lines.forEach((line, position) =>
    insert.run(detail.id, position, line.description, line.amount.amountMinor)
  );
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
  message: string
): void {
  db.prepare(
    'UPDATE invoices SET detail_source = ?, detail_error = ? WHERE id = ? AND json = ?'
  ).run(source, message, id, source);
}

/** The cached detail of an invoice, or null (never fetched, or unreadable). */
export function readInvoiceDetail(db: DatabaseSync, id: string): InvoiceDetail | null {
  const row = db.prepare('SELECT detail_json FROM invoices WHERE id = ?').get(id) as
    { detail_json: string | null } | undefined;
  if (!row?.detail_json) return null;
  const parsed = invoiceDetailSchema.safeParse(JSON.parse(row.detail_json));
  return parsed.success ? parsed.data : null;
}

/**
 * Every cached invoice as the rules (dashboard, alerts) see it: the list row, with the
 * balance from its cached detail when the list itself did not give one.
 */
export function readCachedInvoices(db: DatabaseSync): Invoice[] {
  const rows = db
    .prepare('SELECT json, balance_minor FROM invoices ORDER BY id')
    .all() as unknown as { json: string; balance_minor: number | null }[];
  return rows.map((row) => {
    const invoice = JSON.parse(row.json) as Invoice;
    if (invoice.balance !== null || row.balance_minor === null) return invoice;
    return {
      ...invoice,
      balance: { amountMinor: row.balance_minor, currency: invoice.total.currency }
    };
  });
}
