/**
 * The stored fingerprints of listing pages (migration 013): lets an incremental sync skip
 * reading a page whose raw reply has not changed since it was stored.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { KnownPage, KnownPages } from '../../providers/provider';
import { prepared } from '../statements';

interface Row {
  readonly page_size: number;
  readonly hash: string;
  readonly ids_json: string;
  readonly count: number;
  readonly next_offset: number | null;
  readonly total: number | null;
}

/**
 * The stored pages of `entity`, looked up by offset, page size and fingerprint. A page's ids
 * are decoded when first asked for: an unchanged listing needs only their count (the large
 * data's 55,000 listed ids took about 25 ms to decode on every incremental sync).
 */
export function knownPagesOf(db: DatabaseSync, entity: string): KnownPages {
  return {
    lookup(offset, pageSize, hash): KnownPage | null {
      const row = prepared(
        db,
        `SELECT page_size, hash, ids_json, json_array_length(ids_json) AS count, next_offset, total
           FROM list_page_hashes WHERE entity = ? AND page_offset = ?`
      ).get(entity, offset) as Row | undefined;
      if (!row || row.page_size !== pageSize || row.hash !== hash) return null;
      const idsJson = row.ids_json;
      let ids: string[] | null = null;
      return {
        get ids(): string[] {
          return (ids ??= JSON.parse(idsJson) as string[]);
        },
        count: row.count,
        nextOffset: row.next_offset,
        total: row.total
      };
    }
  };
}

/** Remembers one stored page (call in the page's transaction, after its rows are written). */
export function savePageHash(
  db: DatabaseSync,
  entity: string,
  page: {
    readonly offset: number;
    readonly pageSize: number;
    readonly hash: string;
    readonly ids: readonly string[];
    readonly nextOffset: number | null;
    readonly total: number | null;
  },
  runId: string
): void {
  prepared(
    db,
    'INSERT OR REPLACE INTO list_page_hashes (entity, page_offset, page_size, hash, ids_json, next_offset, total, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(
    entity,
    page.offset,
    page.pageSize,
    page.hash,
    JSON.stringify(page.ids),
    page.nextOffset,
    page.total,
    runId
  );
}

/**
 * Forgets every stored page of `entity` (its rows changed outside a listing; upsertEntities
 * does the same for a write without `seen`).
 */
export function forgetPageHashes(db: DatabaseSync, entity: string): void {
  prepared(db, 'DELETE FROM list_page_hashes WHERE entity = ?').run(entity);
}

/** After a complete listing: forgets pages at offsets it did not visit (the listing got shorter). */
export function keepPageHashesAt(
  db: DatabaseSync,
  entity: string,
  offsets: readonly number[]
): void {
  prepared(
    db,
    'DELETE FROM list_page_hashes WHERE entity = ? AND page_offset NOT IN (SELECT value FROM json_each(?))'
  ).run(entity, JSON.stringify(offsets));
}
