/**
 * The stored fingerprints of listing pages (migrations 013 and 020): lets an incremental sync
 * skip reading a page whose raw reply has not changed since it was stored, and not ask again
 * for a page of settled rows confirmed a short while ago.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { KnownPage, KnownPages } from '../../providers/provider';
import type { ListEntity } from '../entity-table';
import { prepared } from '../statements';

interface Row {
  readonly page_size: number;
  readonly hash: string;
  readonly ids_json: string;
  readonly count: number;
  readonly next_offset: number | null;
  readonly total: number | null;
}

/** A stored page's row as a KnownPage; its ids decoded when first asked for. */
function knownPage(row: Row): KnownPage {
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

/**
 * Which stored pages need not be asked for again: those confirmed at or after `since` (an ISO
 * instant) that list no id of `recheck` and none the entity's table lacks. The last page of a
 * listing is always asked for (new rows arrive there).
 */
export interface RestingPages {
  readonly since: string;
  readonly recheck: readonly string[];
}

/**
 * The stored pages of `entity`, looked up by offset, page size and fingerprint. A page's ids
 * are decoded when first asked for: an unchanged listing needs only their count (the large
 * data's 55,000 listed ids took about 25 ms to decode on every incremental sync). With
 * `resting`, the pages it describes are not asked for at all (`skippable`).
 */
export function knownPagesOf(
  db: DatabaseSync,
  entity: ListEntity,
  resting?: RestingPages
): KnownPages {
  const lookup = (offset: number, pageSize: number, hash: string): KnownPage | null => {
    const row = prepared(
      db,
      `SELECT page_size, hash, ids_json, json_array_length(ids_json) AS count, next_offset, total
         FROM list_page_hashes WHERE entity = ? AND page_offset = ?`
    ).get(entity, offset) as Row | undefined;
    if (!row || row.page_size !== pageSize || row.hash !== hash) return null;
    return knownPage(row);
  };
  if (!resting) return { lookup };
  // Each listed entity is stored in the table of its name.
  const table: ListEntity = entity;
  const recheck = JSON.stringify(resting.recheck);
  return {
    lookup,
    skippable(offset, pageSize, context): KnownPage | null {
      // The page was read under the same context (its hash is "<context>:<fingerprint>"),
      // and every id it lists is in the table and not to be checked again.
      const prefix = `${context}:`;
      const row = prepared(
        db,
        `SELECT page_size, hash, ids_json, json_array_length(ids_json) AS count, next_offset, total
           FROM list_page_hashes AS p
          WHERE entity = ? AND page_offset = ? AND page_size = ? AND checked_at >= ?
            AND next_offset IS NOT NULL AND substr(hash, 1, ?) = ?
            AND NOT EXISTS (
              SELECT 1 FROM json_each(p.ids_json) AS j LEFT JOIN ${table} AS r ON r.id = j.value
               WHERE r.id IS NULL OR j.value IN (SELECT value FROM json_each(?)))`
      ).get(entity, offset, pageSize, resting.since, prefix.length, prefix, recheck) as
        Row | undefined;
      return row ? knownPage(row) : null;
    }
  };
}

/**
 * Whether any stored page of `entity` but the last was confirmed at or after `since`: when
 * none was, every page is to be asked for anyway.
 */
export function anyPageConfirmedSince(db: DatabaseSync, entity: string, since: string): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM list_page_hashes WHERE entity = ? AND checked_at >= ? AND next_offset IS NOT NULL LIMIT 1'
    ).get(entity, since) !== undefined
  );
}

/** The pages at `offsets` were found byte-identical to the provider's reply at `at`. */
export function confirmPages(
  db: DatabaseSync,
  entity: string,
  offsets: readonly number[],
  at: string
): void {
  if (offsets.length === 0) return;
  prepared(
    db,
    'UPDATE list_page_hashes SET checked_at = ? WHERE entity = ? AND page_offset IN (SELECT value FROM json_each(?))'
  ).run(at, entity, JSON.stringify(offsets));
}

/**
 * Remembers one stored page (call in the page's transaction, after its rows are written),
 * confirmed at `at`.
 */
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
  runId: string,
  at: string
): void {
  prepared(
    db,
    'INSERT OR REPLACE INTO list_page_hashes (entity, page_offset, page_size, hash, ids_json, next_offset, total, run_id, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(
    entity,
    page.offset,
    page.pageSize,
    page.hash,
    JSON.stringify(page.ids),
    page.nextOffset,
    page.total,
    runId,
    at
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
