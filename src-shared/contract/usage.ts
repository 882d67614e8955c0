/**
 * Pay-as-you-use channels: one month's figures computed by the engine from cached hourly
 * snapshots (spec shared/specs/payu.md §3.11), plus the bill check against the provider's
 * invoice for that month.
 */
import { z } from 'zod';
import { defineInvoke } from './define';

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');

export const payuRowSchema = z.object({
  resourceId: z.string(),
  kind: z.enum(['account', 'addon']),
  parentAccountId: z.string().nullable(),
  runStart: z.string(),
  pack: z.string(),
  monthlyPrice: z.number().int(),
  activeHours: z.number().int(),
  billedHours: z.number().int(),
  billedDays: z.number().int(),
  amount: z.number().int(),
  status: z.enum(['charged', 'pending', 'free']),
  firstHour: z.string(),
  lastHour: z.string()
});

export const payuMonthSchema = z.object({
  month: z.string(),
  timeZone: z.string(),
  monthStart: z.string(),
  monthEnd: z.string(),
  hoursInMonth: z.number().int(),
  asOf: z.string(),
  final: z.boolean(),
  total: z.number().int(),
  billedAccounts: z.number().int(),
  billedAddons: z.number().int(),
  packsUsed: z.array(z.string()).readonly(),
  rows: z.array(payuRowSchema).readonly(),
  daily: z
    .array(z.object({ date: z.string(), hours: z.number().int(), amount: z.number().int() }))
    .readonly(),
  estimate: z.object({
    now: z.string(),
    amount: z.number().int(),
    monthToDate: z.number().int(),
    pendingHours: z.number().int()
  }),
  warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })).readonly()
});
export type PayuMonthView = z.output<typeof payuMonthSchema>;

/**
 * The key of `pendingHoursLeft`: one per run, shared by every row of that run (an upgrade
 * inside the first 48 hours gives two rows of one pending run).
 */
export function pendingKey(row: {
  readonly resourceId: string;
  readonly runStart: string;
}): string {
  return `${row.resourceId}|${row.runStart}`;
}

/**
 * The estimate's remaining amount spread over the hours still to come, per local date, so the
 * chart can show where the month is heading. Not a charge: labelled "estimated" on screen.
 */
export const estimatedDaySchema = z.object({
  date: z.string(),
  /** Hour slots of that date after the latest snapshot. */
  hours: z.number().int(),
  amount: z.number().int()
});
export type EstimatedDay = z.output<typeof estimatedDaySchema>;

export const billCheckSchema = z.object({
  invoiceId: z.string(),
  invoiceNumber: z.string(),
  issuedOn: z.string().nullable(),
  /** The PAYU line(s) of the provider's invoice for the month, minor units. */
  invoiced: z.number().int(),
  computed: z.number().int(),
  /** invoiced − computed. */
  difference: z.number().int()
});
export type BillCheck = z.output<typeof billCheckSchema>;

export const usageMonthSchema = z.object({
  /** False when the provider offers no usage snapshots (the screen explains why). */
  available: z.boolean(),
  currency: z.string().nullable(),
  /** Months that have snapshots, newest first, for the month picker. */
  months: z.array(z.string()),
  /** The month shown (the current local month when none was asked for). */
  month: monthText,
  /** Latest cached snapshot (ISO UTC hour), or null before the first usage sync. */
  lastSnapshot: z.string().nullable(),
  /** Null when no snapshot falls in the month (the screen explains why). */
  report: payuMonthSchema.nullable(),
  /** Hours a pending run still needs before it is charged, keyed by `pendingKey(row)`. */
  pendingHoursLeft: z.record(z.string(), z.number().int()),
  /** Remaining days of the month with the estimate's share (empty once the month is over). */
  estimatedDays: z.array(estimatedDaySchema),
  bill: billCheckSchema.nullable()
});
export type UsageMonthView = z.output<typeof usageMonthSchema>;

/** What `usage:export-csv` can write. */
export const usageExportKindSchema = z.enum(['rows', 'daily']);
export type UsageExportKind = z.output<typeof usageExportKindSchema>;

export const usageInvokes = {
  'usage:get-month': defineInvoke(
    "One month of pay-as-you-use figures as of now (current month when omitted), in the reseller's zone.",
    z.object({ month: monthText.optional() }).default({}),
    usageMonthSchema
  ),
  'usage:export-csv': defineInvoke(
    'The month as CSV: the rows, or the daily breakdown.',
    z.object({ month: monthText, what: usageExportKindSchema }),
    z.object({ filename: z.string(), csv: z.string() })
  )
} as const;
