import { z } from 'zod';

/**
 * Calendar date without a time or zone, e.g. "2026-03-14". WHMCS "0000-00-00" is stored as null.
 */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A provider timestamp. WHMCS gives "YYYY-MM-DD HH:MM:SS" in the provider's own local time
 * with no zone; we keep that wall-clock value as "YYYY-MM-DDTHH:MM:SS" (no zone) rather than
 * guessing an offset. Providers that send a zone (REST APIs) keep it ("...Z" or "+02:00").
 */
export const providerDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/,
    'expected YYYY-MM-DDTHH:MM[:SS][zone]'
  );
export type ProviderDateTime = z.infer<typeof providerDateTimeSchema>;

/** A UTC instant on a whole hour, e.g. "2026-03-14T09:00:00Z" (usage data). */
export const isoHourSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00(?:\.000)?Z$/, 'expected a whole UTC hour');
export type IsoHour = z.infer<typeof isoHourSchema>;

/** Integer minor units plus an ISO 4217 currency code (same shape as src-shared/money Money). */
export const moneySchema = z
  .object({
    amountMinor: z.number().int().refine(Number.isSafeInteger, 'amount out of range'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code')
  })
  .readonly();

/** Provider ids are always strings, whatever the wire type. */
export const providerIdSchema = z.string().min(1);
