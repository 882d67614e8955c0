import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTicketsList, runTicketsShow } from '@main/cli/commands/tickets-read';
import { inTransaction, openCache } from '@main/core/cache/database';
import { indexPendingTickets, storeThreads } from '@main/core/tickets/ticket-write-repository';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { openProfileStore } from '@main/core/profiles/profile-store';
import type { TicketDetail, TicketListItem } from '@shared/contract';
import { defaultSettings } from '@shared/contract';
import type { TicketMessage, TicketSummary } from '@shared/model';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { sampleMessage, sampleTicket } from '../../fakes/model-fixtures';

function ticket(id: string, overrides: Partial<TicketSummary> = {}): TicketSummary {
  return sampleTicket(id, {
    publicId: String(480000 + Number(id)),
    departmentName: 'Technical',
    ...overrides
  });
}

function message(
  id: string,
  kind: 'staff' | 'customer',
  body: string,
  postedAt: string
): TicketMessage {
  return sampleMessage(id, kind, body, postedAt, {
    author: { name: kind === 'staff' ? 'Ann (Support)' : 'Reseller', kind },
    bodyFormat: 'markdown',
    attachments: kind === 'customer' ? [{ index: 0, filename: 'headers.txt' }] : []
  });
}

type Run = (
  args: readonly string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void }
) => Promise<number>;

async function run(command: Run, args: readonly string[]) {
  let out = '';
  let err = '';
  const code = await command(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('hostdeck tickets list / show', () => {
  let dir: { path: string; cleanup: () => void };

  beforeEach(() => {
    dir = makeTempDir();
    writeFileSync(
      join(dir.path, 'settings.json'),
      JSON.stringify({ ...defaultSettings(), timeZone: 'Europe/Brussels' })
    );
    const store = openProfileStore(dir.path);
    const profile = store.add(
      {
        name: 'Acme hosting',
        kind: 'whmcs',
        baseUrl: 'https://billing.example.com/',
        authMode: 'classic',
        login: 'api-id',
        clientId: '42'
      },
      '2026-03-01T00:00:00Z'
    );
    store.setActive(profile.id);
    const cache = openCache(join(store.dirOf(profile.id), 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => Date.parse('2026-03-20T12:00:00Z')
    });
    // What a sync leaves: the listed tickets, one thread stored by the thread writer, indexed.
    inTransaction(cache.db, () => {
      upsertEntities(
        cache.db,
        'tickets',
        [
          ticket('1', {
            subject: 'Mail bounces',
            status: 'Answered',
            lastReplyAt: '2026-03-10T08:00:00'
          }),
          ticket('2', { subject: 'Invoice question', lastReplyAt: '2026-03-12T08:00:00' }),
          ticket('3', { subject: 'Old migration', status: 'Closed', isClosed: true })
        ],
        'run'
      );
      storeThreads(cache.db, [
        {
          id: '1',
          messages: [
            message('0', 'customer', 'Mail to ops@example.com bounces.', '2026-03-09T10:00:00'),
            message('7', 'staff', 'We fixed the **MX** record.', '2026-03-10T08:00:00')
          ]
        }
      ]);
      indexPendingTickets(cache.db);
    });
    cache.close();
  });
  afterEach(() => dir.cleanup());

  it('lists the active tickets as JSON with counts, unread state and technician', async () => {
    const { code, out, err } = await run(runTicketsList, [
      '--data-dir',
      dir.path,
      '--format',
      'json'
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      total: number;
      cachedCount: number;
      unreadCount: number;
      tickets: TicketListItem[];
    };
    expect(parsed).toMatchObject({ total: 2, cachedCount: 3, unreadCount: 1 });
    expect(parsed.tickets.map((t) => [t.publicId, t.unread, t.technician])).toEqual([
      ['480002', false, null],
      ['480001', true, 'Ann (Support)']
    ]);
  });

  it('filters by keyword in any message, status and local dates, and prints a table', async () => {
    const byWord = await run(runTicketsList, [
      '--data-dir',
      dir.path,
      '--q',
      'MX',
      '--format',
      'json'
    ]);
    expect(
      (JSON.parse(byWord.out) as { tickets: TicketListItem[] }).tickets.map((t) => t.id)
    ).toEqual(['1']);
    const table = await run(runTicketsList, [
      '--data-dir',
      dir.path,
      '--status',
      'all',
      '--from',
      '2026-03-10',
      '--to',
      '2026-03-10'
    ]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^NUMBER +STATUS +LAST REPLY +NEW +TECHNICIAN +SUBJECT$/m);
    expect(table.out).toMatch(
      /#480001 +Answered +2026-03-10 08:00 +\* +Ann \(Support\) +Mail bounces/
    );
    expect(table.out).not.toMatch(/Invoice question/);
    const none = await run(runTicketsList, ['--data-dir', dir.path, '--q', 'nothing-like-this']);
    expect(none).toMatchObject({ code: 0, out: 'No tickets match these filters.\n' });
  });

  it('refuses bad options with exit code 2 and a one-line reason', async () => {
    for (const args of [
      ['--status', 'open'],
      ['--from', '10/03/2026'],
      ['--from', '2026-03-10', '--to', '2026-03-01'],
      ['--format', 'csv'],
      ['--limit', 'ten'],
      ['--whmcs-url', 'https://billing.example.com/'],
      ['--bogus']
    ]) {
      const result = await run(runTicketsList, ['--data-dir', dir.path, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/^hostdeck tickets list: .+\nUsage: hostdeck tickets list/);
      expect(result.out).toBe('');
    }
  });

  it('exits 1 when the profile has never synced', async () => {
    const empty = makeTempDir();
    try {
      const result = await run(runTicketsList, ['--data-dir', empty.path]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/run "hostdeck sync" first/);
    } finally {
      empty.cleanup();
    }
  });

  it('shows a thread by #number as text and by id as JSON, without marking it read', async () => {
    const text = await run(runTicketsShow, ['#480001', '--data-dir', dir.path]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('#480001  Mail bounces');
    expect(text.out).toContain('Technician: Ann (Support)');
    expect(text.out).toContain(
      'Client area: https://billing.example.com/viewticket.php?tid=480001'
    );
    expect(text.out).toMatch(
      /--- Reseller \(customer\), 2026-03-09 10:00\nMail to ops@example.com bounces.\n\[attachments: headers.txt\]/
    );
    expect(text.out).toMatch(
      /--- Ann \(Support\) \(staff\), 2026-03-10 08:00\nWe fixed the \*\*MX\*\* record./
    );
    const json = await run(runTicketsShow, [
      '1',
      '--format',
      'json',
      '--profile',
      'acme HOSTING',
      '--data-dir',
      dir.path
    ]);
    expect(json.code).toBe(0);
    const detail = JSON.parse(json.out) as TicketDetail;
    expect(detail.messages.map((m) => m.id)).toEqual(['0', '7']);
    expect(detail.unread).toBe(true);
    // The same connection named by its address finds the same cache.
    const adHoc = await run(runTicketsShow, [
      '480001',
      '--whmcs-url',
      'https://billing.example.com/',
      '--identifier',
      'api-id',
      '--client-id',
      '42',
      '--data-dir',
      dir.path
    ]);
    expect(adHoc.code).toBe(0);
  });

  it('says so with exit code 2 when the ticket is not cached, and refuses a missing reference', async () => {
    const missing = await run(runTicketsShow, ['#999999', '--data-dir', dir.path]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/ticket #999999 is not in the cache of "Acme hosting"/);
    const none = await run(runTicketsShow, ['--data-dir', dir.path]);
    expect(none.code).toBe(2);
    expect(
      (await run(runTicketsShow, ['1', '--format', 'table', '--data-dir', dir.path])).code
    ).toBe(2);
  });
});
