/**
 * Billing channels over the cache: the invoice list (paged, filtered and summed in SQLite),
 * one invoice with its lines, payments and cached PDF, the PDF bytes, the provider's payment
 * page, the statement of payments, refunds and credits, and the accountant's ZIP bundle.
 * Everything but `invoices:pay-url` works offline; money is integer minor units.
 */
import { z } from 'zod';
import { moneyViewSchema } from '../model/common';
import { invoiceLineSchema, invoiceSchema, transactionSchema } from '../model/billing';
import { defineEvent, defineInvoke } from './define';

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const invoiceRef = z.object({
  /** The invoice id, or its number as printed ("HD-2026-0042"). */
  id: z.string().trim().min(1).max(100)
});
/** A period of local dates, both inclusive. */
const periodFields = { from: localDateSchema, to: localDateSchema };
const fromNotAfterTo = (p: { readonly from: string; readonly to: string }) => p.from <= p.to;
const fromAfterTo = { message: 'The start date must not be after the end date', path: ['to'] };
const periodSchema = z.object(periodFields).refine(fromNotAfterTo, fromAfterTo);

/** Entries per page of the statement on screen (`statement:get`), at most. */
export const STATEMENT_MAX_PAGE = 500;

/** A period and the page of its statement's entries to send. */
const statementQuerySchema = z
  .object({
    ...periodFields,
    /** The first entry to send (0 for the oldest of the period). */
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(STATEMENT_MAX_PAGE).default(100)
  })
  .refine(fromNotAfterTo, fromAfterTo);

/**
 * Status filter. `unpaid` is every status still asking for money (unpaid, payment pending,
 * collections); `overdue` follows the one overdue rule (the dashboard's and the alerts'),
 * with "today" in the reseller's zone.
 */
export const invoiceStatusFilterSchema = z.enum([
  'all',
  'unpaid',
  'overdue',
  'paid',
  'cancelled',
  'refunded',
  'draft'
]);
export type InvoiceStatusFilter = z.output<typeof invoiceStatusFilterSchema>;

/** Sortable columns; ties fall back to the invoice id in the same direction. */
export const invoiceSortSchema = z.enum(['issued', 'due', 'number', 'total', 'status']);
export type InvoiceSort = z.output<typeof invoiceSortSchema>;

/** The most rows one page of `invoices:list` returns. */
export const INVOICE_LIST_LIMIT = 500;

export const invoiceListInputSchema = z
  .object({
    status: invoiceStatusFilterSchema.default('all'),
    /** Issued on or after this local date. */
    from: localDateSchema.optional(),
    /** Issued on or before this local date. */
    to: localDateSchema.optional(),
    /**
     * Matches the invoice number or id (a leading # is ignored), an amount ("15.95" finds
     * invoices whose total or balance is exactly that) and line descriptions (substring,
     * case-insensitive).
     */
    q: z.string().max(200).optional(),
    sort: invoiceSortSchema.default('issued'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(INVOICE_LIST_LIMIT).default(100)
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The start date must not be after the end date',
    path: ['to']
  });
export type InvoiceListInput = z.output<typeof invoiceListInputSchema>;

/** The model's invoice, line and payment fields the views carry (src-shared/model/billing.ts). */
const invoice = invoiceSchema.unwrap().shape;
const line = invoiceLineSchema.unwrap().shape;
const transaction = transactionSchema.unwrap().shape;

/** One row of the invoice list. */
export const invoiceListItemSchema = z.object({
  id: invoice.id,
  number: invoice.number,
  issuedOn: invoice.issuedOn,
  dueOn: invoice.dueOn,
  /** The provider's wall-clock time of payment ("YYYY-MM-DDTHH:MM:SS"), null when unpaid. */
  paidAt: invoice.paidAt,
  status: invoice.status,
  /** The overdue rule applied today in the reseller's zone. */
  overdue: z.boolean(),
  total: moneyViewSchema,
  /** Still due: from the cached detail (or the list when the provider gives it); null when unknown. */
  balance: moneyViewSchema.nullable(),
  paymentMethod: invoice.paymentMethod,
  /** Lines and payments are cached (the sync fetches them after the lists). */
  detailCached: z.boolean(),
  /** The PDF is cached on disk and can be shown offline. */
  pdfCached: z.boolean()
});
export type InvoiceListItem = z.output<typeof invoiceListItemSchema>;

export const invoiceListSchema = z.object({
  invoices: z.array(invoiceListItemSchema),
  /** Every match of the filters, over all pages. */
  total: z.number().int().nonnegative(),
  /** Sums of every match, per currency: the invoice totals and what is still due on them. */
  sums: z.array(
    z.object({
      currency: z.string(),
      count: z.number().int().nonnegative(),
      total: z.number().int(),
      due: z.number().int()
    })
  ),
  /** Every cached invoice whatever the filters, so the UI can tell "none yet" from "none match". */
  cachedCount: z.number().int().nonnegative(),
  /** The reseller's local date the overdue rule used. */
  today: localDateSchema
});
export type InvoiceList = z.output<typeof invoiceListSchema>;

/** A payment or refund as the statement and the invoice detail show it. */
export const transactionViewSchema = z.object({
  id: transaction.id,
  /** The provider's wall-clock time ("YYYY-MM-DDTHH:MM:SS"), as WHMCS records it. */
  date: transaction.date,
  description: transaction.description,
  gateway: transaction.gateway,
  amountIn: moneyViewSchema,
  amountOut: moneyViewSchema,
  fees: moneyViewSchema,
  /** The gateway's own reference. */
  reference: transaction.reference,
  invoiceId: transaction.invoiceId
});
export type TransactionView = z.output<typeof transactionViewSchema>;

export const invoiceDetailViewSchema = invoiceListItemSchema.extend({
  subtotal: moneyViewSchema,
  tax: moneyViewSchema.nullable(),
  /** Credit applied to the invoice. */
  credit: moneyViewSchema.nullable(),
  lines: z.array(
    z.object({
      id: line.id,
      /** WHMCS item type ("Hosting", "Domain", …); may be empty. */
      type: line.type,
      description: line.description,
      amount: moneyViewSchema,
      taxed: line.taxed
    })
  ),
  /** The payments and refunds recorded against this invoice. */
  transactions: z.array(transactionViewSchema),
  /** Why the provider gave no lines for this invoice (lines are never made up); null otherwise. */
  detailError: z.string().nullable(),
  pdf: z.object({
    cached: z.boolean(),
    /** The provider's file name ("Invoice-HD-2026-0042.pdf"). */
    filename: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    /** ISO instant it was downloaded. */
    fetchedAt: z.string().nullable()
  }),
  /** Money is still due and the provider's payment page can take it ("Pay"). */
  payable: z.boolean()
});
export type InvoiceDetailView = z.output<typeof invoiceDetailViewSchema>;

/** PDF bytes for the viewer or a download, base64-encoded. */
export const invoicePdfSchema = z.object({
  invoiceId: z.string(),
  /** The file name to suggest when saving. */
  filename: z.string(),
  mimeType: z.literal('application/pdf'),
  base64: z.string(),
  sizeBytes: z.number().int().positive(),
  sha256: z.string(),
  /** 'cache' offline or cached; 'provider' when it had to be downloaded just now. */
  source: z.enum(['cache', 'provider'])
});
export type InvoicePdf = z.output<typeof invoicePdfSchema>;

/** One line of the statement. Amounts are minor units of the statement's currency. */
export const statementEntrySchema = z.object({
  /** "tx:<id>" or "credit:<id>". */
  key: z.string(),
  kind: z.enum(['payment', 'refund', 'credit']),
  /** Local date of the entry (the provider's date). */
  date: localDateSchema,
  /** The provider's wall-clock time when known (transactions), else null. */
  at: z.string().nullable(),
  description: z.string(),
  invoiceId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  gateway: z.string().nullable(),
  reference: z.string().nullable(),
  /** Money paid (payments). */
  amountIn: z.number().int(),
  /** Money returned (refunds). */
  amountOut: z.number().int(),
  /** Gateway fees on a payment (borne by the provider; shown for the accountant). */
  fees: z.number().int(),
  /** Credit movement, signed: added is positive, applied to an invoice is negative. */
  credit: z.number().int(),
  /** Running payments minus refunds, from the opening figure. */
  paidBalance: z.number().int(),
  /** Running credit balance, from the opening figure. */
  creditBalance: z.number().int()
});
export type StatementEntry = z.output<typeof statementEntrySchema>;

export const statementSchema = z.object({
  from: localDateSchema,
  to: localDateSchema,
  /** The account's currency; rows in another currency are left out (counted in `skipped`). */
  currency: z.string().nullable(),
  /** Figures from every cached entry before `from`. */
  opening: z.object({ paid: z.number().int(), credit: z.number().int() }),
  closing: z.object({ paid: z.number().int(), credit: z.number().int() }),
  totals: z.object({
    payments: z.number().int(),
    refunds: z.number().int(),
    fees: z.number().int(),
    creditAdded: z.number().int(),
    creditUsed: z.number().int()
  }),
  /** Oldest first. */
  entries: z.array(statementEntrySchema),
  /** The provider's current credit balance (the account), when cached. */
  creditBalanceNow: moneyViewSchema.nullable(),
  /** Rows left out because they are in another currency than the account's. */
  skipped: z.number().int().nonnegative(),
  /** ISO instants the transactions and the credit log were last synced (null: never). */
  syncedAt: z.object({
    transactions: z.string().nullable(),
    credits: z.string().nullable()
  })
});
export type Statement = z.output<typeof statementSchema>;

/**
 * The statement of a period with one page of its entries (`entries`): the renderer never holds
 * every entry of a long period; the CSV export has them all.
 */
export const statementPageSchema = statementSchema.extend({
  /** Entries in the whole period. */
  entryCount: z.number().int().nonnegative(),
  /** The first entry sent: the one asked for, or the last page's when that was past the end. */
  offset: z.number().int().nonnegative()
});
export type StatementPage = z.output<typeof statementPageSchema>;

/** Where the background PDF cache stands. */
export const pdfCacheStatusSchema = z.object({
  scope: z.enum(['24-months', 'all']),
  /** Invoices whose PDF the scope asks for (drafts have none). */
  wanted: z.number().int().nonnegative(),
  /** Of those, cached and current. */
  cached: z.number().int().nonnegative(),
  /** Of those, whose last download failed. */
  failing: z.number().int().nonnegative(),
  running: z.boolean()
});

export const pdfProgressSchema = z.object({
  phase: z.enum(['started', 'downloading', 'finished', 'cancelled', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  invoiceId: z.string().nullable(),
  message: z.string().nullable()
});
export type PdfProgressView = z.output<typeof pdfProgressSchema>;

export const bundleProgressSchema = z.object({
  phase: z.enum(['started', 'adding', 'finished']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative()
});

/** A file for the renderer to hand to a download (Electron then asks where to save it). */
const downloadFile = { filename: z.string(), base64: z.string(), sizeBytes: z.number().int() };

export const invoiceInvokes = {
  'invoices:list': defineInvoke(
    'One page of the cached invoices matching the filters, in the asked order, with the count and sums of every match.',
    invoiceListInputSchema,
    invoiceListSchema
  ),
  'invoices:get': defineInvoke(
    'One cached invoice (by id or number) with its lines, payments and PDF state.',
    invoiceRef,
    invoiceDetailViewSchema
  ),
  'invoices:get-pdf': defineInvoke(
    "An invoice's PDF from the cache (checksum verified); downloaded only when it is not cached and the provider is reachable.",
    invoiceRef,
    invoicePdfSchema
  ),
  'invoices:save-pdf': defineInvoke(
    'The PDF with its file name for "Save PDF…" (same sources as invoices:get-pdf).',
    invoiceRef,
    invoicePdfSchema
  ),
  'invoices:pay-url': defineInvoke(
    "The provider's payment page for an invoice still due, logged in through single sign-on where the provider allows it. Open it with app:open-external. Needs the provider.",
    invoiceRef,
    z.object({ url: z.string(), singleSignOn: z.boolean() })
  ),
  'invoices:get-pdf-status': defineInvoke(
    'How far the offline PDF cache is (scope, wanted, cached, failing, running).',
    z.undefined(),
    pdfCacheStatusSchema
  ),
  'invoices:export-bundle': defineInvoke(
    "The accountant's bundle of a period (invoices issued in it): one ZIP with every cached PDF, invoices.csv and transactions.csv, and the invoices whose PDF is missing. Progress: invoices:bundle-progress.",
    periodSchema,
    z.object({
      ...downloadFile,
      invoices: z.number().int().nonnegative(),
      pdfs: z.number().int().nonnegative(),
      transactions: z.number().int().nonnegative(),
      missing: z.array(
        z.object({
          invoiceId: z.string(),
          number: z.string(),
          reason: z.enum(['not-cached', 'file-missing', 'checksum-mismatch', 'not-a-pdf'])
        })
      )
    })
  ),
  'statement:get': defineInvoke(
    "Payments, refunds and credit movements of a period, oldest first, with running balances: the period's figures and one page of its entries.",
    statementQuerySchema,
    statementPageSchema
  ),
  'statement:export-csv': defineInvoke(
    'The statement of a period as CSV (money as plain decimals).',
    periodSchema,
    z.object({ filename: z.string(), csv: z.string() })
  )
} as const;

export const invoiceEvents = {
  'invoices:pdf-progress': defineEvent(
    'Progress of the background PDF downloader (after each sync).',
    pdfProgressSchema
  ),
  'invoices:bundle-progress': defineEvent(
    'Progress of invoices:export-bundle while it adds PDFs.',
    bundleProgressSchema
  )
} as const;
