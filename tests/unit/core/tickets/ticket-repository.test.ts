import { beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays, instantOfLocalTime } from '@main/core/time';
import { inTransaction, type OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { insertOutboxItem, markOutboxSent } from '@main/core/outbox/outbox-repository';
import { indexPendingTickets, storeThreads } from '@main/core/tickets/ticket-write-repository';
import {
  ftsQueryOf,
  getTicket,
  listTickets,
  providerInstant,
  providerTicketUrl
} from '@main/core/tickets/ticket-repository';
import { ticketListInputSchema, type TicketListInput } from '@shared/contract';
import type { TicketMessage, TicketSummary } from '@shared/model';
import { openTempCache } from '@tests/fakes/temp-cache';
import { sampleMessage, sampleTicket } from '@tests/fakes/model-fixtures';

const ZONE = 'Europe/Brussels';

function input(raw: Partial<TicketListInput> = {}): TicketListInput {
  return ticketListInputSchema.parse(raw);
}

describe('ticket queries over a real SQLite cache', () => {
  let cache: OpenedCache;

  /** What the sync and the outbox do: store a thread with its thread writer. */
  const setThread = (id: string, messages: readonly TicketMessage[]) =>
    inTransaction(cache.db, () => storeThreads(cache.db, [{ id, messages }]));
  /** What a writer of tickets does: write the rows, then index what they left pending. */
  const upsertTickets = (rows: readonly TicketSummary[]) =>
    inTransaction(cache.db, () => {
      upsertEntities(cache.db, 'tickets', rows, 'run');
      indexPendingTickets(cache.db);
    });

  beforeEach(() => {
    const temp = openTempCache(() => Date.parse('2026-03-20T12:00:00Z'));
    cache = temp.cache;
    upsertEntities(
      cache.db,
      'departments',
      [
        { id: '1', name: 'Technical', openTickets: null, awaitingReply: null },
        { id: '2', name: 'Billing', openTickets: null, awaitingReply: null }
      ],
      'run'
    );
    upsertTickets([
      sampleTicket('1', {
        subject: 'Mail bounces',
        status: 'Answered',
        lastReplyAt: '2026-03-10T08:00:00'
      }),
      sampleTicket('2', {
        subject: 'Invoice question',
        departmentId: '2',
        departmentName: 'Accounts',
        status: 'Customer-Reply',
        lastReplyAt: '2026-03-12T08:00:00'
      }),
      sampleTicket('3', {
        subject: 'Old migration',
        status: 'Closed',
        isClosed: true,
        lastReplyAt: '2026-02-01T08:00:00'
      }),
      sampleTicket('4', {
        subject: 'SSL renewal',
        status: 'Open',
        lastReplyAt: null,
        openedAt: '2026-03-11T08:00:00'
      }),
      sampleTicket('5', {
        subject: 'DNS change',
        status: 'answered',
        lastReplyAt: '2026-03-05T23:30:00Z'
      })
    ]);
    setThread('1', [
      sampleMessage(
        '0',
        'customer',
        'Mail to "ops@example.com" bounces.\nSince Monday.',
        '2026-03-09T10:00:00'
      ),
      sampleMessage('7', 'staff', 'We fixed the MX record.', '2026-03-10T08:00:00')
    ]);
    setThread('2', [
      sampleMessage('0', 'customer', 'Why was I charged twice?', '2026-03-12T08:00:00')
    ]);
    return temp.close;
  });

  const ids = (result: ReturnType<typeof listTickets>) => result.tickets.map((t) => t.id);

  it('lists active tickets (not closed) by default, newest last reply first', () => {
    const result = listTickets(cache.db, input(), ZONE);
    // 4 has no reply: it sorts by its opening time (11 March).
    expect(ids(result)).toEqual(['2', '4', '1', '5']);
    expect(result.total).toBe(4);
    expect(result.cachedCount).toBe(5);
  });

  it('filters awaiting-you (status Answered, any case), closed and all', () => {
    expect(ids(listTickets(cache.db, input({ status: 'awaiting-you' }), ZONE))).toEqual(['1', '5']);
    expect(ids(listTickets(cache.db, input({ status: 'closed' }), ZONE))).toEqual(['3']);
    expect(ids(listTickets(cache.db, input({ status: 'all' }), ZONE))).toEqual([
      '2',
      '4',
      '1',
      '5',
      '3'
    ]);
  });

  it('marks awaitingYou, fills the department name and counts messages', () => {
    const result = listTickets(cache.db, input({ status: 'all' }), ZONE);
    const byId = new Map(result.tickets.map((t) => [t.id, t]));
    expect(byId.get('1')).toMatchObject({
      awaitingYou: true,
      departmentName: 'Technical',
      messageCount: 2,
      publicId: 'TCK-1'
    });
    // The ticket's own department name wins over the departments cache.
    expect(byId.get('2')).toMatchObject({
      awaitingYou: false,
      departmentName: 'Accounts',
      messageCount: 1
    });
    expect(byId.get('4')).toMatchObject({ messageCount: 0, lastReplyAt: null });
  });

  it('finds a keyword in the subject, case-insensitively', () => {
    expect(ids(listTickets(cache.db, input({ q: 'mail BOUNCES' }), ZONE))).toEqual(['1']);
  });

  it('finds a keyword in message bodies, including quoted text and across statuses with all', () => {
    expect(ids(listTickets(cache.db, input({ q: 'charged twice' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: '"ops@example.com"' }), ZONE))).toEqual(['1']);
    expect(ids(listTickets(cache.db, input({ q: 'mx record', status: 'closed' }), ZONE))).toEqual(
      []
    );
  });

  it('finds a ticket by its exact number, with or without #', () => {
    expect(ids(listTickets(cache.db, input({ q: '#tck-2' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: 'TCK-3', status: 'all' }), ZONE))).toEqual(['3']);
  });

  it('does not match JSON keys or author names, only subjects and bodies', () => {
    expect(listTickets(cache.db, input({ q: 'clientMarker', status: 'all' }), ZONE).total).toBe(0);
    expect(listTickets(cache.db, input({ q: 'Sam (Support)', status: 'all' }), ZONE).total).toBe(0);
  });

  it('filters by last reply date in the reseller zone, both ends inclusive', () => {
    // 5 replied at 23:30 UTC on 5 March, which is 6 March in Brussels.
    expect(
      ids(listTickets(cache.db, input({ from: '2026-03-06', to: '2026-03-06' }), ZONE))
    ).toEqual(['5']);
    expect(
      ids(listTickets(cache.db, input({ from: '2026-03-05', to: '2026-03-05' }), ZONE))
    ).toEqual([]);
    expect(
      ids(listTickets(cache.db, input({ from: '2026-03-05', to: '2026-03-05' }), 'UTC'))
    ).toEqual(['5']);
    // Tickets without a reply never fall in a range.
    expect(ids(listTickets(cache.db, input({ from: '2026-03-10' }), ZONE))).toEqual(['2', '1']);
    expect(ids(listTickets(cache.db, input({ to: '2026-03-10', status: 'all' }), ZONE))).toEqual([
      '1',
      '5',
      '3'
    ]);
  });

  it('rejects a range whose start is after its end', () => {
    expect(ticketListInputSchema.safeParse({ from: '2026-03-10', to: '2026-03-01' }).success).toBe(
      false
    );
  });

  it('returns one page of the asked size while total counts every match', () => {
    const many = Array.from({ length: 520 }, (_, i) =>
      sampleTicket(`bulk-${String(i).padStart(3, '0')}`, {
        lastReplyAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00`
      })
    );
    upsertTickets(many);
    const first = listTickets(cache.db, input({ status: 'all' }), ZONE);
    expect(first.tickets).toHaveLength(50);
    expect(first.total).toBe(525);
    const last = listTickets(cache.db, input({ status: 'all', offset: 500, limit: 200 }), ZONE);
    expect(last.tickets).toHaveLength(25);
    expect(ticketListInputSchema.safeParse({ limit: 201 }).success).toBe(false);
  });

  it('quotes every typed word for FTS5', () => {
    expect(ftsQueryOf('mail "bounces" AND x*')).toBe('"mail"* "bounces"* "AND"* "x"*');
    expect(ftsQueryOf('  ')).toBeNull();
  });

  it('reads wall-clock provider times in the reseller zone and keeps zoned times as given', () => {
    expect(providerInstant('2026-03-10T08:00:00', ZONE)).toBe('2026-03-10T07:00:00.000Z');
    expect(providerInstant('2026-07-10T08:00', ZONE)).toBe('2026-07-10T06:00:00.000Z');
    expect(providerInstant('2026-03-05T23:30:00Z', ZONE)).toBe('2026-03-05T23:30:00.000Z');
    expect(providerInstant(null, ZONE)).toBeNull();
  });

  it('gets one ticket with its public thread oldest first and message times as instants', () => {
    const detail = getTicket(cache.db, '1', ZONE, { baseUrl: null });
    expect(detail).toMatchObject({
      id: '1',
      subject: 'Mail bounces',
      awaitingYou: true,
      messageCount: 2,
      providerUrl: null
    });
    expect(detail?.messages.map((m) => [m.id, m.author.kind, m.postedAt])).toEqual([
      ['0', 'customer', '2026-03-09T09:00:00.000Z'],
      ['7', 'staff', '2026-03-10T07:00:00.000Z']
    ]);
    expect(detail?.messages[0]?.body).toBe('Mail to "ops@example.com" bounces.\nSince Monday.');
  });

  it('never returns anything but staff and customer messages', () => {
    setThread('2', [
      sampleMessage('0', 'customer', 'Question', '2026-03-12T08:00:00'),
      {
        ...sampleMessage('9', 'staff', 'internal only', '2026-03-12T09:00:00'),
        // A kind no provider should send (a staff note): stored as it came, never shown.
        author: { name: 'Sam', kind: 'note' as TicketMessage['author']['kind'] }
      }
    ]);
    const detail = getTicket(cache.db, '2', ZONE, { baseUrl: null });
    expect(detail?.messages.map((m) => m.author.kind)).toEqual(['customer']);
    for (const t of listTickets(cache.db, input({ status: 'all' }), ZONE).tickets) {
      for (const m of getTicket(cache.db, t.id, ZONE, { baseUrl: null })?.messages ?? []) {
        expect(['staff', 'customer']).toContain(m.author.kind);
      }
    }
  });

  it('returns null for a ticket that is not cached and an empty thread before it was synced', () => {
    expect(getTicket(cache.db, 'nope', ZONE, { baseUrl: null })).toBeNull();
    expect(getTicket(cache.db, '4', ZONE, { baseUrl: null })?.messages).toEqual([]);
  });

  it("builds the provider's ticket URL with or without a trailing slash, and none without a base", () => {
    expect(providerTicketUrl({ baseUrl: 'https://billing.example.com/whmcs' }, 'ABC-123')).toBe(
      'https://billing.example.com/whmcs/viewticket.php?tid=ABC-123'
    );
    expect(providerTicketUrl({ baseUrl: 'https://billing.example.com/' }, 'a&b')).toBe(
      'https://billing.example.com/viewticket.php?tid=a%26b'
    );
    expect(providerTicketUrl({ baseUrl: null }, 'X')).toBeNull();
    expect(
      getTicket(cache.db, '1', ZONE, { baseUrl: 'https://billing.example.com' })?.providerUrl
    ).toBe('https://billing.example.com/viewticket.php?tid=TCK-1');
  });

  it('keeps the search index in step with a resynced thread: new words are found, gone words are not', () => {
    expect(ids(listTickets(cache.db, input({ q: 'mx' }), ZONE))).toEqual(['1']);
    setThread('1', [
      sampleMessage('0', 'customer', 'Mail bounces.', '2026-03-09T10:00:00'),
      sampleMessage('8', 'staff', 'The SPF record was wrong; corrected.', '2026-03-10T08:00:00')
    ]);
    expect(ids(listTickets(cache.db, input({ q: 'mx' }), ZONE))).toEqual([]);
    expect(ids(listTickets(cache.db, input({ q: 'spf' }), ZONE))).toEqual(['1']);
    // A renamed subject is searchable at once; a removed ticket leaves the index with its row.
    upsertTickets([sampleTicket('2', { subject: 'Refund request' })]);
    expect(ids(listTickets(cache.db, input({ q: 'refund' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: 'invoice' }), ZONE))).toEqual([]);
    cache.db.prepare("DELETE FROM tickets WHERE id = '1'").run();
    expect(listTickets(cache.db, input({ q: 'spf', status: 'all' }), ZONE).total).toBe(0);
  });

  it('counts a word right while threads are rewritten and tickets removed, before the index is merged', () => {
    // Over 500 matches, so the count is read from the index rather than the matches.
    const many = Array.from({ length: 700 }, (_, k) =>
      sampleTicket(`r${k}`, { subject: `Case ${k}` })
    );
    upsertTickets(many);
    const body = (k: number, text: string) =>
      setThread(`r${k}`, [sampleMessage('0', 'customer', text, '2026-03-01T08:00:00Z')]);
    for (let k = 0; k < 700; k++) body(k, `Renewal ${k} failed`);
    const all = (q: string) => listTickets(cache.db, input({ q, status: 'all' }), ZONE);
    // Ticket 4 of the fixture is "SSL renewal".
    expect(all('renewal').total).toBe(701);
    for (let k = 0; k < 100; k++) body(k, 'Renewal failed again');
    for (let k = 100; k < 150; k++) body(k, 'Solved, thanks');
    cache.db.prepare("DELETE FROM tickets WHERE id IN ('r150', 'r151', 'r152')").run();
    expect(all('renewal').total).toBe(648);
    expect(all('renewal failed').total).toBe(647);
    expect(all('solved').total).toBe(50);
  });

  it('indexes a batch of threads in any arrival order, a ticket given twice by its last thread', () => {
    const many = Array.from({ length: 40 }, (_, k) =>
      sampleTicket(`b${k}`, { subject: `Batch ${k}` })
    );
    upsertTickets(many);
    const thread = (text: string) => [sampleMessage('0', 'customer', text, '2026-03-01T08:00:00Z')];
    // As the sync stores them: newest reply first, four fetches at a time, not in list order.
    const arrival = [...many.keys()].reverse().map((k) => ({
      id: `b${k}`,
      messages: thread(k % 2 === 0 ? `Quota ${k} exceeded` : `Backup ${k} missing`)
    }));
    arrival.push({ id: 'b3', messages: thread('Backup 3 found in a draft') });
    const stored = inTransaction(cache.db, () => storeThreads(cache.db, arrival));
    expect(stored).toBe(41);
    const all = (q: string) => listTickets(cache.db, input({ q, status: 'all' }), ZONE);
    expect(all('quota').total).toBe(20);
    expect(all('backup').total).toBe(20);
    expect(ids(all('draft'))).toEqual(['b3']);
    expect(all('missing').total).toBe(19);
    expect(ids(all('exceeded 12'))).toEqual(['b12']);
    // Rewritten in one batch, in arrival order again: old words leave, new ones come.
    inTransaction(cache.db, () =>
      storeThreads(
        cache.db,
        [30, 5, 18, 2].map((k) => ({ id: `b${k}`, messages: thread(`Restored ${k}`) }))
      )
    );
    expect(all('restored').total).toBe(4);
    expect(all('quota').total).toBe(17);
    expect(all('backup').total).toBe(19);
    expect(ids(all('draft'))).toEqual(['b3']);
    expect(cache.db.prepare('SELECT count(*) AS n FROM ticket_search_pending').get()).toEqual({
      n: 0
    });
  });

  it('finds a word in any message of a long thread, by word prefix and without accents', () => {
    setThread('2', [
      sampleMessage('0', 'customer', 'Why was I charged twice?', '2026-03-12T08:00:00'),
      ...Array.from({ length: 30 }, (_, i) =>
        sampleMessage(
          String(i + 1),
          i % 2 ? 'customer' : 'staff',
          `Reply number ${i + 1}`,
          '2026-03-12T09:00:00'
        )
      ),
      sampleMessage('99', 'customer', 'Résumé of the café bill attached', '2026-03-12T10:00:00'),
      sampleMessage('100', 'customer', 'Sent from Hauptstraße', '2026-03-12T11:00:00')
    ]);
    expect(ids(listTickets(cache.db, input({ q: 'cafe' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: 'RESUM' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: 'charged' }), ZONE))).toEqual(['2']);
    // A plain prefix of a word that is not plain ASCII once indexed.
    expect(ids(listTickets(cache.db, input({ q: 'hauptstra' }), ZONE))).toEqual(['2']);
    expect(ids(listTickets(cache.db, input({ q: 'HAUPTSTRASSE' }), ZONE))).toEqual([]);
    // Every word must occur somewhere in the ticket.
    expect(ids(listTickets(cache.db, input({ q: 'charged spf' }), ZONE))).toEqual([]);
  });

  it('treats FTS5 syntax in the keyword as plain text and never fails on it', () => {
    for (const q of [
      '"',
      'AND',
      'mail OR',
      'NEAR(mail bounces)',
      'subject:mail',
      '*',
      '^mail',
      '(',
      '#',
      '-'
    ]) {
      expect(() => listTickets(cache.db, input({ q, status: 'all' }), ZONE)).not.toThrow();
    }
    expect(ids(listTickets(cache.db, input({ q: 'subject:mail' }), ZONE))).toEqual([]);
    expect(ids(listTickets(cache.db, input({ q: 'NEAR(mail bounces)' }), ZONE))).toEqual([]);
    expect(ids(listTickets(cache.db, input({ q: 'mail*' }), ZONE))).toEqual(['1']);
    expect(listTickets(cache.db, input({ q: '!!!', status: 'all' }), ZONE).total).toBe(0);
  });

  it('sorts by number, subject and opening date in both directions, ties by id', () => {
    const all = (sort: TicketListInput['sort'], dir: 'asc' | 'desc') =>
      ids(listTickets(cache.db, input({ status: 'all', sort, dir }), ZONE));
    expect(all('subject', 'asc')).toEqual(['5', '2', '1', '3', '4']);
    expect(all('subject', 'desc')).toEqual(['4', '3', '1', '2', '5']);
    expect(all('number', 'asc')).toEqual(['1', '2', '3', '4', '5']);
    expect(all('opened', 'desc')).toEqual(['4', '5', '3', '2', '1']);
    expect(all('last-reply', 'asc')).toEqual(['3', '5', '1', '4', '2']);
  });

  it('pages through the matches: the pages together are the whole list, once each', () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      sampleTicket(`m${String(i).padStart(3, '0')}`, {
        subject: i % 2 ? 'Quota warning' : 'Backup report',
        lastReplyAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00`
      })
    );
    upsertTickets(many);
    const seen: string[] = [];
    for (let offset = 0; ; offset += 20) {
      const page = listTickets(cache.db, input({ q: 'quota', offset, limit: 20 }), ZONE);
      expect(page.total).toBe(65);
      expect(page.cachedCount).toBe(135);
      if (page.tickets.length === 0) break;
      seen.push(...ids(page));
    }
    expect(seen).toHaveLength(65);
    expect(new Set(seen).size).toBe(65);
  });

  it('shows the last staff member who answered as technician', () => {
    const result = listTickets(cache.db, input({ status: 'all' }), ZONE);
    const byId = new Map(result.tickets.map((t) => [t.id, t]));
    expect(byId.get('1')?.technician).toBe('Sam (Support)');
    expect(byId.get('2')?.technician).toBeNull();
  });

  it('orders many keyword matches the same whichever way the page is read, in every order', () => {
    // Over 500 matches a page is read down the order's index; below, matches are sorted.
    const stamp = (minutes: number) =>
      new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString().slice(0, 19);
    const many = Array.from({ length: 700 }, (_, k) =>
      sampleTicket(`q${String(k).padStart(3, '0')}`, {
        publicId: String(k * 37 + 5),
        subject: `Quota ${String.fromCharCode(97 + ((k * 7) % 26))}${k}`,
        lastReplyAt: stamp((k * 337) % 700),
        openedAt: k % 50 === 0 ? null : stamp(-((k * 211) % 700))
      })
    );
    upsertTickets(many);
    const docOrder = new Map(many.map((t, k) => [t.id, k]));
    const compare = (a: string | null, b: string | null) => (a === b ? 0 : a! < b! ? -1 : 1);
    const expected = (sort: TicketListInput['sort'], dir: 'asc' | 'desc'): string[] => {
      const key = (t: TicketSummary): string | null =>
        sort === 'last-reply'
          ? t.lastReplyAt
          : sort === 'opened'
            ? t.openedAt
            : sort === 'number'
              ? `${String(t.publicId.length).padStart(3, '0')}${t.publicId}`
              : t.subject.toLowerCase();
      const sign = dir === 'asc' ? 1 : -1;
      return [...many]
        .sort((a, b) => {
          const [ka, kb] = [key(a), key(b)];
          if (ka === null || kb === null) {
            if (ka !== kb) return ka === null ? 1 : -1;
          } else if (ka !== kb) return sign * compare(ka, kb);
          return sign * (docOrder.get(a.id)! - docOrder.get(b.id)!);
        })
        .map((t) => t.id);
    };
    for (const sort of ['last-reply', 'opened', 'number', 'subject'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        for (let offset = 0; offset < 700; offset += 200) {
          const page = listTickets(
            cache.db,
            input({ q: 'quota', status: 'all', sort, dir, offset, limit: 200 }),
            ZONE
          );
          expect(page.total).toBe(700);
          seen.push(...ids(page));
        }
        expect(seen, `${sort} ${dir}`).toEqual(expected(sort, dir));
      }
    }
  });

  it('answers every keyword, status, date and order with the rows of a plain reading, in its order', () => {
    // 1,200 tickets whose words share prefixes ("thank" starts "thank", "thanks" and
    // "thanking"; "zq" starts 80 words), with zoned, wall-clock and missing reply times.
    // Whatever way the list picks to count and page (spelled-out words tested one by one,
    // counted from the small side of a date range, or matches collected first), the result
    // must be the one a plain reading of the rules below gives.
    cache.db.prepare('DELETE FROM tickets').run();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const words = ['thank', 'thanks', 'thanking', 'hello', 'browser', 'browsers', 'cache'];
    const more = ['cached', 'invoice', 'pdf', 'mail', 'café', 'quota', 'dns', 'ssl'];
    const vocabulary = [...words, ...more];
    const statuses = ['Open', 'Answered', 'Closed', 'Customer-Reply', 'On Hold'];
    const day = (k: number) => addCalendarDays('2026-01-01', k);
    interface Fixture {
      readonly summary: TicketSummary;
      readonly text: string;
      readonly docid: number;
    }
    const fixtures: Fixture[] = [];
    for (let k = 0; k < 1200; k++) {
      const pick = () => vocabulary[next(vocabulary.length)]!;
      const hour = String(next(24)).padStart(2, '0');
      const when = `${day(next(300))}T${hour}:${String(next(60)).padStart(2, '0')}:00`;
      const kind = next(25);
      const lastReplyAt = kind === 0 ? null : kind === 1 ? when : `${when}Z`;
      const subject = `${pick()} ${next(3) === 0 ? `zq${next(80)}` : pick()} ${k % 97}`;
      const summary = sampleTicket(`x${k}`, {
        publicId: String(1000 + ((k * 7919) % 5000)),
        subject,
        status: statuses[next(statuses.length)]!,
        lastReplyAt,
        openedAt: next(10) === 0 ? null : `${day(next(300))}T08:00:00Z`
      });
      const bodies = Array.from({ length: 1 + next(3) }, () => `${pick()} and ${pick()}.`);
      fixtures.push({ summary, text: `${subject}\n${bodies.join('\n')}`, docid: k });
      upsertTickets([summary]);
      setThread(
        summary.id,
        bodies.map((body, i) => sampleMessage(String(i), 'customer', body, '2026-01-01T00:00:00Z'))
      );
    }

    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const tokens = new Map(
      fixtures.map((f) => [f.summary.id, fold(f.text).match(/[\p{L}\p{N}]+/gu) ?? []])
    );
    const midnights = new Map<string, string>();
    const instant = (date: string) => {
      if (!midnights.has(date))
        midnights.set(date, new Date(instantOfLocalTime(date, 0, ZONE)).toISOString());
      return midnights.get(date)!;
    };
    const reference = (raw: Partial<TicketListInput>): { ids: string[]; total: number } => {
      const query = input(raw);
      const typed = fold(query.q ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
      const matches = fixtures.filter(({ summary: t }) => {
        const own = tokens.get(t.id)!;
        if (!typed.every((w) => own.some((token) => token.startsWith(w)))) return false;
        const status = t.status.trim().toLowerCase();
        if (query.status === 'active' && status === 'closed') return false;
        if (query.status === 'awaiting-you' && status !== 'answered') return false;
        if (query.status === 'closed' && status !== 'closed') return false;
        if (query.from || query.to) {
          const at = t.lastReplyAt;
          if (at === null) return false;
          if (at.endsWith('Z')) {
            const utc = new Date(at).toISOString();
            if (query.from && utc < instant(query.from)) return false;
            if (query.to && utc >= instant(addCalendarDays(query.to, 1))) return false;
          } else {
            if (query.from && at.slice(0, 10) < query.from) return false;
            if (query.to && at.slice(0, 10) > query.to) return false;
          }
        }
        return true;
      });
      const key = ({ summary: t }: Fixture): string | null =>
        query.sort === 'last-reply'
          ? (t.lastReplyAt ?? t.openedAt)
          : query.sort === 'opened'
            ? t.openedAt
            : query.sort === 'number'
              ? `${String(t.publicId.length).padStart(3, '0')}${t.publicId}`
              : t.subject.toLowerCase();
      const sign = query.dir === 'asc' ? 1 : -1;
      const ordered = [...matches].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        if (ka === null || kb === null) {
          if (ka !== kb) return ka === null ? 1 : -1;
        } else if (ka !== kb) return sign * (ka < kb ? -1 : 1);
        return sign * (a.docid - b.docid);
      });
      return {
        ids: ordered.slice(query.offset, query.offset + query.limit).map((f) => f.summary.id),
        total: matches.length
      };
    };

    const shapes: Partial<TicketListInput>[] = [];
    const dates = [
      {},
      { from: '2000-01-01', to: '2100-12-31' },
      { from: '2026-03-01', to: '2026-03-07' },
      { from: '2026-02-01', to: '2026-07-31' },
      { from: '2026-06-01' },
      { to: '2026-02-15' },
      { from: '2026-10-20' }
    ];
    for (const q of ['thank', 'hello', 'browser cache', 'BROWSERS', 'zq', 'zq1', 'cafe', 'café'])
      for (const status of ['all', 'active'] as const)
        for (const range of dates)
          shapes.push({ q, status, sort: 'last-reply', dir: 'desc', ...range });
    for (const sort of ['last-reply', 'opened', 'number', 'subject'] as const)
      for (const dir of ['asc', 'desc'] as const)
        for (const q of ['thank', 'hello cache', 'invoice pdf'])
          for (const range of [{}, dates[1]!, dates[3]!])
            shapes.push({ q, status: 'all', sort, dir, ...range });
    for (const raw of shapes) {
      for (const [offset, limit] of [
        [0, 50],
        [50, 50],
        [600, 100]
      ] as const) {
        const page = { ...raw, offset, limit };
        const result = listTickets(cache.db, input(page), ZONE);
        const expected = reference(page);
        expect({ ids: ids(result), total: result.total }, JSON.stringify(page)).toEqual(expected);
      }
    }
  });

  it('finds the page when every match lies at the far end of the order', () => {
    // 700 of 1,400 tickets say "legacy", and they are the 700 oldest: reading newest first,
    // the matches' share promises a page within ~100 tickets, but 700 come before the first.
    cache.db.prepare('DELETE FROM tickets').run();
    const stamp = (k: number) => new Date(Date.UTC(2026, 0, 1) + k * 3_600_000).toISOString();
    const all = Array.from({ length: 1400 }, (_, k) =>
      sampleTicket(`f${k}`, {
        publicId: String(5000 + k),
        subject: k < 700 ? `Legacy panel ${k}` : `Current panel ${k}`,
        lastReplyAt: stamp(k)
      })
    );
    upsertTickets(all);
    for (const [offset, dir] of [
      [0, 'desc'],
      [650, 'desc'],
      [0, 'asc']
    ] as const) {
      const page = listTickets(
        cache.db,
        input({ q: 'legacy', status: 'all', sort: 'number', dir, offset, limit: 50 }),
        ZONE
      );
      expect(page.total).toBe(700);
      const expected = Array.from({ length: 700 }, (_, k) => `f${k}`);
      if (dir === 'desc') expected.reverse();
      expect(ids(page), `${dir} from ${offset}`).toEqual(expected.slice(offset, offset + 50));
    }
  });

  it("counts a ticket's unsent outbox writes on its row and shows them in its thread", () => {
    const write = (id: string, kind: 'reply' | 'close', message: string | null) =>
      insertOutboxItem(cache.db, {
        id,
        kind,
        ticketId: '1',
        ticketPublicId: 'TCK-1',
        marker: `m-${id}`,
        payload: { message, subject: null, attachments: [] },
        createdAt: '2026-03-20T12:00:00.000Z'
      });
    write('a', 'reply', 'Still bouncing?');
    write('b', 'close', null);
    markOutboxSent(cache.db, 'b', '2026-03-20T12:01:00.000Z');
    const rows = listTickets(cache.db, input({ status: 'all' }), ZONE).tickets;
    expect(rows.find((t) => t.id === '1')?.pendingOutbox).toBe(1);
    expect(rows.find((t) => t.id === '2')?.pendingOutbox).toBe(0);
    const detail = getTicket(cache.db, '1', ZONE, { baseUrl: null });
    expect(detail?.pendingOutbox).toBe(1);
    expect(detail?.outbox.find((item) => item.id === 'a')).toMatchObject({
      kind: 'reply',
      state: 'queued',
      message: 'Still bouncing?'
    });
  });
});
