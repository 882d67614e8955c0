import type { Migration } from './types';

/**
 * Provider entities. Each row keeps the normalized model as JSON plus the columns screens
 * filter and sort on. `run_id` marks the full sync that last saw the row: rows a completed
 * full sync did not see are gone at the provider and are deleted then (never on failure).
 */
export const migration002: Migration = {
  version: 2,
  name: 'entities',
  up: (db) => {
    db.exec(`
      CREATE TABLE account (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        synced_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE invoices (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL,
        issued_on TEXT,
        due_on TEXT,
        status TEXT NOT NULL,
        total_minor INTEGER NOT NULL,
        currency TEXT NOT NULL,
        json TEXT NOT NULL,
        detail_json TEXT,
        run_id TEXT
      ) STRICT;
      CREATE INDEX invoices_issued ON invoices (issued_on);
      CREATE INDEX invoices_status ON invoices (status, due_on);

      CREATE TABLE transactions (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        invoice_id TEXT,
        json TEXT NOT NULL,
        run_id TEXT
      ) STRICT;

      CREATE TABLE domains (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        expires_on TEXT,
        next_due_on TEXT,
        auto_renew INTEGER,
        json TEXT NOT NULL,
        run_id TEXT
      ) STRICT;
      CREATE INDEX domains_expiry ON domains (expires_on);

      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        json TEXT NOT NULL,
        run_id TEXT
      ) STRICT;

      CREATE TABLE departments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        run_id TEXT
      ) STRICT;

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        public_id TEXT NOT NULL,
        subject TEXT NOT NULL,
        status TEXT NOT NULL,
        department_id TEXT NOT NULL,
        opened_at TEXT,
        last_reply_at TEXT,
        json TEXT NOT NULL,
        thread_json TEXT,
        thread_last_reply_at TEXT,
        run_id TEXT
      ) STRICT;
      CREATE INDEX tickets_last_reply ON tickets (last_reply_at);

      -- Usage is stored as presence intervals, not one row per resource-hour.
      -- Hours are integers: milliseconds since the epoch / 3,600,000.
      CREATE TABLE usage_intervals (
        resource_id TEXT NOT NULL,
        start_hour INTEGER NOT NULL,
        end_hour INTEGER NOT NULL,
        kind TEXT NOT NULL,
        parent_id TEXT,
        pack TEXT NOT NULL,
        monthly_price INTEGER NOT NULL,
        PRIMARY KEY (resource_id, start_hour)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX usage_intervals_end ON usage_intervals (end_hour);

      CREATE TABLE usage_missing_hours (
        hour INTEGER PRIMARY KEY
      ) STRICT;
    `);
  }
};
