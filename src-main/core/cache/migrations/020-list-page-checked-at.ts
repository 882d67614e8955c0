import type { Migration } from './types';

/**
 * When each stored listing page was last confirmed against the provider: stored from its reply,
 * or found byte-identical to it. An incremental sync does not ask again for a page of settled
 * invoices confirmed within the last hours (see SETTLED_RECHECK_MS in sync-engine); a page
 * stored before this migration has no time and is asked for as before.
 */
export const migration020: Migration = {
  version: 20,
  name: 'list-page-checked-at',
  up: (db) => {
    db.exec('ALTER TABLE list_page_hashes ADD COLUMN checked_at TEXT');
  }
};
