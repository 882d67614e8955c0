import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, openCache, type OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { bodiesOf } from '@main/core/cache/migrations/005-ticket-search';
import type { Http } from '@main/core/ports';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '@main/core/sync/sync-engine';
import { listTickets } from '@main/core/tickets/ticket-repository';
import { storeFetchedTicket } from '@main/core/tickets/ticket-write-repository';
import { sampleMessage } from '@tests/fakes/model-fixtures';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { ticketListInputSchema } from '@shared/contract';
import type { TicketSummary } from '@shared/model';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

const ZONE = 'Europe/Brussels';

/**
 * Every (word, ticket, column, position) of the search index, sorted; with `reference`, those
 * of an index built from scratch out of the cached tickets (subject and every message body).
 */
function indexed(db: OpenedCache['db'], reference = false): string[] {
  let table = 'ticket_search';
  if (reference) {
    table = 'ticket_search_reference';
    db.exec(`
      CREATE VIRTUAL TABLE temp.${table} USING fts5(
        subject, body, content = '', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO temp.${table} (rowid, subject, body)
        SELECT s.docid, t.subject, ${bodiesOf('t')}
          FROM ticket_state s JOIN tickets t ON t.id = s.ticket_id;
    `);
  }
  db.exec(
    `CREATE VIRTUAL TABLE temp.${table}_instances USING fts5vocab(${reference ? 'temp' : 'main'}, ${table}, instance)`
  );
  const rows = db.prepare(`SELECT term, doc, col, offset FROM temp.${table}_instances`).all() as {
    term: string;
    doc: number;
    col: string;
    offset: number;
  }[];
  db.exec(`DROP TABLE temp.${table}_instances`);
  if (reference) db.exec(`DROP TABLE temp.${table}`);
  return rows.map((r) => `${r.term} ${r.doc} ${r.col} ${r.offset}`).sort();
}

function pending(db: OpenedCache['db']): number {
  return (db.prepare('SELECT count(*) AS n FROM ticket_search_pending').get() as { n: number }).n;
}

/** The ids of the tickets a keyword finds, among every ticket (any status). */
function found(db: OpenedCache['db'], q: string): string[] {
  const input = ticketListInputSchema.parse({ q, status: 'all', limit: 200 });
  return listTickets(db, input, ZONE)
    .tickets.map((t) => t.id)
    .sort();
}

/** A word of the subject that is not a common one, so it finds few tickets. */
function subjectWord(subject: string): string {
  const words = subject.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  return words.sort((a, b) => b.length - a.length)[0] ?? subject;
}

describe('the ticket search index a sync writes', () => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const logger = new RecordingLogger();
  let ticketCalls = 0;
  let onTicketCall: (n: number) => void = () => undefined;

  const adapter = () => {
    const http = createNodeHttp();
    const counting: Http = {
      send: (request) => {
        if (typeof request.body === 'string' && /(^|&)action=GetTicket(&|$)/.test(request.body))
          onTicketCall((ticketCalls += 1));
        return http.send(request);
      }
    };
    return createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        auth: demoClassicAuth()
      },
      { http: counting, clock, logger }
    );
  };
  const sync = (mode: 'full' | 'incremental', signal?: AbortSignal) =>
    runSync(
      { db: cache.db, adapter: adapter(), clock, logger, pageSize: 10 },
      { mode, ...(signal ? { signal } : {}) }
    );

  beforeEach(async () => {
    dir = makeTempDir();
    ticketCalls = 0;
    onTicketCall = () => undefined;
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 5, clock });
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
  });
  afterEach(async () => {
    cache.close();
    await provider.close();
    dir.cleanup();
  });

  it('holds every ticket once, with its subject and whole thread, after a full sync', async () => {
    const report = await sync('full');
    expect(report.ok).toBe(true);
    expect(pending(cache.db)).toBe(0);
    const index = indexed(cache.db);
    expect(index.length).toBeGreaterThan(100);
    expect(index).toEqual(indexed(cache.db, true));
    // Every ticket is found by a word of its subject, and by a word of its last message.
    const tickets = cache.db.prepare('SELECT id, subject, thread_json FROM tickets').all() as {
      id: string;
      subject: string;
      thread_json: string;
    }[];
    expect(tickets.length).toBeGreaterThan(5);
    for (const t of tickets) {
      expect(found(cache.db, subjectWord(t.subject)), t.subject).toContain(t.id);
      const last = (JSON.parse(t.thread_json) as { body: string }[]).at(-1)!.body;
      expect(found(cache.db, subjectWord(last)), last).toContain(t.id);
    }
  });

  it('finds every listed ticket by its subject when the sync is cancelled while threads download', async () => {
    const controller = new AbortController();
    onTicketCall = (n) => {
      if (n === 3) controller.abort();
    };
    const report = await sync('full', controller.signal);
    expect(report.cancelled).toBe(true);
    const tickets = cache.db.prepare('SELECT id, subject, thread_json FROM tickets').all() as {
      id: string;
      subject: string;
      thread_json: string | null;
    }[];
    const withoutThread = tickets.filter((t) => t.thread_json === null);
    expect(withoutThread.length).toBeGreaterThan(5);
    expect(pending(cache.db)).toBe(0);
    expect(indexed(cache.db)).toEqual(indexed(cache.db, true));
    for (const t of withoutThread)
      expect(found(cache.db, subjectWord(t.subject)), t.subject).toContain(t.id);
    // The next sync fetches the remaining threads into the same one-document-per-ticket index.
    expect((await sync('incremental')).ok).toBe(true);
    expect(indexed(cache.db)).toEqual(indexed(cache.db, true));
  });

  it('indexes what a sync killed during its listing left waiting for threads, at the next one', async () => {
    expect((await sync('full')).ok).toBe(true);
    // What a process killed in the middle of a ticket listing leaves committed: a listed
    // ticket waiting for its thread and its search document.
    const row = cache.db.prepare('SELECT id, json FROM tickets ORDER BY id LIMIT 1').get() as {
      id: string;
      json: string;
    };
    const listed = JSON.parse(row.json) as TicketSummary;
    cache.db.prepare('DELETE FROM tickets WHERE id = ?').run(row.id);
    inTransaction(cache.db, () => upsertEntities(cache.db, 'tickets', [listed], 'killed'));
    expect(pending(cache.db)).toBe(1);
    // The next sync is stopped too, before any thread arrives: the ticket is indexed anyway.
    const controller = new AbortController();
    onTicketCall = () => controller.abort();
    expect((await sync('incremental', controller.signal)).cancelled).toBe(true);
    expect(pending(cache.db)).toBe(0);
    expect(found(cache.db, subjectWord(listed.subject))).toContain(row.id);
    expect(indexed(cache.db)).toEqual(indexed(cache.db, true));
  });

  it('indexes a ticket stored outside a sync at once', async () => {
    expect((await sync('full')).ok).toBe(true);
    const row: TicketSummary = {
      id: '990002',
      publicId: '990002',
      subject: 'Greylisted newsletter',
      departmentId: '1',
      departmentName: null,
      status: 'Open',
      priority: 'medium',
      openedAt: '2026-11-20T09:00:00Z',
      lastReplyAt: '2026-11-20T09:00:00Z',
      awaitingCustomer: false,
      isClosed: false
    };
    // What the outbox stores once the provider confirmed a new ticket.
    storeFetchedTicket(cache.db, {
      ...row,
      messages: [sampleMessage('0', 'customer', 'Mails to Gmail bounce', '2026-11-20T09:00:00Z')]
    });
    expect(pending(cache.db)).toBe(0);
    expect(found(cache.db, 'greylisted')).toEqual(['990002']);
    expect(found(cache.db, 'gmail')).toEqual(['990002']);
    // A subject changed at the provider: the next store replaces the document.
    storeFetchedTicket(cache.db, {
      ...row,
      subject: 'Blocklisted newsletter',
      messages: [sampleMessage('0', 'customer', 'Mails to Gmail bounce', '2026-11-20T09:00:00Z')]
    });
    expect(found(cache.db, 'greylisted')).toEqual([]);
    expect(found(cache.db, 'blocklisted')).toEqual(['990002']);
    expect(indexed(cache.db)).toEqual(indexed(cache.db, true));
  });
});
