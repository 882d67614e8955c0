import { z } from 'zod';
import { isoHourSchema } from './common';

/**
 * A stretch of consecutive hourly snapshots in which one resource was present with the same
 * pack, price and parent. `end` is exclusive: [start, end).
 */
export const usageIntervalSchema = z
  .object({
    resourceId: z.string().min(1),
    kind: z.enum(['account', 'addon']),
    parentAccountId: z.string().nullable(),
    pack: z.string(),
    /** Monthly price in minor units of the window's currency. */
    monthlyPrice: z.number().int().nonnegative(),
    start: isoHourSchema,
    end: isoHourSchema
  })
  .readonly();
export type UsageInterval = z.infer<typeof usageIntervalSchema>;

/** Usage data for [from, to): the intervals plus which hourly snapshots exist and which are missing. */
export const usageWindowSchema = z
  .object({
    from: isoHourSchema,
    to: isoHourSchema,
    currency: z.string(),
    firstSnapshot: isoHourSchema.nullable(),
    lastSnapshot: isoHourSchema.nullable(),
    missingHours: z.array(isoHourSchema).readonly(),
    intervals: z.array(usageIntervalSchema).readonly()
  })
  .readonly();
export type UsageWindow = z.infer<typeof usageWindowSchema>;

/*
 * The pay-as-you-use month (spec shared/specs/payu.md §3.5–§3.11), declared once: core's
 * engine (core/usage/types.ts) and the contract's usage views (contract/usage.ts) both take
 * their types and schemas from here. Money is integer minor units of the reseller's currency;
 * instants are ISO UTC strings.
 */

/** What a usage resource is: a hosting account or an add-on on one. */
export const resourceKindSchema = usageIntervalSchema.unwrap().shape.kind;
export type ResourceKind = z.infer<typeof resourceKindSchema>;

/** A run's charge: charged (long enough), pending (still open, not yet), free (ended short). */
export const runStatusSchema = z.enum(['charged', 'pending', 'free']);
export type RunStatus = z.infer<typeof runStatusSchema>;

/** One (resource, run, pack, price) line of a month (§3.5). */
export const payuRowSchema = z.object({
  resourceId: z.string(),
  kind: resourceKindSchema,
  parentAccountId: z.string().nullable(),
  runStart: z.string(),
  pack: z.string(),
  monthlyPrice: z.number().int(),
  activeHours: z.number().int(),
  billedHours: z.number().int(),
  billedDays: z.number().int(),
  amount: z.number().int(),
  status: runStatusSchema,
  firstHour: z.string(),
  lastHour: z.string()
});
export type PayuRow = Readonly<z.infer<typeof payuRowSchema>>;

/** Billed hours and amount of one local date of the month (§3.7); `date` is `YYYY-MM-DD`. */
export const payuDailySchema = z.object({
  date: z.string(),
  hours: z.number().int(),
  amount: z.number().int()
});
export type PayuDaily = Readonly<z.infer<typeof payuDailySchema>>;

/** Projection of the month assuming the latest snapshot persists (§3.10). */
export const payuEstimateSchema = z.object({
  now: z.string(),
  amount: z.number().int(),
  monthToDate: z.number().int(),
  pendingHours: z.number().int()
});

/** An hour range [from, to) the month could not read, with its length in hours. */
const hourGap = { from: z.string(), to: z.string(), hours: z.number().int() };

/** Why a month's figures may be off, as a code with its facts and an English message. */
export const payuWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('missing-snapshots'), message: z.string(), ...hourGap }),
  z.object({ code: z.literal('hours-without-data'), message: z.string(), ...hourGap }),
  z.object({
    code: z.literal('established-run'),
    message: z.string(),
    resourceId: z.string(),
    runStart: z.string()
  }),
  z.object({ code: z.literal('non-whole-hour-zone'), message: z.string(), timeZone: z.string() }),
  z.object({
    code: z.literal('addon-without-parent'),
    message: z.string(),
    resourceId: z.string(),
    firstHour: z.string()
  }),
  z.object({
    code: z.literal('addon-parent-absent'),
    message: z.string(),
    resourceId: z.string(),
    parentAccountId: z.string(),
    firstHour: z.string()
  })
]);
export type PayuWarning = Readonly<z.infer<typeof payuWarningSchema>>;

/** The month object of spec §3.11. */
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
  rows: z.array(payuRowSchema.readonly()).readonly(),
  daily: z.array(payuDailySchema.readonly()).readonly(),
  estimate: payuEstimateSchema.readonly(),
  warnings: z.array(payuWarningSchema).readonly()
});
export type PayuMonth = Readonly<z.infer<typeof payuMonthSchema>>;
