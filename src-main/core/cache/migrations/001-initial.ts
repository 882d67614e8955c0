import type { Migration } from './types';

/** Key/value metadata and per-entity sync state (cursor, freshness, last error). */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sync_state (
        entity TEXT PRIMARY KEY,
        cursor TEXT,
        run_id TEXT,
        last_success_at TEXT,
        last_attempt_at TEXT,
        last_error_kind TEXT,
        last_error_message TEXT
      ) STRICT;
    `);
  }
};
