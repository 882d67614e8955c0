import type { Migration } from './types';

/**
 * What the last listings stored, page by page: the fingerprint of each page's raw reply (with
 * what its reading depended on), the ids it listed and where the next page started. An
 * incremental sync that gets a byte-identical reply for the same entity, offset and page size
 * counts those ids as seen without reading the page again. Any local write to an entity's
 * rows forgets that entity's pages.
 */
export const migration013: Migration = {
  version: 13,
  name: 'list-page-hashes',
  up: (db) => {
    db.exec(`
      CREATE TABLE list_page_hashes (
        entity TEXT NOT NULL,
        page_offset INTEGER NOT NULL,
        page_size INTEGER NOT NULL,
        hash TEXT NOT NULL,
        ids_json TEXT NOT NULL,
        next_offset INTEGER,
        total INTEGER,
        run_id TEXT NOT NULL,
        PRIMARY KEY (entity, page_offset)
      );
    `);
  }
};
