/**
 * The accountant's bundle: every invoice issued in a period, as one ZIP (made by fflate)
 * holding each cached PDF, `invoices.csv` and `transactions.csv` (made by the project's CSV
 * writer). Built from the cache only, so it works offline; invoices whose PDF is not cached
 * (or fails its checksum) are listed, never silently dropped.
 */
import type { DatabaseSync } from 'node:sqlite';
import { zipSync, type Zippable } from 'fflate';
import type { Invoice, Transaction } from '@shared/model';
import { moneyToDecimalString, type Money } from '@shared/money';
import { toCsv, type CsvCell } from '../export/csv';
import { invoiceNumbersOf, readCachedInvoices, readTransactionsDated } from './invoice-repository';
import { readCachedPdf, type PdfRefusal } from './pdf-repository';

export interface BundleProgress {
  readonly phase: 'started' | 'adding' | 'finished';
  readonly done: number;
  readonly total: number;
}

export interface Bundle {
  readonly filename: string;
  readonly zip: Uint8Array;
  readonly invoices: number;
  readonly pdfs: number;
  readonly transactions: number;
  readonly missing: readonly {
    readonly invoiceId: string;
    readonly number: string;
    readonly reason: PdfRefusal;
  }[];
}

const money = (m: Money | null): CsvCell => (m === null ? null : moneyToDecimalString(m));

/** A ZIP entry name from an invoice number: letters, digits, dot, dash and underscore only. */
function entryName(invoice: Invoice, taken: Set<string>): string {
  const base = invoice.number.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || invoice.id;
  let name = `invoices/${base}.pdf`;
  if (taken.has(name)) name = `invoices/${base}-${invoice.id}.pdf`;
  taken.add(name);
  return name;
}

/**
 * Builds the bundle of invoices issued from `from` to `to` (local dates in `timeZone`,
 * inclusive), with the transactions dated in the same local days.
 */
export function buildBundle(
  db: DatabaseSync,
  pdfDir: string,
  period: { readonly from: string; readonly to: string; readonly timeZone: string },
  onProgress?: (progress: BundleProgress) => void
): Bundle {
  const invoices = readCachedInvoices(db, period);
  const files: Zippable = {};
  const taken = new Set<string>();
  const pdfFiles = new Map<string, string>();
  const missing: Bundle['missing'][number][] = [];
  onProgress?.({ phase: 'started', done: 0, total: invoices.length });
  for (const [index, invoice] of invoices.entries()) {
    if (invoice.status !== 'draft') {
      const read = readCachedPdf(db, pdfDir, invoice.id);
      if (read.ok) {
        const name = entryName(invoice, taken);
        // PDFs are compressed already: stored as they are, byte for byte.
        files[name] = [read.bytes, { level: 0 }];
        pdfFiles.set(invoice.id, name);
      } else {
        missing.push({ invoiceId: invoice.id, number: invoice.number, reason: read.reason });
      }
    }
    onProgress?.({ phase: 'adding', done: index + 1, total: invoices.length });
  }
  const transactions = readTransactionsDated(db, period.from, period.to, period.timeZone);
  const encoder = new TextEncoder();
  files['invoices.csv'] = encoder.encode(invoicesCsv(invoices, pdfFiles));
  const numbers = invoiceNumbersOf(
    db,
    transactions.flatMap((t) => (t.invoiceId === null ? [] : [t.invoiceId]))
  );
  files['transactions.csv'] = encoder.encode(transactionsCsv(transactions, numbers));
  const zip = zipSync(files, { level: 6 });
  onProgress?.({ phase: 'finished', done: invoices.length, total: invoices.length });
  return {
    filename: `hostdeck-invoices-${period.from}-to-${period.to}.zip`,
    zip,
    invoices: invoices.length,
    pdfs: pdfFiles.size,
    transactions: transactions.length,
    missing
  };
}

/** invoices.csv: one row per invoice, with the PDF's name inside the ZIP (empty: missing). */
export function invoicesCsv(
  invoices: readonly Invoice[],
  pdfFiles: ReadonlyMap<string, string>
): string {
  return toCsv(
    [
      'id',
      'number',
      'issued_on',
      'due_on',
      'paid_at',
      'status',
      'currency',
      'subtotal',
      'tax',
      'credit',
      'total',
      'balance',
      'payment_method',
      'pdf'
    ],
    invoices.map((i) => [
      i.id,
      i.number,
      i.issuedOn,
      i.dueOn,
      i.paidAt,
      i.status,
      i.total.currency,
      money(i.subtotal),
      money(i.tax),
      money(i.credit),
      money(i.total),
      money(i.balance),
      i.paymentMethod,
      pdfFiles.get(i.id) ?? null
    ])
  );
}

/** transactions.csv: the payments and refunds dated in the period. */
export function transactionsCsv(
  transactions: readonly Transaction[],
  numbers: ReadonlyMap<string, string>
): string {
  return toCsv(
    [
      'id',
      'date',
      'invoice_id',
      'invoice_number',
      'description',
      'gateway',
      'reference',
      'amount_in',
      'amount_out',
      'fees',
      'currency'
    ],
    transactions.map((t) => [
      t.id,
      t.date,
      t.invoiceId,
      t.invoiceId === null ? null : (numbers.get(t.invoiceId) ?? null),
      t.description,
      t.gateway,
      t.reference,
      money(t.amountIn),
      money(t.amountOut),
      money(t.fees),
      t.amountIn.currency
    ])
  );
}
