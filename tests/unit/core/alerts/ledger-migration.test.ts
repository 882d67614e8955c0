import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, schemaVersion } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const now = () => Date.parse('2026-11-22T09:00:00Z');

describe('migration 003 (alerts)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('adds the alert tables to a version 2 cache and keeps its cached domains', () => {
    const path = join(dir.path, 'c.sqlite');
    const v2 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 2)
    });
    v2.db
      .prepare("INSERT INTO domains (id, name, status, json) VALUES ('1', 'a.be', 'active', '{}')")
      .run();
    v2.close();
    const v3 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 3)
    });
    expect(schemaVersion(v3.db)).toBe(3);
    expect(v3.db.prepare("SELECT name FROM domains WHERE id = '1'").get()).toEqual({
      name: 'a.be'
    });
    const tables = (
      v3.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['alert_state', 'alert_ledger', 'alert_history'])
    );
    v3.db
      .prepare(
        "INSERT INTO alert_ledger (key, category, raised_at, handled, payload) VALUES ('domain:1:threshold:7', 'domain', 'x', 0, '{}')"
      )
      .run();
    expect(() =>
      v3.db
        .prepare(
          "INSERT INTO alert_ledger (key, category, raised_at, handled, payload) VALUES ('domain:1:threshold:7', 'domain', 'y', 0, '{}')"
        )
        .run()
    ).toThrow(/UNIQUE/);
    expect(() =>
      v3.db
        .prepare(
          "INSERT INTO alert_history (key, at, event, detail) VALUES ('k', 'x', 'exploded', '')"
        )
        .run()
    ).toThrow(/CHECK/);
    v3.close();
  });
});
