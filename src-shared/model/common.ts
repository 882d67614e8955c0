import { z } from 'zod';

/**
 * Calendar date without a time or zone, e.g. "2026-03-14". WHMCS "0000-00-00" is stored as null.
 */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * A provider timestamp, as a UTC instant ("2026-12-02T09:00:00Z"). WHMCS writes wall-clock
 * text without a zone, in its server's zone; the adapter reads it in the profile's
 * `serverTimeZone` and hands out the instant ({@link utcInstantSchema}). Text without a zone
 * is still accepted here only so that rows cached before cache migration 008 (which rewrote
 * them as UTC) and readers' test data parse.
 */
export const providerDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/,
    'expected YYYY-MM-DDTHH:MM[:SS][zone]'
  );

/** A UTC instant to the second or finer, e.g. "2026-12-02T09:00:00Z": what adapters emit. */
export const utcInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/, 'expected a UTC instant');

/** A UTC instant on a whole hour, e.g. "2026-03-14T09:00:00Z" (usage data). */
export const isoHourSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00(?:\.000)?Z$/, 'expected a whole UTC hour');

/** Integer minor units plus an ISO 4217 currency code. Never a float. */
export const moneySchema = z
  .object({
    amountMinor: z.number().int().refine(Number.isSafeInteger, 'amount out of range'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code')
  })
  .readonly();
/**
 * Money in Hostdeck: the one declaration (src-shared/money re-exports it, the contract's
 * views and every core and renderer module use it). Its arithmetic and the currency's minor
 * digits live in src-shared/money.ts, which stays free of zod.
 */
export type Money = z.infer<typeof moneySchema>;

/**
 * Money as the contract's views carry it: the model's two fields, the code not checked again
 * (a reply is never refused for a currency the cache already holds).
 */
export const moneyViewSchema = z.object({
  amountMinor: z.number().int(),
  currency: z.string()
}) satisfies z.ZodType<Money>;

/** Provider ids are always strings, whatever the wire type. */
export const providerIdSchema = z.string().min(1);
