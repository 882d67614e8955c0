/**
 * Pay-as-you-use channels: one month's figures computed by the engine from cached hourly
 * snapshots (spec shared/specs/payu.md §3.11) and stored when the data changes: the totals,
 * the daily chart and the bill check against the provider's invoice (`usage:get-month`), the
 * rows a page at a time (`usage:list-rows`) and the CSV exports.
 */
import { z } from 'zod';
import {
  payuDailySchema,
  payuEstimateSchema,
  payuMonthSchema,
  payuRowSchema,
  runStatusSchema
} from '../model/usage';
import { MONTH_KEY_PATTERN } from '../calendar';
import { defineInvoke } from './define';

const monthText = z.string().regex(MONTH_KEY_PATTERN, 'Use YYYY-MM');

/** The model's month fields a report carries, in the order the view lists them. */
const month = payuMonthSchema.shape;

/** How many warnings of each code a month view carries; `warningCounts` has the full count. */
export const USAGE_WARNINGS_PER_CODE = 50;

/**
 * The month object of the engine (spec §3.11) without its rows: the totals, the per-day
 * figures for the chart, the estimate and the warnings (at most `USAGE_WARNINGS_PER_CODE` per
 * code; a large reseller has thousands of runs older than the cached history). The rows come
 * a page at a time from `usage:list-rows`.
 */
export const usageReportSchema = z.object({
  month: month.month,
  timeZone: month.timeZone,
  monthStart: month.monthStart,
  monthEnd: month.monthEnd,
  hoursInMonth: month.hoursInMonth,
  asOf: month.asOf,
  final: month.final,
  total: month.total,
  billedAccounts: month.billedAccounts,
  billedAddons: month.billedAddons,
  packsUsed: month.packsUsed,
  /** Rows of the month (one per resource, run, pack and price). */
  rowCount: z.number().int().nonnegative(),
  daily: z.array(payuDailySchema).readonly(),
  estimate: payuEstimateSchema,
  /** The model's PayuWarning values; the view checks only the code and message of each. */
  warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })).readonly(),
  /** Warnings of the month per code, including those `warnings` leaves out. */
  warningCounts: z.record(z.string(), z.number().int().nonnegative())
});

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
  report: usageReportSchema.nullable(),
  /** Remaining days of the month with the estimate's share (empty once the month is over). */
  estimatedDays: z.array(estimatedDaySchema),
  bill: billCheckSchema.nullable()
});
export type UsageMonthView = z.output<typeof usageMonthSchema>;

/** Columns `usage:list-rows` sorts by. */
export const USAGE_SORT_KEYS = [
  'resource',
  'kind',
  'pack',
  'price',
  'activeHours',
  'billedHours',
  'billedDays',
  'amount',
  'status'
] as const;
export type UsageSortKey = (typeof USAGE_SORT_KEYS)[number];

/** The largest page `usage:list-rows` returns. */
export const USAGE_ROWS_LIMIT = 500;

export const usageRowsInputSchema = z.object({
  /** The month (the current local month when null, as `usage:get-month` chooses it). */
  month: monthText.nullable().default(null),
  /** Case-insensitive substring of the resource, its parent, the pack or the kind. */
  q: z.string().max(200).default(''),
  status: z.enum(['all', ...runStatusSchema.options]).default('all'),
  sort: z.enum(USAGE_SORT_KEYS).default('resource'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(USAGE_ROWS_LIMIT).default(100)
});
export type UsageRowsInput = z.output<typeof usageRowsInputSchema>;

/** Why a row follows another row of the same resource (null on a resource's first row). */
export const usageRowMarkerSchema = z.enum(['upgraded', 'downgraded', 'price-change', 'new-run']);

/**
 * One row of the page, with where it sits among the matching rows of its resource: the rows
 * of one resource are kept together (at the place of the best-ranked one, in time order).
 */
export const usageRowSchema = payuRowSchema.extend({
  /** Pending runs: hours still needed before the 48-hour rule charges them; null otherwise. */
  pendingHoursLeft: z.number().int().nullable(),
  /** First matching row of its resource. */
  groupStart: z.boolean(),
  /** Matching rows of its resource. */
  groupSize: z.number().int().positive(),
  marker: usageRowMarkerSchema.nullable()
});
export type UsageRowView = z.output<typeof usageRowSchema>;

export const usageRowsSchema = z.object({
  month: monthText,
  rows: z.array(usageRowSchema),
  /** Rows matching the filters. */
  total: z.number().int().nonnegative(),
  /** Sums over every matching row, not only this page. */
  totals: z.object({
    amount: z.number().int(),
    activeHours: z.number().int(),
    billedHours: z.number().int()
  }),
  /** Every row of the month, whatever the filters (0 when the month has no snapshots). */
  rowCount: z.number().int().nonnegative()
});
export type UsageRowsView = z.output<typeof usageRowsSchema>;

/** What `usage:export-csv` can write. */
export const usageExportKindSchema = z.enum(['rows', 'daily']);
export type UsageExportKind = z.output<typeof usageExportKindSchema>;

export const usageInvokes = {
  'usage:get-month': defineInvoke(
    "One month of pay-as-you-use figures as of now (current month when omitted), in the reseller's zone.",
    z.object({ month: monthText.optional() }).default({}),
    usageMonthSchema
  ),
  'usage:list-rows': defineInvoke(
    "One page of the month's rows matching the filters, in the asked order with each resource's rows kept together; total and totals cover every matching row.",
    usageRowsInputSchema,
    usageRowsSchema
  ),
  'usage:export-csv': defineInvoke(
    'The month as CSV: the rows, or the daily breakdown.',
    z.object({ month: monthText, what: usageExportKindSchema }),
    z.object({ filename: z.string(), csv: z.string() })
  )
} as const;
