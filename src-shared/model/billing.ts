import { z } from 'zod';
import { isoDateSchema, moneySchema, providerDateTimeSchema, providerIdSchema } from './common';

/** Invoice lifecycle status; "overdue" is not a status but the derived `isOverdue`. */
export const invoiceStatusSchema = z.enum([
  'draft',
  'unpaid',
  'payment_pending',
  'paid',
  'collections',
  'cancelled',
  'refunded'
]);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

const invoiceShape = {
  id: providerIdSchema,
  /** The number to show: WHMCS invoicenum when sequential numbering is on, else the id. */
  number: z.string(),
  issuedOn: isoDateSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  paidAt: providerDateTimeSchema.nullable(),
  status: invoiceStatusSchema,
  /** Unpaid and past its due date on the day it was fetched (see isInvoiceOverdue). */
  isOverdue: z.boolean(),
  subtotal: moneySchema,
  /** Both WHMCS tax levels added together; null when the source does not give it. */
  tax: moneySchema.nullable(),
  /** Credit applied to the invoice; null when the source does not give it. */
  credit: moneySchema.nullable(),
  total: moneySchema,
  /** Amount still due; null when the source (WHMCS GetInvoices list) does not give it. */
  balance: moneySchema.nullable(),
  paymentMethod: z.string().nullable()
};

/** An invoice as listed. */
export const invoiceSchema = z.object(invoiceShape).readonly();
export type Invoice = z.infer<typeof invoiceSchema>;

/** One invoice line item. */
export const invoiceLineSchema = z
  .object({
    id: providerIdSchema,
    /** WHMCS item type ("Hosting", "Domain", ...); may be empty. */
    type: z.string(),
    relatedId: z.string().nullable(),
    description: z.string(),
    amount: moneySchema,
    taxed: z.boolean()
  })
  .readonly();
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

/** A payment or refund row (WHMCS transaction). A refund is an amountOut row. */
export const transactionSchema = z
  .object({
    id: providerIdSchema,
    date: providerDateTimeSchema,
    description: z.string(),
    gateway: z.string().nullable(),
    amountIn: moneySchema,
    amountOut: moneySchema,
    fees: moneySchema,
    invoiceId: z.string().nullable(),
    /** The gateway's own transaction reference. */
    reference: z.string().nullable()
  })
  .readonly();
export type Transaction = z.infer<typeof transactionSchema>;

/** An invoice with its lines and the payments recorded against it. */
export const invoiceDetailSchema = z
  .object({
    ...invoiceShape,
    lines: z.array(invoiceLineSchema).readonly(),
    payments: z.array(transactionSchema).readonly()
  })
  .readonly();
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;

/** One entry of the credit log; amounts are signed (credit applied to an invoice is negative). */
export const creditEntrySchema = z
  .object({
    id: providerIdSchema,
    date: isoDateSchema.nullable(),
    description: z.string(),
    amount: moneySchema,
    relatedId: z.string().nullable()
  })
  .readonly();
export type CreditEntry = z.infer<typeof creditEntrySchema>;

/** Statuses that still ask the reseller for money. */
export const UNPAID_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'unpaid',
  'payment_pending',
  'collections'
];

/**
 * Statuses an invoice may still change in: the unpaid ones and drafts. Paid, cancelled and
 * refunded invoices are settled (an incremental sync lists the open ones apart).
 */
export const OPEN_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  ...UNPAID_INVOICE_STATUSES,
  'draft'
];

/** Statuses an invoice can be overdue in (isInvoiceOverdue); payment pending is not late. */
export const OVERDUE_INVOICE_STATUSES = [
  'unpaid',
  'collections'
] as const satisfies readonly InvoiceStatus[];

/**
 * The one overdue rule of Hostdeck (dashboard, alerts, invoices page, CLI): unpaid (or in
 * collections), due strictly before `today` — the reseller's local date, YYYY-MM-DD; ISO
 * dates compare exactly as strings — and, when the amounts are known, still owing money
 * (the balance, else the total).
 */
export function isInvoiceOverdue(
  invoice: {
    readonly status: InvoiceStatus;
    readonly dueOn: string | null;
    readonly balance?: { readonly amountMinor: number } | null;
    readonly total?: { readonly amountMinor: number };
  },
  today: string
): boolean {
  if (!(OVERDUE_INVOICE_STATUSES as readonly InvoiceStatus[]).includes(invoice.status))
    return false;
  if (invoice.dueOn === null || !(invoice.dueOn < today)) return false;
  const owed = invoice.balance ?? invoice.total;
  return owed === undefined || owed.amountMinor > 0;
}
