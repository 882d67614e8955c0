import type { Migration } from './types';

/**
 * Alerts: what the reseller did about each domain (snooze, acknowledge), the ledger that
 * makes every alert key notify once across restarts and resyncs, and an append-only history
 * the domain detail screen shows. They live in the per-profile cache, next to the data the
 * alerts are computed from, so switching profiles switches alert state too.
 */
export const migration003: Migration = {
  version: 3,
  name: 'alerts',
  up: (db) => {
    db.exec(`
      CREATE TABLE alert_state (
        domain_id TEXT PRIMARY KEY,
        snoozed_until TEXT,
        -- The stage ('7', 'grace', …) snoozed "until the next threshold".
        snoozed_at_stage TEXT,
        acknowledged_at TEXT,
        acknowledged_stage TEXT
      ) STRICT;

      -- One row per alert key the rules produce now. A key leaves the table when the rules
      -- stop producing it (the domain was renewed, the invoice paid): it is then "cleared".
      CREATE TABLE alert_ledger (
        key TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        notified_at TEXT,
        -- 1 once shown, summarised, suppressed by a switched-off category or baselined.
        handled INTEGER NOT NULL DEFAULT 0 CHECK (handled IN (0, 1)),
        -- Ticket and invoice alerts are acknowledged per key (domains per stage, in alert_state).
        acknowledged_at TEXT,
        payload TEXT NOT NULL
      ) STRICT;

      CREATE TABLE alert_history (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        domain_id TEXT,
        at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('raised', 'notified', 'snoozed', 'acknowledged', 'cleared')),
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX alert_history_domain ON alert_history (domain_id, id);
    `);
  }
};
