import type { Migration } from './types';

/**
 * Hostdeck's own hourly images (issue 14), for providers without usage data (Combell): the
 * resources present in each recorded hour slot with their pack but no price, as intervals
 * like `usage_intervals`; the hours between two recordings when Hostdeck was not running; and
 * the profile's price list (monthly price per service pack and add-on, null until set).
 * The priced `usage_intervals` are derived from these two whenever either changes.
 */
export const migration012: Migration = {
  version: 12,
  name: 'recorded-usage',
  up: (db) => {
    db.exec(`
      CREATE TABLE recorded_intervals (
        resource_id TEXT NOT NULL,
        start_hour INTEGER NOT NULL,
        end_hour INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('account', 'addon')),
        parent_id TEXT,
        pack TEXT NOT NULL,
        PRIMARY KEY (resource_id, start_hour)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX recorded_intervals_end ON recorded_intervals (end_hour);

      CREATE TABLE recorded_missing_hours (
        hour INTEGER PRIMARY KEY
      ) STRICT;

      CREATE TABLE price_list (
        kind TEXT NOT NULL CHECK (kind IN ('servicepack', 'addon')),
        name TEXT NOT NULL,
        monthly_price INTEGER CHECK (monthly_price IS NULL OR monthly_price >= 0),
        first_seen_hour INTEGER,
        last_seen_hour INTEGER,
        PRIMARY KEY (kind, name)
      ) STRICT;
    `);
  }
};
