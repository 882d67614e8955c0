/**
 * What an alert or a desktop notification says, as facts: a code and its typed values. Core
 * decides the facts; the renderer, the tray, desktop notifications and the CLI's table write
 * the words in the chosen language (src-shared/i18n/alert-text.ts). JSON output carries these
 * as they are, so it stays language-neutral.
 */
import { z } from 'zod';
import { moneyViewSchema } from '../model/common';

/** A calendar date `YYYY-MM-DD`. */
const day = z.string();

/** A summary's domain alerts, counted by what they say (most urgent first when worded). */
export const domainBreakdownSchema = z.object({
  expired: z.number().int().nonnegative(),
  redemption: z.number().int().nonnegative(),
  grace: z.number().int().nonnegative(),
  /** Domains that crossed a threshold, per threshold in days, smallest first. */
  thresholds: z.array(
    z.object({ days: z.number().int().nonnegative(), count: z.number().int().positive() })
  )
});
export type DomainBreakdown = z.output<typeof domainBreakdownSchema>;

export const alertTextSchema = z.discriminatedUnion('code', [
  /** A domain crossed a threshold: it expires in `daysLeft` days (0 today, 1 tomorrow). */
  z.object({
    code: z.literal('domain-threshold'),
    domain: z.string(),
    daysLeft: z.number().int(),
    expiresOn: day
  }),
  /** In its grace period: still renewable at `renewal` (null when the price is unknown). */
  z.object({
    code: z.literal('domain-grace'),
    domain: z.string(),
    expiresOn: day.nullable(),
    renewal: moneyViewSchema.nullable()
  }),
  /** In redemption: only a restore at `restore` can save it (null when unknown). */
  z.object({
    code: z.literal('domain-redemption'),
    domain: z.string(),
    expiresOn: day.nullable(),
    restore: moneyViewSchema.nullable()
  }),
  z.object({ code: z.literal('domain-expired'), domain: z.string(), expiresOn: day.nullable() }),
  /** A staff reply on the ticket `subject`. */
  z.object({ code: z.literal('ticket-reply'), subject: z.string() }),
  /** Invoice `invoice` (its number) was due on `dueOn` and `balance` is still owed. */
  z.object({
    code: z.literal('invoice-overdue'),
    invoice: z.string(),
    dueOn: day,
    balance: moneyViewSchema.nullable()
  }),
  /** The credit balance is below the reseller's alert level (`threshold`, null when unknown). */
  z.object({
    code: z.literal('low-credit'),
    balance: moneyViewSchema,
    threshold: moneyViewSchema.nullable()
  }),
  /** One notification for many new domain alerts at once. */
  z.object({
    code: z.literal('summary-domains'),
    count: z.number().int().positive(),
    domains: domainBreakdownSchema
  }),
  /** One notification for many new alerts of several kinds at once. */
  z.object({
    code: z.literal('summary'),
    count: z.number().int().positive(),
    /** Domain alerts (null when none), then the other kinds counted. */
    domains: z
      .object({ count: z.number().int().positive(), breakdown: domainBreakdownSchema })
      .nullable(),
    tickets: z.number().int().nonnegative(),
    invoices: z.number().int().nonnegative(),
    lowCredit: z.boolean(),
    /** Domain alerts carried without their facts: only counted. */
    otherDomains: z.number().int().nonnegative()
  })
]);
export type AlertText = z.output<typeof alertTextSchema>;
