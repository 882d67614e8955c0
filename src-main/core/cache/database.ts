/**
 * Opens the SQLite cache: WAL mode, numbered migrations tracked with `user_version`, and a
 * recovery path. The cache is re-derivable from the provider, so a file that is corrupt or
 * was written by a newer Hostdeck is moved aside (kept for diagnostics) and rebuilt, never a
 * crash.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../ports';
import { MIGRATIONS, type Migration } from './migrations';

export interface OpenedCache {
  readonly db: DatabaseSync;
  readonly path: string;
  /** A sentence for the user when the cache had to be rebuilt, else null. */
  readonly notice: string | null;
  close(): void;
}

export interface OpenCacheOptions {
  readonly logger: Logger;
  /** Used to name moved-aside files. */
  readonly now: () => number;
  /** Migrations to apply; tests pass a prefix to check each step. */
  readonly migrations?: readonly Migration[];
}

type Verdict =
  { kind: 'ok' } | { kind: 'corrupt'; reason: string } | { kind: 'newer'; version: number };

/** Opens (creating, migrating or rebuilding) the cache at `path`. */
export function openCache(path: string, options: OpenCacheOptions): OpenedCache {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  mkdirSync(dirname(path), { recursive: true });
  let notice: string | null = null;
  if (existsSync(path)) {
    const verdict = inspect(path, latest);
    if (verdict.kind !== 'ok') {
      const suffix = verdict.kind === 'newer' ? 'newer' : 'corrupt';
      const aside = moveAside(path, suffix, options.now());
      notice =
        verdict.kind === 'newer'
          ? `The local cache was written by a newer Hostdeck (schema ${verdict.version}); it was set aside and will be rebuilt from your provider.`
          : 'The local cache was damaged; it was set aside and will be rebuilt from your provider.';
      options.logger.log('warn', 'cache moved aside', {
        path,
        aside,
        reason: verdict.kind === 'corrupt' ? verdict.reason : 'newer'
      });
    }
  }
  const db = new DatabaseSync(path);
  configure(db);
  migrate(db, migrations);
  return { db, path, notice, close: () => db.close() };
}

/** Sets a connection's pragmas: every cache connection's, and the sync benchmark's floor. */
export function configure(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  // 8 MiB of pages (SQLite's default is 2 MiB): the search index and the narrow list tables
  // of a 10,000-ticket cache stay in memory while pages of wide ticket rows come and go.
  db.exec('PRAGMA cache_size = -8192');
  // Statement journals and temporary tables in memory, not in temporary files: a statement
  // that writes several rows inside a larger transaction journals every page it touches that
  // the transaction dirtied before (a page of invoices: most of its indexes' pages), and as
  // files those journals were a third of the bytes a full sync wrote.
  db.exec('PRAGMA temp_store = MEMORY');
  // A checkpoint every 16 MB of log instead of SQLite's 4 MB: a sync rewrites the same index
  // pages commit after commit, and a checkpoint copies each page once, however often it was
  // logged (a full sync of the large data: about a quarter less CPU and time in its commits).
  // The log file is cut back to 32 MB after a checkpoint.
  db.exec('PRAGMA wal_autocheckpoint = 4000');
  db.exec('PRAGMA journal_size_limit = 33554432');
}

/** Reads the schema version of an open database. */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

function inspect(path: string, latest: number): Verdict {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path);
    const check = db.prepare('PRAGMA quick_check').get() as Record<string, unknown> | undefined;
    const first = check ? Object.values(check)[0] : undefined;
    if (first !== 'ok') return { kind: 'corrupt', reason: String(first) };
    const version = schemaVersion(db);
    if (version > latest) return { kind: 'newer', version };
    return { kind: 'ok' };
  } catch (error) {
    return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

function moveAside(path: string, suffix: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const aside = `${path}.${suffix}-${stamp}`;
  renameSync(path, aside);
  for (const extra of ['-wal', '-shm']) {
    if (existsSync(path + extra)) renameSync(path + extra, aside + extra);
  }
  return aside;
}

/**
 * A stamp of the cache's contents: it changes whenever a row is written through this
 * connection (`total_changes()`) or another connection commits (`data_version`), so a value
 * computed from the cache can be kept until the stamp moves.
 */
export function cacheStamp(db: DatabaseSync): string {
  const { written } = db.prepare('SELECT total_changes() AS written').get() as { written: number };
  const { data_version: version } = db.prepare('PRAGMA data_version').get() as {
    data_version: number;
  };
  return `${version}:${written}`;
}

/** Runs `work` inside one transaction (BEGIN IMMEDIATE … COMMIT), rolling back on error. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
