import type { Migration } from './types';

/**
 * The computed pay-as-you-use months. The engine runs when the usage data changes (after a
 * sync, when the zone changes, and once for a month read before it was computed) and stores
 * its result here; the Usage screen reads the totals, the per-day chart and one filtered,
 * sorted page of rows with SQL instead of receiving the whole month.
 *
 * `usage_months.stamp` says for which zone, snapshot coverage and finality the rows hold;
 * a read whose stamp differs computes the month again.
 */
export const migration011: Migration = {
  version: 11,
  name: 'usage-months',
  up: (db) => {
    db.exec(`
      CREATE TABLE usage_months (
        month TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        -- The month object without its rows, days and warnings, plus the estimate by day (JSON).
        summary TEXT NOT NULL,
        computed_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE usage_month_rows (
        month TEXT NOT NULL REFERENCES usage_months (month) ON DELETE CASCADE,
        -- The engine's order (resource, run, first hour, pack, price): the CSV's order.
        seq INTEGER NOT NULL,
        resource_id TEXT NOT NULL,
        -- Ranks of the text columns in the screen's collation (numeric: acc-2 before acc-10).
        resource_rank INTEGER NOT NULL,
        kind TEXT NOT NULL,
        parent_account_id TEXT,
        run_start TEXT NOT NULL,
        pack TEXT NOT NULL,
        pack_rank INTEGER NOT NULL,
        monthly_price INTEGER NOT NULL,
        active_hours INTEGER NOT NULL,
        billed_hours INTEGER NOT NULL,
        billed_days INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('charged', 'pending', 'free')),
        first_hour TEXT NOT NULL,
        last_hour TEXT NOT NULL,
        -- Pending runs: hours still needed before the 48-hour rule charges them.
        pending_hours_left INTEGER,
        -- 0 when the row's pack has no price in the profile's price list; NULL when not said.
        priced INTEGER,
        -- Lower-cased resource, pack, kind and parent, for the text filter.
        search TEXT NOT NULL,
        PRIMARY KEY (month, seq)
      ) STRICT;
      CREATE INDEX usage_month_rows_resource ON usage_month_rows (month, resource_rank, first_hour);
      CREATE TABLE usage_month_days (
        month TEXT NOT NULL REFERENCES usage_months (month) ON DELETE CASCADE,
        date TEXT NOT NULL,
        hours INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        -- The estimate's remainder spread over the days after the latest snapshot.
        estimated_hours INTEGER NOT NULL,
        estimated_amount INTEGER NOT NULL,
        PRIMARY KEY (month, date)
      ) STRICT;
      CREATE TABLE usage_month_warnings (
        month TEXT NOT NULL REFERENCES usage_months (month) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        code TEXT NOT NULL,
        -- The engine's structured warning (JSON).
        payload TEXT NOT NULL,
        PRIMARY KEY (month, seq)
      ) STRICT;
      CREATE INDEX usage_month_warnings_code ON usage_month_warnings (month, code, seq);
    `);
  }
};
