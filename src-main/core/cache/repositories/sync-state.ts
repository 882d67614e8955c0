/**
 * Per-entity sync bookkeeping: the resumable cursor of an unfinished run, when the entity
 * was last fresh, and the last failure.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface SyncStateRow {
  readonly entity: string;
  readonly cursor: string | null;
  readonly runId: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastAttemptAt: string | null;
  readonly lastErrorKind: string | null;
  readonly lastErrorMessage: string | null;
}

interface RawRow {
  entity: string;
  cursor: string | null;
  run_id: string | null;
  last_success_at: string | null;
  last_attempt_at: string | null;
  last_error_kind: string | null;
  last_error_message: string | null;
}

function fromRaw(row: RawRow): SyncStateRow {
  return {
    entity: row.entity,
    cursor: row.cursor,
    runId: row.run_id,
    lastSuccessAt: row.last_success_at,
    lastAttemptAt: row.last_attempt_at,
    lastErrorKind: row.last_error_kind,
    lastErrorMessage: row.last_error_message
  };
}

/** Reads the state of one entity (null when it was never synced). */
export function getSyncState(db: DatabaseSync, entity: string): SyncStateRow | null {
  const row = db.prepare('SELECT * FROM sync_state WHERE entity = ?').get(entity) as
    RawRow | undefined;
  return row ? fromRaw(row) : null;
}

/** Every entity's state. */
export function listSyncStates(db: DatabaseSync): SyncStateRow[] {
  return (db.prepare('SELECT * FROM sync_state ORDER BY entity').all() as unknown as RawRow[]).map(
    fromRaw
  );
}

function ensureRow(db: DatabaseSync, entity: string): void {
  db.prepare('INSERT OR IGNORE INTO sync_state (entity) VALUES (?)').run(entity);
}

/** Stores where an unfinished run continues. Call inside the page's transaction. */
export function saveCursor(
  db: DatabaseSync,
  entity: string,
  runId: string,
  cursor: string,
  at: string
): void {
  ensureRow(db, entity);
  db.prepare(
    'UPDATE sync_state SET cursor = ?, run_id = ?, last_attempt_at = ? WHERE entity = ?'
  ).run(cursor, runId, at, entity);
}

/** Marks a completed run: clears the cursor and records freshness. */
export function markSuccess(db: DatabaseSync, entity: string, at: string): void {
  ensureRow(db, entity);
  db.prepare(
    'UPDATE sync_state SET cursor = NULL, run_id = NULL, last_success_at = ?, last_attempt_at = ?, last_error_kind = NULL, last_error_message = NULL WHERE entity = ?'
  ).run(at, at, entity);
}

/** Records a failure; the cursor stays so the next run resumes. */
export function markFailure(
  db: DatabaseSync,
  entity: string,
  at: string,
  kind: string,
  message: string
): void {
  ensureRow(db, entity);
  db.prepare(
    'UPDATE sync_state SET last_attempt_at = ?, last_error_kind = ?, last_error_message = ? WHERE entity = ?'
  ).run(at, kind, message, entity);
}

/** Reads a meta value. */
export function getMeta(db: DatabaseSync, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes a meta value. */
export function setMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  ).run(key, value);
}

/** Removes a meta value. */
export function deleteMeta(db: DatabaseSync, key: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}
