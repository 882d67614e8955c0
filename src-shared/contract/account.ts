/**
 * The account summary the dashboard opens on: balance, unpaid and overdue invoices, spend.
 */
import { z } from 'zod';
import { invoiceSchema } from '../model/billing';
import { moneyViewSchema } from '../model/common';
import { defineInvoke } from './define';

export const accountSummaryViewSchema = z.object({
  /** False until a first sync has cached the account. */
  synced: z.boolean(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  currency: z.string().nullable(),
  creditBalance: moneyViewSchema.nullable(),
  unpaidCount: z.number().int(),
  unpaidTotal: moneyViewSchema.nullable(),
  overdueCount: z.number().int(),
  overdueTotal: moneyViewSchema.nullable(),
  /** Invoices still asking for money, overdue first (oldest due date first), at most 50. */
  unpaidInvoices: z.array(
    invoiceSchema
      .unwrap()
      .pick({ id: true, number: true, issuedOn: true, dueOn: true, status: true })
      .extend({
        /** The open amount: the balance when known, else the total. */
        amount: moneyViewSchema,
        overdue: z.boolean()
      })
  ),
  /** Invoice totals per local month (YYYY-MM), oldest first, last 12 months. */
  spendByMonth: z.array(z.object({ month: z.string(), total: z.number().int() })),
  counts: z.object({
    domains: z.number().int(),
    services: z.number().int(),
    openTickets: z.number().int()
  })
});
export type AccountSummaryView = z.output<typeof accountSummaryViewSchema>;

export const accountInvokes = {
  'account:get-summary': defineInvoke(
    'Dashboard figures from the cache.',
    z.undefined(),
    accountSummaryViewSchema
  )
} as const;
