import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf, pageAll, type ApiReply } from './api-client';

let provider: DemoProvider;
let clock: FakeClock;
const STAFF_DELAY_MS = 5 * 60_000;

beforeEach(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({
    size: 'demo',
    seed: 11,
    clock,
    staffReplyDelayMs: STAFF_DELAY_MS
  });
});
afterEach(() => provider.close());

const replies = (ticket: ApiReply): ApiReply[] => listOf(ticket, 'replies', 'reply');

/** The admin API only covers the API user's departments unless told to ignore them. */
const ALL = { ignore_dept_assignments: 1 } as const;

describe('GetTickets', () => {
  it('pages every ticket with string totalresults', async () => {
    const first = await callApi(provider, { action: 'GetTickets', limitnum: 4, ...ALL });
    expect(first.totalresults).toBe(String(provider.data.tickets.length));
    const { items } = await pageAll(provider, 'GetTickets', 'tickets', 'ticket', ALL, 4);
    expect(new Set(items.map((t) => t.id)).size).toBe(provider.data.tickets.length);
    expect(items[0]).not.toHaveProperty('deptname');
  });

  it('filters by status and by the Awaiting Reply and All Active Tickets pseudo-statuses', async () => {
    const all = (await pageAll(provider, 'GetTickets', 'tickets', 'ticket', ALL, 50)).items;
    const awaiting = (
      await pageAll(
        provider,
        'GetTickets',
        'tickets',
        'ticket',
        { status: 'Awaiting Reply', ...ALL },
        50
      )
    ).items;
    const active = (
      await pageAll(
        provider,
        'GetTickets',
        'tickets',
        'ticket',
        { status: 'All Active Tickets', ...ALL },
        50
      )
    ).items;
    const closed = (
      await pageAll(provider, 'GetTickets', 'tickets', 'ticket', { status: 'Closed', ...ALL }, 50)
    ).items;
    expect(awaiting.map((t) => t.status).every((s) => s === 'Open' || s === 'Customer-Reply')).toBe(
      true
    );
    expect(active.length + closed.length).toBe(all.length);
    expect(closed.every((t) => t.status === 'Closed')).toBe(true);
    expect(new Set(all.map((t) => t.status)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('department assignments (ignore_dept_assignments)', () => {
  it('answers an admin zero tickets and departments, with no list key, unless told to ignore assignments', async () => {
    const tickets = await callApi(provider, { action: 'GetTickets' });
    expect(tickets).toMatchObject({ result: 'success', totalresults: '0', numreturned: 0 });
    expect(tickets).not.toHaveProperty('tickets');
    const departments = await callApi(provider, { action: 'GetSupportDepartments' });
    expect(departments).toEqual({ result: 'success', totalresults: 0 });
    const all = await callApi(provider, { action: 'GetTickets', ...ALL });
    expect(Number(all.totalresults)).toBe(provider.data.tickets.length);
  });

  it('reads the flag as PHP does: "0" is off, but the word "false" switches it on', async () => {
    const off = await callApi(provider, { action: 'GetTickets', ignore_dept_assignments: 0 });
    expect(off.totalresults).toBe('0');
    const word = await callApi(provider, {
      action: 'GetTickets',
      ignore_dept_assignments: 'false'
    });
    expect(Number(word.totalresults)).toBe(provider.data.tickets.length);
  });
});

describe('GetTicket', () => {
  it('returns the opening message as replyid "0", staff replies with admin, [[]] for no attachments', async () => {
    const ticket = provider.data.tickets.find((t) => t.seedMessages >= 2);
    const reply = await callApi(provider, { action: 'GetTicket', ticketid: ticket?.id ?? 0 });
    const thread = replies(reply);
    expect(thread[0]?.replyid).toBe('0');
    expect(thread[0]?.admin).toBe('');
    expect(thread[1]?.admin).not.toBe('');
    expect(thread[1]?.requestor_type).toBe('Operator');
    expect(reply.deptname).not.toBe('');
    const withoutFiles = thread.find((m) => m.attachment === '');
    expect(withoutFiles?.attachments).toEqual([[]]);
  });

  it('finds a ticket by its public number and sorts replies DESC on request', async () => {
    const ticket = provider.data.tickets.find((t) => t.seedMessages >= 3);
    const reply = await callApi(provider, {
      action: 'GetTicket',
      ticketnum: ticket?.tid ?? '',
      repliessort: 'DESC'
    });
    expect(reply.ticketid).toBe(ticket?.id);
    expect(replies(reply).at(-1)?.replyid).toBe('0');
  });

  it('includes staff-only notes under notes, as WHMCS does for API callers', async () => {
    const ticket = provider.data.tickets.find((t) => t.seedNotes > 0);
    const reply = await callApi(provider, { action: 'GetTicket', ticketid: ticket?.id ?? 0 });
    const notes = listOf(reply, 'notes', 'note');
    expect(notes).toHaveLength(ticket?.seedNotes ?? -1);
    expect(String(notes[0]?.message)).toMatch(/^Internal note:/);
  });

  it('lists attachment metadata where messages carry files', async () => {
    const found: unknown[] = [];
    for (const t of provider.data.tickets) {
      const thread = replies(await callApi(provider, { action: 'GetTicket', ticketid: t.id }));
      found.push(...thread.filter((m) => m.attachment !== '').map((m) => m.attachments));
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toEqual([
      expect.objectContaining({ filename: expect.any(String), index: expect.any(Number) })
    ]);
  });
});

describe('departments and statuses', () => {
  it('lists departments with counts as strings and statuses with colours', async () => {
    const deps = await callApi(provider, { action: 'GetSupportDepartments', ...ALL });
    const list = listOf(deps, 'departments', 'department');
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(typeof list[0]?.opentickets).toBe('string');
    const statuses = listOf(
      await callApi(provider, { action: 'GetSupportStatuses' }),
      'statuses',
      'status'
    );
    expect(statuses.map((s) => s.title)).toContain('Customer-Reply');
    expect(statuses.reduce((s, x) => s + Number(x.count), 0)).toBe(provider.data.tickets.length);
  });
});

describe('replying and opening tickets', () => {
  it('sets Customer-Reply on a customer reply and a staff answer appears exactly once after the delay', async () => {
    const ticket = provider.data.tickets.find((t) => t.status === 'Closed');
    const id = ticket?.id ?? 0;
    const before = replies(await callApi(provider, { action: 'GetTicket', ticketid: id })).length;
    expect(
      await callApi(provider, {
        action: 'AddTicketReply',
        ticketid: id,
        clientid: 1,
        message: 'Still broken.'
      })
    ).toEqual({ result: 'success' });
    await callApi(provider, {
      action: 'AddTicketReply',
      ticketid: id,
      clientid: 1,
      message: 'And another detail.'
    });
    let now = await callApi(provider, { action: 'GetTicket', ticketid: id });
    expect(now.status).toBe('Customer-Reply');
    expect(replies(now)).toHaveLength(before + 2);

    clock.advance(STAFF_DELAY_MS - 1);
    now = await callApi(provider, { action: 'GetTicket', ticketid: id });
    expect(replies(now)).toHaveLength(before + 2);

    clock.advance(1);
    clock.advance(10 * STAFF_DELAY_MS);
    now = await callApi(provider, { action: 'GetTicket', ticketid: id });
    expect(now.status).toBe('Answered');
    const thread = replies(now);
    expect(thread).toHaveLength(before + 3);
    expect(thread.at(-1)?.admin).not.toBe('');
    expect(thread.at(-1)?.date).toBe('2026-11-22 09:05:00');
  });

  it('opens a ticket (id, tid, c) that GetTicket then returns with its opening message', async () => {
    const opened = await callApi(provider, {
      action: 'OpenTicket',
      clientid: 1,
      deptid: 2,
      subject: 'PDF missing',
      message: 'Hello',
      priority: 'High'
    });
    expect(opened).toEqual({
      result: 'success',
      id: expect.any(Number),
      tid: expect.stringMatching(/^\d{6}$/),
      c: expect.any(String)
    });
    const ticket = await callApi(provider, { action: 'GetTicket', ticketid: Number(opened.id) });
    expect(ticket.status).toBe('Open');
    expect(ticket.priority).toBe('High');
    expect(replies(ticket)[0]).toMatchObject({ replyid: '0', message: 'Hello' });
    clock.advance(STAFF_DELAY_MS);
    const answered = await callApi(provider, { action: 'GetTicket', ticketid: Number(opened.id) });
    expect(answered.status).toBe('Answered');
    expect(replies(answered).map((r) => r.requestor_type)).toEqual(['Owner', 'Operator']);
  });

  it('validates OpenTicket and AddTicketReply input', async () => {
    expect(
      (
        await callApi(provider, {
          action: 'OpenTicket',
          clientid: 1,
          deptid: 99,
          subject: 's',
          message: 'm'
        })
      ).message
    ).toBe('Department ID not found');
    expect(
      (
        await callApi(provider, {
          action: 'OpenTicket',
          clientid: 1,
          deptid: 1,
          subject: '',
          message: 'm'
        })
      ).message
    ).toBe('Subject is required');
    expect(
      (await callApi(provider, { action: 'AddTicketReply', ticketid: 999999, message: 'm' }))
        .message
    ).toBe('Ticket ID Not Found');
  });
});
