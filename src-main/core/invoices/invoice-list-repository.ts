/**
 * Read models of the invoices page over a profile's cache: the paged list (filters, sort,
 * count and sums done in SQLite, so 20,000 invoices open like 60) and one invoice with its
 * lines and payments. No clock and no provider: "today" comes in as a value.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { prepared } from '../cache/statements';
import type {
  InvoiceDetailView,
  InvoiceList,
  InvoiceListInput,
  InvoiceListItem,
  TransactionView
} from '@shared/contract';
import {
  UNPAID_INVOICE_STATUSES,
  isInvoiceOverdue,
  type Invoice,
  type InvoiceStatus,
  type Transaction
} from '@shared/model';
import { currencyFractionDigits, parseDecimalToMinor } from '@shared/money';
import { readInvoiceDetail } from './invoice-repository';
import { cachedPdfRow } from './pdf-repository';

const UNPAID_SQL = UNPAID_INVOICE_STATUSES.map((s) => `'${s}'`).join(', ');

/** The amount still due: the list's own (REST listings give one), else the cached detail's. */
const BALANCE_SQL = 'i.balance_minor';

/** A detail fetched for the current list row and not refused (`d` joins invoice_details). */
const HAS_DETAIL_SQL = 'coalesce(d.json IS NOT NULL AND d.error IS NULL AND d.stale = 0, 0)';
const DETAIL_JOIN = 'LEFT JOIN invoice_details d ON d.invoice_id = i.id';

const OVERDUE_FUNCTION = 'hostdeck_invoice_overdue';
const withOverdue = new WeakSet<DatabaseSync>();

/**
 * Registers the overdue rule as an SQL function on this connection, so the list filters
 * with the very function the dashboard and the alerts call, not a second copy in SQL.
 */
function registerOverdueRule(db: DatabaseSync): void {
  if (withOverdue.has(db)) return;
  db.function(OVERDUE_FUNCTION, { deterministic: true }, (status, dueOn, owedMinor, today) =>
    isInvoiceOverdue(
      {
        status: String(status) as InvoiceStatus,
        dueOn: typeof dueOn === 'string' ? dueOn : null,
        ...(typeof owedMinor === 'number' ? { total: { amountMinor: owedMinor } } : {})
      },
      String(today)
    )
      ? 1
      : 0
  );
  withOverdue.add(db);
}

const STATUS_CLAUSE: Readonly<Record<InvoiceListInput['status'], string | null>> = {
  all: null,
  unpaid: `i.status IN (${UNPAID_SQL})`,
  overdue: `${OVERDUE_FUNCTION}(i.status, i.due_on, coalesce(${BALANCE_SQL}, i.total_minor), :today) = 1`,
  paid: "i.status = 'paid'",
  cancelled: "i.status = 'cancelled'",
  refunded: "i.status = 'refunded'",
  draft: "i.status = 'draft'"
};

const ORDER: Readonly<Record<InvoiceListInput['sort'], string>> = {
  issued: 'i.issued_on',
  due: 'i.due_on',
  // Numbers such as HD-2026-0042 sort naturally within one scheme when shorter ones come first.
  number: 'length(i.number), i.number',
  total: 'i.total_minor',
  status: 'i.status'
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereClause(
  input: InvoiceListInput,
  today: string
): { readonly sql: string; readonly params: Record<string, SQLInputValue> } {
  const parts: string[] = [];
  const params: Record<string, SQLInputValue> = {};
  const status = STATUS_CLAUSE[input.status];
  if (status) parts.push(status);
  if (input.status === 'overdue') params.today = today;
  if (input.from) {
    parts.push('i.issued_on >= :from');
    params.from = input.from;
  }
  if (input.to) {
    parts.push('i.issued_on <= :to');
    params.to = input.to;
  }
  const q = input.q?.trim().replace(/^#/, '') ?? '';
  if (q !== '') {
    const text = [
      'i.id = :q',
      "i.number LIKE :like ESCAPE '\\'",
      "EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id AND l.description LIKE :like ESCAPE '\\')"
    ];
    params.q = q;
    params.like = likePattern(q);
    const amount = amountSearch(q);
    if (amount !== null) {
      text.push(`i.total_minor = ${amount.sql}`, `${BALANCE_SQL} = ${amount.sql}`);
      Object.assign(params, amount.params);
    }
    parts.push(`(${text.join(' OR ')})`);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * The currencies whose minor units are not hundredths, by their digits (JPY 0, KWD 3), as
 * currencyFractionDigits decides for every currency Intl knows; the rest count hundredths.
 */
const NOT_HUNDREDTHS: ReadonlyMap<number, readonly string[]> = (() => {
  const byDigits = new Map<number, string[]>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const digits = currencyFractionDigits(code);
    if (digits !== 2 && /^[A-Z]{3}$/.test(code)) {
      const codes = byDigits.get(digits) ?? [];
      codes.push(code);
      byDigits.set(digits, codes);
    }
  }
  return byDigits;
})();

/**
 * A searched amount ("19.40", "19,4", "1500") as the minor units of each invoice's own
 * currency: 1940 for EUR, 1500 for JPY, and no match where the currency has fewer digits than
 * were typed ("19.40" is no yen amount). Null when the text is not an amount.
 */
function amountSearch(
  q: string
): { readonly sql: string; readonly params: Record<string, SQLInputValue> } | null {
  if (!/^-?\d+(?:[.,]\d+)?$/.test(q)) return null;
  const text = q.replace(',', '.');
  const typed = text.split('.')[1]?.length ?? 0;
  const minorIn = (digits: number): number | null =>
    typed <= digits ? parseDecimalToMinor(text, digits) : null;
  const params: Record<string, SQLInputValue> = { amount2: minorIn(2) };
  let sql = 'CASE';
  for (const [digits, codes] of NOT_HUNDREDTHS) {
    sql += ` WHEN i.currency IN (${codes.map((code) => `'${code}'`).join(', ')}) THEN :amount${digits}`;
    params[`amount${digits}`] = minorIn(digits);
  }
  sql += ' ELSE :amount2 END';
  return Object.values(params).every((v) => v === null) ? null : { sql: `(${sql})`, params };
}

interface ListRow {
  readonly json: string;
  readonly balance: number | null;
  readonly has_detail: number;
  readonly has_pdf: number;
}

function toItem(row: ListRow, today: string): InvoiceListItem {
  const invoice = JSON.parse(row.json) as Invoice;
  const currency = invoice.total.currency;
  const balance = row.balance === null ? null : { amountMinor: row.balance, currency };
  return {
    id: invoice.id,
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    paidAt: invoice.paidAt,
    status: invoice.status,
    overdue: isInvoiceOverdue({ ...invoice, balance }, today),
    total: { amountMinor: invoice.total.amountMinor, currency },
    balance,
    paymentMethod: invoice.paymentMethod,
    detailCached: row.has_detail === 1,
    pdfCached: row.has_pdf === 1
  };
}

/** One page of the cached invoices for the filters; `today` is the reseller's local date. */
export function listInvoices(
  db: DatabaseSync,
  input: InvoiceListInput,
  today: string
): InvoiceList {
  registerOverdueRule(db);
  const where = whereClause(input, today);
  const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
  const order = ORDER[input.sort]
    .split(', ')
    .map((column) => `${column} ${dir}`)
    .join(', ');
  // The page's ids are chosen over the narrow sort keys first; only its rows are then read.
  const rows = prepared(
    db,
    `SELECT i.json AS json, ${BALANCE_SQL} AS balance,
              ${HAS_DETAIL_SQL} AS has_detail,
              EXISTS (SELECT 1 FROM invoice_pdfs p WHERE p.invoice_id = i.id) AS has_pdf
         FROM (SELECT i.id AS id FROM invoices i ${where.sql}
                ORDER BY ${order}, i.id ${dir} LIMIT :limit OFFSET :offset) page
         JOIN invoices i ON i.id = page.id ${DETAIL_JOIN}
        ORDER BY ${order}, i.id ${dir}`
  ).all({ ...where.params, limit: input.limit, offset: input.offset }) as unknown as ListRow[];
  const sums = prepared(
    db,
    `SELECT i.currency AS currency, count(*) AS count, sum(i.total_minor) AS total,
              sum(CASE WHEN i.status IN (${UNPAID_SQL}) THEN coalesce(${BALANCE_SQL}, i.total_minor) ELSE 0 END) AS due
         FROM invoices i ${where.sql}
        GROUP BY i.currency ORDER BY count(*) DESC, i.currency`
  ).all(where.params) as unknown as InvoiceList['sums'];
  const cachedCount = (prepared(db, 'SELECT count(*) AS n FROM invoices').get() as { n: number }).n;
  return {
    invoices: rows.map((row) => toItem(row, today)),
    total: sums.reduce((n, s) => n + s.count, 0),
    sums: sums.map((s) => ({ currency: s.currency, count: s.count, total: s.total, due: s.due })),
    cachedCount,
    today
  };
}

/** The id of an invoice given by id or by number (ids win: a number can look like an id). */
export function findInvoiceId(db: DatabaseSync, idOrNumber: string): string | null {
  const wanted = idOrNumber.trim().replace(/^#/, '');
  const byId = prepared(db, 'SELECT id FROM invoices WHERE id = ?').get(wanted) as
    { id: string } | undefined;
  if (byId) return byId.id;
  const byNumber = prepared(
    db,
    'SELECT id FROM invoices WHERE number = ? COLLATE NOCASE ORDER BY id LIMIT 1'
  ).get(wanted) as { id: string } | undefined;
  return byNumber?.id ?? null;
}

/** The number and status of a cached invoice, or null when it is not cached. */
export function invoiceRef(
  db: DatabaseSync,
  id: string
): { readonly id: string; readonly number: string; readonly status: string } | null {
  const row = prepared(db, 'SELECT id, number, status FROM invoices WHERE id = ?').get(id) as
    { id: string; number: string; status: string } | undefined;
  return row ?? null;
}

/** A cached transaction as the contract shows it. */
export function transactionView(t: Transaction): TransactionView {
  const money = (m: Transaction['amountIn']) => ({
    amountMinor: m.amountMinor,
    currency: m.currency
  });
  return {
    id: t.id,
    date: t.date,
    description: t.description,
    gateway: t.gateway,
    amountIn: money(t.amountIn),
    amountOut: money(t.amountOut),
    fees: money(t.fees),
    reference: t.reference,
    invoiceId: t.invoiceId
  };
}

/** The transactions of one invoice: its cached detail's, else the transaction log's. */
function transactionsOf(
  db: DatabaseSync,
  id: string,
  fromDetail: readonly Transaction[] | null
): Transaction[] {
  if (fromDetail !== null && fromDetail.length > 0) return [...fromDetail];
  const rows = prepared(
    db,
    'SELECT json FROM transactions WHERE invoice_id = ? ORDER BY date, id'
  ).all(id) as unknown as { json: string }[];
  return rows.map((r) => JSON.parse(r.json) as Transaction);
}

/** One cached invoice (by id or number) with lines, payments and PDF state; null if unknown. */
export function getInvoiceView(
  db: DatabaseSync,
  idOrNumber: string,
  today: string
): InvoiceDetailView | null {
  const id = findInvoiceId(db, idOrNumber);
  if (id === null) return null;
  const row = prepared(
    db,
    `SELECT i.json AS json, ${BALANCE_SQL} AS balance, d.error AS detail_error,
              ${HAS_DETAIL_SQL} AS has_detail,
              EXISTS (SELECT 1 FROM invoice_pdfs p WHERE p.invoice_id = i.id) AS has_pdf
         FROM invoices i ${DETAIL_JOIN} WHERE i.id = ?`
  ).get(id) as unknown as ListRow & { detail_error: string | null };
  const item = toItem(row, today);
  const invoice = JSON.parse(row.json) as Invoice;
  const detail = readInvoiceDetail(db, id);
  const pdf = cachedPdfRow(db, id);
  const money = (m: Invoice['total'] | null) =>
    m === null ? null : { amountMinor: m.amountMinor, currency: m.currency };
  const due = item.balance?.amountMinor ?? item.total.amountMinor;
  return {
    ...item,
    subtotal: money(detail?.subtotal ?? invoice.subtotal)!,
    tax: money(detail?.tax ?? invoice.tax),
    credit: money(detail?.credit ?? invoice.credit),
    lines: (detail?.lines ?? []).map((line) => ({
      id: line.id,
      type: line.type,
      description: line.description,
      amount: { amountMinor: line.amount.amountMinor, currency: line.amount.currency },
      taxed: line.taxed
    })),
    transactions: transactionsOf(db, id, detail?.payments ?? null).map(transactionView),
    detailError: row.detail_error,
    pdf: {
      cached: pdf !== null,
      filename: pdf?.filename ?? null,
      sizeBytes: pdf?.size ?? null,
      fetchedAt: pdf?.fetchedAt ?? null
    },
    payable: (UNPAID_INVOICE_STATUSES as readonly string[]).includes(invoice.status) && due > 0
  };
}
