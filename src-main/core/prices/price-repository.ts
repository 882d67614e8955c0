/**
 * The price list Hostdeck prices its own usage record with (migration 012): the currency
 * and a monthly price per service pack and add-on. The recorder adds each pack it sees
 * without a price (recorded-usage-repository.ts); the reseller sets the prices.
 */
import type { DatabaseSync } from 'node:sqlite';
import { getMeta, setMeta } from '../cache/repositories/sync-state';
import { isoFromHour } from '../time';

const CURRENCY = 'prices.currency';

/** The price list's currency, or null before one was set. */
export function readPriceCurrency(db: DatabaseSync): string | null {
  return getMeta(db, CURRENCY);
}

/** One row of the stored price list. */
export interface StoredPrice {
  readonly kind: 'servicepack' | 'addon';
  readonly name: string;
  readonly monthlyPrice: number | null;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** The price list: currency and every entry, packs first, then by name. */
export function readPriceList(db: DatabaseSync): {
  readonly currency: string | null;
  readonly entries: readonly StoredPrice[];
} {
  const rows = db
    .prepare(
      "SELECT * FROM price_list ORDER BY CASE kind WHEN 'servicepack' THEN 0 ELSE 1 END, name"
    )
    .all() as {
    kind: string;
    name: string;
    monthly_price: number | null;
    first_seen_hour: number | null;
    last_seen_hour: number | null;
  }[];
  return {
    currency: readPriceCurrency(db),
    entries: rows.map((r) => ({
      kind: r.kind === 'addon' ? 'addon' : 'servicepack',
      name: r.name,
      monthlyPrice: r.monthly_price,
      firstSeen: r.first_seen_hour === null ? null : isoFromHour(r.first_seen_hour),
      lastSeen: r.last_seen_hour === null ? null : isoFromHour(r.last_seen_hour)
    }))
  };
}

/** Sets the currency and the given prices (null clears one). Call inside a transaction. */
export function writePrices(
  db: DatabaseSync,
  currency: string,
  entries: readonly {
    readonly kind: 'servicepack' | 'addon';
    readonly name: string;
    readonly monthlyPrice: number | null;
  }[]
): void {
  setMeta(db, CURRENCY, currency);
  const upsert = db.prepare(
    `INSERT INTO price_list (kind, name, monthly_price) VALUES (?, ?, ?)
     ON CONFLICT (kind, name) DO UPDATE SET monthly_price = excluded.monthly_price`
  );
  for (const e of entries) upsert.run(e.kind, e.name, e.monthlyPrice);
}
