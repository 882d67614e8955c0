/**
 * The price list of a profile whose provider serves no prices (Combell): a monthly price per
 * service pack and per add-on, in one currency, kept in the profile's cache. Hostdeck's own
 * hourly images are priced from it when a month is computed; a pack or add-on without a
 * price is listed and flagged in the month, never counted as zero silently.
 */
import { z } from 'zod';
import { MONTH_KEY_PATTERN } from '../calendar';
import { defineInvoke } from './define';

/** What a price applies to: a service pack (accounts run on one) or an add-on. */
export const priceKindSchema = z.enum(['servicepack', 'addon']);

/** ISO 4217 code, upper case. */
export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR');

export const priceEntrySchema = z.object({
  kind: priceKindSchema,
  /** The pack's or add-on's name, exactly as the provider names it. */
  name: z.string().min(1).max(200),
  /** Monthly price in minor units of the list's currency; null when not set yet. */
  monthlyPrice: z.number().int().nonnegative().nullable()
});
export type PriceEntry = z.output<typeof priceEntrySchema>;

export const priceListEntryViewSchema = priceEntrySchema.extend({
  /** First and last hour slot (ISO UTC) Hostdeck recorded it in; null if never seen. */
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable()
});
export type PriceListEntryView = z.output<typeof priceListEntryViewSchema>;

export const priceListViewSchema = z.object({
  /** The list's currency; null until prices are set. */
  currency: z.string().nullable(),
  /** Every pack and add-on seen or priced, packs first, then by name. */
  entries: z.array(priceListEntryViewSchema),
  /** Entries without a price. */
  unpricedCount: z.number().int().nonnegative()
});
export type PriceListView = z.output<typeof priceListViewSchema>;

/** One problem of a CSV import, by line number (1 = the header line). */
export const priceImportIssueSchema = z.object({
  line: z.number().int().positive(),
  /**
   * What is wrong, for the screen to word in its language (empty, header, field-count, kind,
   * name-empty, currency, currency-mixed, currency-list, price-not-number, price-decimals,
   * price-too-large, duplicate, no-lines); absent from an older main.
   */
  code: z.string().optional(),
  /** The code's values (got, expected, currency, digits, kind, name, line). */
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The same in English, for JSON consumers and the log. */
  message: z.string()
});
export type PriceImportIssue = z.output<typeof priceImportIssueSchema>;

/** A pack or add-on of the month that has no price in the profile's price list. */
export const unpricedPackSchema = z.object({
  kind: priceKindSchema,
  name: z.string(),
  /** Resources of the month on it. */
  resourceIds: z.array(z.string()),
  /** Their hours present in the month (interpolated hours included). */
  activeHours: z.number().int()
});
export type UnpricedPack = z.output<typeof unpricedPackSchema>;

/**
 * Where a month's snapshots come from, and what Hostdeck's own record adds to the month
 * object (`hostdeck payu` prints these fields in the month object itself).
 */
export const monthSourceSchema = z.object({
  /** The provider's usage data, or Hostdeck's own hourly images (Combell). */
  source: z.enum(['provider', 'hostdeck']),
  /** First hour slot Hostdeck recorded (ISO UTC); hours before it are unknown. Null for 'provider'. */
  recordingSince: z.string().nullable(),
  /** Latest hour slot Hostdeck recorded (ISO UTC); null for 'provider'. */
  lastRecorded: z.string().nullable(),
  /** The price list's currency ('hostdeck'). */
  currency: z.string().nullable(),
  /** Packs and add-ons of the month without a price: their rows count 0, meaning unknown. */
  unpriced: z.array(unpricedPackSchema),
  /**
   * Warnings about the record: `missing-snapshots` per gap of hours Hostdeck was not running
   * (from, to, hours; interpolated when a resource is on both sides) and `unpriced-pack`
   * per pack without a price (kind, name, resourceIds).
   */
  warnings: z.array(z.looseObject({ code: z.string(), message: z.string() }))
});
export type MonthSource = z.output<typeof monthSourceSchema>;

const monthText = z.string().regex(MONTH_KEY_PATTERN, 'Use YYYY-MM');

export const priceInvokes = {
  'usage:get-source': defineInvoke(
    "Where the month's snapshots come from: the provider, or Hostdeck's own hourly record (recording since, missing hours, unpriced packs). Current local month when omitted.",
    z.object({ month: monthText.optional() }).default({}),
    monthSourceSchema
  ),
  'prices:get': defineInvoke(
    "The active profile's price list, pre-filled with every service pack and add-on recorded.",
    z.undefined(),
    priceListViewSchema
  ),
  'prices:save': defineInvoke(
    'Sets the currency and the prices of the given entries (null clears one); entries not given stay as they are.',
    z.object({
      currency: currencyCodeSchema,
      entries: z.array(priceEntrySchema).max(5000)
    }),
    priceListViewSchema
  ),
  'prices:import-csv': defineInvoke(
    'Imports `kind,name,monthly_price,currency` lines (kind servicepack|addon, price as a decimal such as 12.50). All or nothing: with any issue, nothing is saved and the issues are returned.',
    z.object({ csv: z.string().max(1_000_000) }),
    z.object({
      imported: z.number().int().nonnegative(),
      issues: z.array(priceImportIssueSchema),
      list: priceListViewSchema
    })
  )
} as const;
