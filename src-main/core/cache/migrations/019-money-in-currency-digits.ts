import { currencyFractionDigits } from '@shared/money';
import type { Migration } from './types';

/**
 * Money is kept in each currency's own minor units (JPY none, KWD three). Before, WHMCS
 * amounts were stored as hundredths whatever the currency, so a cache in such a currency
 * holds amounts the screens read a hundred times too large (or ten times too small). When
 * the cache holds one, the next sync stores everything again in the right units:
 *
 * - the listings' page hashes go, so every page is read again rather than skipped as
 *   unchanged; each row then differs and is rewritten, and its invoice detail goes stale and
 *   is fetched again;
 * - the usage history goes (intervals, missing hours, computed months, the last snapshot and
 *   the listing's cursor), so the next sync fetches the whole history window again;
 * - a detail the usage bill check kept on its invoice row goes.
 *
 * Nothing the reseller made is touched: the outbox, read marks, alert states, the recorded
 * usage and the price list (whose amounts always followed the currency's digits) stay. A
 * cache in two-decimal currencies only (EUR, USD…) is left exactly as it is.
 */
export const migration019: Migration = {
  version: 19,
  name: 'money-in-currency-digits',
  up: (db) => {
    const codes = db
      .prepare(
        `SELECT currency AS code FROM invoices
         UNION SELECT json_extract(json, '$.currency') FROM account
         UNION SELECT value FROM meta WHERE key = 'usage.currency'`
      )
      .all() as { code: unknown }[];
    const affected = codes.some(
      ({ code }) => typeof code === 'string' && currencyFractionDigits(code) !== 2
    );
    if (!affected) return;
    db.exec(`
      DELETE FROM list_page_hashes;
      UPDATE invoices SET detail_json = NULL WHERE detail_json IS NOT NULL;
      DELETE FROM usage_intervals;
      DELETE FROM usage_missing_hours;
      DELETE FROM usage_months;
      DELETE FROM meta WHERE key IN ('usage.first_snapshot', 'usage.last_snapshot');
      DELETE FROM sync_state WHERE entity = 'usage';
    `);
  }
};
