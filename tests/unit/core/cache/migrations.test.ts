import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, openCache, schemaVersion } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { indexPendingTickets, storeThreads } from '@main/core/tickets/ticket-write-repository';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const now = () => Date.parse('2026-11-22T09:00:00Z');

function tables(db: DatabaseSync): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

/** Tables a migration drops because nothing uses them any more. */
const DROPPED: Readonly<Record<number, readonly string[]>> = {
  15: ['ticket_search_deferred']
};

/**
 * One test per migration: apply every step before it, then this one, and check what it adds
 * and that it upgrades a database holding data from the previous version.
 */
describe('cache migrations', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('001 creates the meta and sync_state tables', () => {
    const cache = openCache(join(dir.path, 'c.sqlite'), {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 1)
    });
    expect(schemaVersion(cache.db)).toBe(1);
    expect(tables(cache.db)).toEqual(expect.arrayContaining(['meta', 'sync_state']));
    cache.db.prepare("INSERT INTO sync_state (entity, cursor) VALUES ('invoices', '25')").run();
    cache.close();
  });

  for (const migration of MIGRATIONS.slice(1)) {
    it(`${String(migration.version).padStart(3, '0')} (${migration.name}) upgrades a database at version ${migration.version - 1} without losing its data`, () => {
      const path = join(dir.path, 'c.sqlite');
      const before = openCache(path, {
        logger: new RecordingLogger(),
        now,
        migrations: MIGRATIONS.slice(0, migration.version - 1)
      });
      before.db.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
      const tablesBefore = tables(before.db);
      before.close();
      const after = openCache(path, {
        logger: new RecordingLogger(),
        now,
        migrations: MIGRATIONS.slice(0, migration.version)
      });
      expect(schemaVersion(after.db)).toBe(migration.version);
      expect(after.db.prepare("SELECT value FROM meta WHERE key = 'kept'").get()).toEqual({
        value: 'yes'
      });
      // Every table stays, but those the migration drops on purpose.
      const dropped = DROPPED[migration.version] ?? [];
      expect(tables(after.db)).toEqual(
        expect.arrayContaining(tablesBefore.filter((t) => !dropped.includes(t)))
      );
      for (const table of dropped) expect(tables(after.db)).not.toContain(table);
      after.close();
    });
  }
});

describe('migration 002 (entities)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('adds the entity tables and keeps sync state written at version 1', () => {
    const path = join(dir.path, 'c.sqlite');
    const v1 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 1)
    });
    v1.db.prepare("INSERT INTO sync_state (entity, cursor) VALUES ('invoices', '250')").run();
    v1.close();
    const v2 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 2)
    });
    expect(tables(v2.db)).toEqual(
      expect.arrayContaining([
        'account',
        'invoices',
        'transactions',
        'domains',
        'services',
        'departments',
        'tickets',
        'usage_intervals',
        'usage_missing_hours'
      ])
    );
    expect(v2.db.prepare("SELECT cursor FROM sync_state WHERE entity = 'invoices'").get()).toEqual({
      cursor: '250'
    });
    v2.db
      .prepare("INSERT INTO usage_intervals VALUES ('acc-1', 10, 20, 'account', NULL, 'Pro', 1200)")
      .run();
    expect(() =>
      v2.db
        .prepare(
          "INSERT INTO usage_intervals VALUES ('acc-1', 10, 30, 'account', NULL, 'Pro', 1200)"
        )
        .run()
    ).toThrow(/UNIQUE/);
    v2.close();
  });
});

describe('migration 005 (ticket search)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  const thread = JSON.stringify([
    {
      id: '0',
      author: { name: 'Reseller', kind: 'customer' },
      postedAt: '2026-03-01T09:00:00',
      body: 'The mailbox quota is full',
      clientMarker: null
    },
    {
      id: '1',
      author: { name: 'Ann Staff', kind: 'staff' },
      postedAt: '2026-03-01T11:00:00',
      body: 'We raised the quota to 10 GB',
      clientMarker: null
    }
  ]);

  it('indexes tickets cached at version 4 and starts them read', () => {
    const path = join(dir.path, 'c.sqlite');
    const v4 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 4)
    });
    v4.db
      .prepare(
        "INSERT INTO tickets (id, public_id, subject, status, department_id, json, thread_json) VALUES ('7', '482913', 'Mail problem', 'Answered', '1', '{}', ?)"
      )
      .run(thread);
    v4.close();
    const v5 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 5)
    });
    const matches = (q: string) =>
      v5.db
        .prepare(
          'SELECT s.ticket_id AS id FROM ticket_search JOIN ticket_state s ON s.docid = ticket_search.rowid WHERE ticket_search MATCH ?'
        )
        .all(q) as { id: string }[];
    expect(matches('raised')).toEqual([{ id: '7' }]);
    expect(matches('mailbox')).toEqual([{ id: '7' }]);
    expect(matches('problem')).toEqual([{ id: '7' }]);
    expect(matches('invoice')).toEqual([]);
    expect(
      v5.db
        .prepare('SELECT message_count, technician, staff_reply_at, read_through FROM ticket_state')
        .get()
    ).toEqual({
      message_count: 2,
      technician: 'Ann Staff',
      staff_reply_at: '2026-03-01T11:00:00',
      read_through: '2026-03-01T11:00:00'
    });
    v5.close();
  });
});

describe('migration 015 (ticket search by writers)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  const message = (id: string, kind: 'staff' | 'customer', body: string) => ({
    id,
    author: { name: kind === 'staff' ? 'Ann Staff' : 'Reseller', kind },
    postedAt: '2026-03-01T11:00:00',
    body,
    bodyFormat: 'text' as const,
    attachments: [],
    clientMarker: null
  });

  it('keeps the documents indexed at version 14 and lets the writers index the rest', () => {
    const path = join(dir.path, 'c.sqlite');
    const v14 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 14)
    });
    const insert = v14.db.prepare(
      "INSERT INTO tickets (id, public_id, subject, status, department_id, json, thread_json) VALUES (?, ?, ?, 'Answered', '1', '{}', ?)"
    );
    insert.run(
      '7',
      '482913',
      'Mail problem',
      JSON.stringify([message('0', 'customer', 'The mailbox quota is full')])
    );
    // Listed by a sync killed before its thread came: waiting for its document.
    v14.db.exec('INSERT INTO ticket_search_deferred (one) VALUES (1)');
    insert.run('8', '482914', 'Webmail login', null);
    v14.close();
    const v15 = openCache(path, {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, 15)
    });
    const db = v15.db;
    const matches = (q: string) =>
      (
        db
          .prepare('SELECT count(*) AS n FROM ticket_search WHERE ticket_search MATCH ?')
          .get(q) as {
          n: number;
        }
      ).n;
    const facts = () =>
      db
        .prepare(
          "SELECT message_count, technician, search_doc FROM ticket_state WHERE ticket_id = '7'"
        )
        .get();
    expect([matches('mailbox'), matches('webmail')]).toEqual([1, 0]);
    expect(facts()).toEqual({ message_count: 1, technician: null, search_doc: 1 });

    // A write that is not the thread writer's: the trigger marks the ticket, whose facts and
    // document the pending index derives from the stored thread.
    db.prepare('UPDATE tickets SET thread_json = ? WHERE id = ?').run(
      JSON.stringify([
        message('0', 'customer', 'Quota raised?'),
        message('1', 'staff', 'Reset done')
      ]),
      '7'
    );
    inTransaction(db, () => indexPendingTickets(db));
    expect(facts()).toEqual({ message_count: 2, technician: 'Ann Staff', search_doc: 1 });
    expect([matches('mailbox'), matches('reset'), matches('webmail')]).toEqual([0, 1, 1]);

    inTransaction(db, () =>
      storeThreads(db, [{ id: '7', messages: [message('0', 'customer', 'DNS zone is empty')] }])
    );
    expect([matches('reset'), matches('dns'), matches('problem')]).toEqual([0, 1, 1]);
    expect(facts()).toEqual({ message_count: 1, technician: null, search_doc: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM ticket_search_pending').get()).toEqual({ n: 0 });
    v15.close();
  });
});
