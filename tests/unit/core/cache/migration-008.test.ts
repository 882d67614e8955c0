import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { countUnreadTickets } from '@main/core/tickets/ticket-read-repository';
import type { Invoice, InvoiceDetail, Ticket, TicketSummary, Transaction } from '@shared/model';
import { FakeClock } from '@tests/fakes/fake-clock';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';
import { allPages, classicProvider, fixture } from '../providers/whmcs/whmcs-test-kit';

const now = () => Date.parse('2026-11-22T09:00:00Z');

/** What the adapter gives for the fixtures today: UTC instants (the server zone is UTC). */
async function adapterOutput() {
  const http = classicProvider()
    .action('GetTickets', fixture('get-tickets.json'))
    .action('GetTicket', fixture('get-ticket.json'))
    .action('GetInvoices', fixture('get-invoices-page-1.json'), fixture('get-invoices-page-2.json'))
    .action('GetInvoice', fixture('get-invoice-with-payments.json'))
    .action('GetTransactions', fixture('get-transactions.json'));
  const adapter = createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com/whmcs',
      auth: { mode: 'classic', identifier: 'id', secret: 's', clientId: '7' },
      timeZone: 'Europe/Brussels'
    },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
  const items = async <T>(pages: AsyncIterable<{ items: readonly T[] }>) =>
    (await allPages(pages)).flatMap((p) => p.items);
  const ticket = await adapter.getTicket('41');
  return {
    tickets: await items<TicketSummary>(adapter.pages('tickets')),
    // Up to the staff answer: a thread staff wrote last is one that can be unread.
    thread: { ...ticket, messages: ticket.messages.filter((m) => m.id !== '303') },
    invoices: await items<Invoice>(adapter.pages('invoices', { pageSize: 2 })),
    detail: await adapter.getInvoice('102'),
    transactions: await items<Transaction>(adapter.pages('transactions'))
  };
}

/** The same values as an earlier Hostdeck stored them: wall-clock text, no zone. */
function legacy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/(T\d{2}:\d{2}:\d{2})Z"/g, '$1"')) as T;
}

describe('migration 008 (provider times in UTC)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  const open = (version: number): OpenedCache =>
    openCache(join(dir.path, 'c.sqlite'), {
      logger: new RecordingLogger(),
      now,
      migrations: MIGRATIONS.slice(0, version)
    });

  it('rewrites cached wall-clock times as the instants the next sync brings, so nothing is fetched or unread again', async () => {
    const fresh = await adapterOutput();
    const old = legacy(fresh);
    expect(JSON.stringify(old)).not.toMatch(/\d{2}Z"/);

    const v7 = open(7);
    const db = v7.db;
    upsertEntities(db, 'tickets', old.tickets, 'run-1');
    db.prepare(
      'UPDATE tickets SET thread_json = ?, thread_last_reply_at = last_reply_at WHERE id = ?'
    ).run(JSON.stringify(old.thread.messages), '41');
    db.prepare('UPDATE ticket_state SET read_through = staff_reply_at').run();
    upsertEntities(db, 'invoices', old.invoices, 'run-1');
    upsertEntities(db, 'transactions', old.transactions, 'run-1');
    // The detail as a version 7 cache held it (today's writer writes columns added since).
    db.prepare(
      "INSERT INTO invoice_details (invoice_id, json, error, stale, fetched_at) VALUES ('102', ?, NULL, 0, '2026-11-22T09:00:00Z')"
    ).run(JSON.stringify(old.detail));
    const staffReplyAt = old.thread.messages
      .filter((m) => m.author.kind === 'staff')
      .at(-1)?.postedAt;
    db.prepare(
      "INSERT INTO alert_ledger (key, category, raised_at, handled, acknowledged_at, payload) VALUES (?, 'ticket', '2026-11-21T09:31:00.000Z', 1, '2026-11-21T10:00:00.000Z', '{}')"
    ).run(`ticket:41:reply:${staffReplyAt}`);
    db.prepare(
      "INSERT INTO alert_results (key, category, domain_id, payload) VALUES ('x', 'ticket', NULL, '{}')"
    ).run();
    db.prepare("INSERT INTO meta (key, value) VALUES ('alerts.results', '{}')").run();
    expect(countUnreadTickets(db)).toBe(0);
    expect(
      db.prepare("SELECT staff_reply_at FROM ticket_state WHERE ticket_id = '41'").get()
    ).toEqual({ staff_reply_at: '2026-11-21T09:30:16' });
    v7.close();

    const v8 = open(8);
    const after = v8.db;
    // The next sync's rows are already there, to the byte: nothing new is written.
    expect(upsertEntities(after, 'tickets', fresh.tickets, 'run-2')).toBe(0);
    expect(upsertEntities(after, 'invoices', fresh.invoices, 'run-2')).toBe(0);
    expect(upsertEntities(after, 'transactions', fresh.transactions, 'run-2')).toBe(0);
    const ticket = after
      .prepare(
        "SELECT thread_json, last_reply_at, thread_last_reply_at FROM tickets WHERE id = '41'"
      )
      .get() as { thread_json: string; last_reply_at: string; thread_last_reply_at: string };
    expect(ticket.thread_json).toBe(JSON.stringify(fresh.thread.messages));
    expect(ticket.last_reply_at).toBe('2026-11-21T09:30:16Z');
    // No thread waits to be fetched again, and what was read stays read.
    expect(
      after
        .prepare(
          'SELECT id FROM tickets WHERE thread_json IS NOT NULL AND thread_last_reply_at IS NOT last_reply_at'
        )
        .all()
    ).toEqual([]);
    expect(countUnreadTickets(after)).toBe(0);
    const state = after
      .prepare(
        "SELECT last_reply_utc, activity_at, staff_reply_at, read_through FROM ticket_state WHERE ticket_id = '41'"
      )
      .get() as Record<string, string>;
    expect(state.last_reply_utc).toBe('2026-11-21T09:30:16.000Z');
    expect(state.activity_at).toBe('2026-11-21T09:30:16Z');
    expect(state.staff_reply_at).toBe('2026-11-21T09:30:16Z');
    expect(state.read_through).toBe(state.staff_reply_at);
    // The search index still finds the thread's words.
    expect(
      after
        .prepare(
          "SELECT s.ticket_id AS id FROM ticket_search f JOIN ticket_state s ON s.docid = f.rowid WHERE ticket_search MATCH 'SPF'"
        )
        .all()
    ).toEqual([{ id: '41' }]);

    const detail = after
      .prepare("SELECT json, stale FROM invoice_details WHERE invoice_id = '102'")
      .get() as { json: string; stale: number };
    expect(detail.stale).toBe(0);
    expect(JSON.parse(detail.json) as InvoiceDetail).toEqual(fresh.detail);
    expect(after.prepare('SELECT key FROM alert_ledger').all()).toEqual([
      { key: `ticket:41:reply:${staffReplyAt}Z` }
    ]);
    expect(after.prepare('SELECT count(*) AS n FROM alert_results').get()).toEqual({ n: 0 });
    expect(after.prepare("SELECT value FROM meta WHERE key = 'alerts.results'").get()).toBe(
      undefined
    );
    // Ticket ids alone prove nothing: check the fixture's thread came through whole.
    expect((JSON.parse(ticket.thread_json) as Ticket['messages']).length).toBe(3);
    v8.close();
  });
});
