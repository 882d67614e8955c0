/**
 * The price list of a profile: read as the settings screen shows it, saved, imported from
 * CSV. Every change re-derives the priced usage, so the next month computed uses it.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { PriceListView } from '@shared/contract';
import { inTransaction } from '../cache/database';
import { derivePricedUsage } from '../usage/recorded-usage-repository';
import { readPriceList, writePrices } from './price-repository';
import { AppFailure } from '../errors';
import {
  currencyFractionDigits,
  parsePriceCsv,
  type PriceCsvIssue,
  type PriceKind
} from './price-list';

/** The price list as the contract shows it. */
export function priceListView(db: DatabaseSync): PriceListView {
  const list = readPriceList(db);
  return {
    currency: list.currency,
    entries: list.entries.map((e) => ({ ...e })),
    unpricedCount: list.entries.filter((e) => e.monthlyPrice === null).length
  };
}

/** Saves the currency and the given prices (null clears one). */
export function savePrices(
  db: DatabaseSync,
  currency: string,
  entries: readonly { kind: PriceKind; name: string; monthlyPrice: number | null }[]
): PriceListView {
  if (currencyFractionDigits(currency) === null)
    throw new AppFailure('invalid-input', `"${currency}" is not a currency code such as EUR.`, {
      code: 'currency-invalid',
      values: { currency }
    });
  const current = readPriceList(db);
  if (
    current.currency !== null &&
    current.currency !== currency &&
    current.entries.some((e) => e.monthlyPrice !== null) &&
    !entriesCoverAllPrices(current.entries, entries)
  )
    throw new AppFailure(
      'invalid-input',
      `The prices are in ${current.currency}; give every price again to switch the list to ${currency}.`,
      { code: 'currency-mismatch', values: { current: current.currency, currency } }
    );
  inTransaction(db, () => {
    writePrices(db, currency, entries);
    derivePricedUsage(db);
  });
  return priceListView(db);
}

/** A currency switch must re-price every priced entry, so no two currencies mix. */
function entriesCoverAllPrices(
  current: readonly { kind: PriceKind; name: string; monthlyPrice: number | null }[],
  given: readonly { kind: PriceKind; name: string }[]
): boolean {
  const keys = new Set(given.map((e) => `${e.kind}\u0000${e.name}`));
  return current.every((e) => e.monthlyPrice === null || keys.has(`${e.kind}\u0000${e.name}`));
}

/** Result of an import: all lines saved, or none and the issues by line. */
export interface PriceImportResult {
  readonly imported: number;
  readonly issues: readonly PriceCsvIssue[];
  readonly list: PriceListView;
}

/** Imports a `kind,name,monthly_price,currency` CSV; nothing is saved when a line is wrong. */
export function importPriceCsv(db: DatabaseSync, csv: string): PriceImportResult {
  const parsed = parsePriceCsv(csv);
  if (!parsed.ok) return { imported: 0, issues: parsed.issues, list: priceListView(db) };
  const current = readPriceList(db);
  if (
    current.currency !== null &&
    current.currency !== parsed.currency &&
    current.entries.some((e) => e.monthlyPrice !== null) &&
    !entriesCoverAllPrices(current.entries, parsed.entries)
  )
    return {
      imported: 0,
      issues: [
        {
          line: 2,
          code: 'currency-list',
          values: { currency: current.currency, got: parsed.currency },
          message: `the list's prices are in ${current.currency}: import ${current.currency} prices, or every priced entry in ${parsed.currency}`
        }
      ],
      list: priceListView(db)
    };
  inTransaction(db, () => {
    writePrices(db, parsed.currency, parsed.entries);
    derivePricedUsage(db);
  });
  return { imported: parsed.entries.length, issues: [], list: priceListView(db) };
}
