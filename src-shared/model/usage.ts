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
