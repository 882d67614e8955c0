import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, openCache, schemaVersion } from '@main/core/cache/database';
import { LATEST_VERSION, MIGRATIONS } from '@main/core/cache/migrations';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const now = () => Date.parse('2026-11-22T09:00:00Z');

describe('the SQLite cache', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('creates a new file in WAL mode at the latest schema version', () => {
    const cache = openCache(join(dir.path, 'cache.sqlite'), { logger: new RecordingLogger(), now });
    expect(schemaVersion(cache.db)).toBe(LATEST_VERSION);
    expect(cache.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(cache.notice).toBeNull();
    cache.close();
  });

  it('keeps data across reopen and does not re-run migrations', () => {
    const path = join(dir.path, 'cache.sqlite');
    const first = openCache(path, { logger: new RecordingLogger(), now });
    first.db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    first.close();
    const second = openCache(path, { logger: new RecordingLogger(), now });
    expect(second.db.prepare("SELECT value FROM meta WHERE key = 'k'").get()).toEqual({
      value: 'v'
    });
    expect(second.notice).toBeNull();
    second.close();
  });

  it('moves a corrupt file aside, rebuilds, and tells the user', () => {
    const path = join(dir.path, 'cache.sqlite');
    writeFileSync(path, 'this is not a database, just garbage bytes '.repeat(200));
    const logger = new RecordingLogger();
    const cache = openCache(path, { logger, now });
    expect(schemaVersion(cache.db)).toBe(LATEST_VERSION);
    expect(cache.notice).toMatch(/damaged/);
    expect(readdirSync(dir.path).some((f) => f.startsWith('cache.sqlite.corrupt-'))).toBe(true);
    expect(logger.entries.some((e) => e.message === 'cache moved aside')).toBe(true);
    cache.close();
  });

  it('moves aside a cache written by a newer Hostdeck instead of guessing its schema', () => {
    const path = join(dir.path, 'cache.sqlite');
    const future = new DatabaseSync(path);
    future.exec(
      `CREATE TABLE future_table (x INTEGER); PRAGMA user_version = ${LATEST_VERSION + 5}`
    );
    future.close();
    const cache = openCache(path, { logger: new RecordingLogger(), now });
    expect(cache.notice).toMatch(/newer Hostdeck/);
    expect(
      cache.db.prepare("SELECT name FROM sqlite_master WHERE name = 'future_table'").get()
    ).toBeUndefined();
    expect(readdirSync(dir.path).some((f) => f.startsWith('cache.sqlite.newer-'))).toBe(true);
    cache.close();
  });

  it('rolls back a failing transaction so no half-written state remains', () => {
    const cache = openCache(join(dir.path, 'cache.sqlite'), { logger: new RecordingLogger(), now });
    expect(() =>
      inTransaction(cache.db, () => {
        cache.db.prepare("INSERT INTO meta (key, value) VALUES ('a', '1')").run();
        throw new Error('boom');
      })
    ).toThrow('boom');
    expect(cache.db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'a'").get()).toEqual({
      n: 0
    });
    cache.close();
  });

  it('has consecutive migration versions starting at 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(existsSync(dir.path)).toBe(true);
  });
});
