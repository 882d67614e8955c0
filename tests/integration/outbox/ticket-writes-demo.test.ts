import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ticketThread } from '@main/demo-provider/ticket-thread';
import { STAFF_DELAY_MS, startOutboxWorld, textFile, type OutboxWorld } from './outbox-kit';

let world: OutboxWorld;
beforeEach(async () => {
  world = await startOutboxWorld();
});
afterEach(() => world.close());

/** An open ticket of the demo data, as cached. */
async function someOpenTicket() {
  const { tickets } = await world.handlers['tickets:list']({
    status: 'active',
    sort: 'last-reply',
    dir: 'desc',
    offset: 0,
    limit: 50
  });
  const ticket = tickets.find((t) => t.status !== 'Closed');
  if (!ticket) throw new Error('the demo data has no open ticket');
  return ticket;
}

const providerTicket = (id: string) => world.provider.data.tickets.find((t) => String(t.id) === id);

describe('replying through the outbox', () => {
  it('sends a reply with an attachment once, and the thread shows it at once, then the staff answer', async () => {
    const ticket = await someOpenTicket();
    const { item } = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'The backup still **fails**.',
      attachments: [textFile('backup.log', 'exit status 1\n')]
    });
    expect(item).toMatchObject({
      kind: 'reply',
      ticketId: ticket.id,
      ticketPublicId: ticket.publicId,
      state: 'sent',
      attempts: 1,
      lastError: null,
      attachments: [{ name: 'backup.log', size: 14 }]
    });
    expect(world.landed(ticket.id, world.markerOf(item.id))).toBe(1);
    const atProvider = ticketThread(world.provider.data, providerTicket(ticket.id)!).messages.at(
      -1
    );
    expect(atProvider?.attachments.map((a) => a.filename)).toEqual(['backup.log']);

    // The cached thread was refreshed: the message is there, without its marker line.
    const detail = await world.handlers['tickets:get']({ id: ticket.id });
    const mine = detail.messages.at(-1);
    expect(mine).toMatchObject({
      body: 'The backup still **fails**.',
      author: { kind: 'customer' },
      clientMarker: world.markerOf(item.id),
      attachments: [{ index: 0, filename: 'backup.log' }]
    });
    expect(detail.status).toBe('Customer-Reply');
    expect(detail.outbox).toEqual([]);
    expect(world.events.payloadsOf('outbox:changed').at(-1)).toEqual({ pending: 0, failed: 0 });

    world.clock.advance(STAFF_DELAY_MS);
    await world.session.sync('incremental');
    const answered = await world.handlers['tickets:get']({ id: ticket.id });
    expect(answered.messages.at(-1)?.author.kind).toBe('staff');
    expect(answered.status).toBe('Answered');
  });

  it('refuses a reply to a ticket neither cached nor at the provider, storing nothing', async () => {
    await expect(
      world.handlers['tickets:reply']({ ticketId: '987654', message: 'Hello', attachments: [] })
    ).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/neither in the cache nor at the provider/)
    });
    expect((await world.handlers['outbox:list'](undefined)).items).toEqual([]);
  });
});

describe('opening and closing', () => {
  it('opens a ticket in a department named by the reseller, and it is cached at once', async () => {
    const { item } = await world.handlers['tickets:open']({
      departmentId: world.provider.data.departments[0]!.name.toUpperCase(),
      subject: 'New mailbox please',
      message: 'For *sales@*.',
      priority: 'high',
      attachments: []
    });
    expect(item).toMatchObject({ kind: 'open', state: 'sent', subject: 'New mailbox please' });
    expect(item.ticketId).not.toBeNull();
    const created = providerTicket(item.ticketId!);
    expect(created).toMatchObject({ subject: 'New mailbox please', priority: 'High' });
    expect(item.ticketPublicId).toBe(created!.tid);
    expect(
      world.provider.data.tickets.filter((t) => t.subject === 'New mailbox please')
    ).toHaveLength(1);
    const detail = await world.handlers['tickets:get']({ id: item.ticketId! });
    expect(detail.messages[0]?.body).toBe('For *sales@*.');
  });

  it('refuses an unknown department before anything is stored', async () => {
    await expect(
      world.handlers['tickets:open']({
        departmentId: 'Complaints about the weather',
        subject: 'Rain',
        message: 'Again',
        priority: 'low',
        attachments: []
      })
    ).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringMatching(/Unknown department/)
    });
    expect((await world.handlers['outbox:list'](undefined)).items).toEqual([]);
  });

  it('closes a ticket, and a reply reopens it', async () => {
    const ticket = await someOpenTicket();
    const { item } = await world.handlers['tickets:close']({ ticketId: ticket.id });
    expect(item).toMatchObject({ kind: 'close', state: 'sent' });
    expect(providerTicket(ticket.id)?.status).toBe('Closed');
    expect((await world.handlers['tickets:get']({ id: ticket.id })).status).toBe('Closed');

    await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'One more thing',
      attachments: []
    });
    expect(providerTicket(ticket.id)?.status).toBe('Customer-Reply');
  });
});

describe('exactly once', () => {
  it('a reply whose answer is lost lands exactly once', async () => {
    const ticket = await someOpenTicket();
    world.provider.setFaults({ lostWriteAnswer: 1 });
    const { item } = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'Did you get this?',
      attachments: []
    });
    const marker = world.markerOf(item.id);
    // The provider stored it; the app could not know, so it keeps it queued.
    expect(item).toMatchObject({ state: 'queued', attempts: 1, lastError: { kind: 'offline' } });
    expect(world.landed(ticket.id, marker)).toBe(1);
    expect((await world.handlers['tickets:get']({ id: ticket.id })).outbox).toMatchObject([
      { id: item.id, state: 'queued' }
    ]);

    // Still losing every write answer: the marker is found, nothing is sent again.
    const sent = await world.handlers['outbox:send'](undefined);
    expect(sent).toEqual({ sent: 1, failed: 0, queued: 0 });
    expect(world.landed(ticket.id, marker)).toBe(1);
    const [listed] = (await world.handlers['outbox:list'](undefined)).items;
    expect(listed).toMatchObject({ id: item.id, state: 'sent', attempts: 2 });
  });

  it('a new ticket whose answer is lost is opened exactly once', async () => {
    world.provider.setFaults({ lostWriteAnswer: 1 });
    const before = world.provider.data.tickets.length;
    const { item } = await world.handlers['tickets:open']({
      departmentId: world.provider.data.departments[1]!.id.toString(),
      subject: 'Lost in transit',
      message: 'Hello?',
      priority: 'medium',
      attachments: []
    });
    expect(item.state).toBe('queued');
    expect(world.provider.data.tickets).toHaveLength(before + 1);
    world.provider.setFaults({});
    await world.session.sync('incremental');
    const [listed] = (await world.handlers['outbox:list'](undefined)).items;
    expect(listed).toMatchObject({
      state: 'sent',
      ticketId: String(world.provider.data.tickets.at(-1)!.id)
    });
    expect(world.provider.data.tickets).toHaveLength(before + 1);
  });

  it('a reply written while the provider is down is sent once by the next sync after it returns', async () => {
    const ticket = await someOpenTicket();
    await world.provider.pause();
    const { item } = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'Written offline',
      attachments: []
    });
    expect(item).toMatchObject({ state: 'queued', lastError: { kind: 'offline' } });
    expect(world.landed(ticket.id, world.markerOf(item.id))).toBe(0);
    expect(world.session.outbox.counts()).toEqual({ pending: 1, failed: 0 });

    await world.provider.resume();
    await world.session.sync('incremental');
    expect(world.landed(ticket.id, world.markerOf(item.id))).toBe(1);
    expect(world.session.outbox.counts()).toEqual({ pending: 0, failed: 0 });
    // A second sync sends nothing more.
    await world.session.sync('incremental');
    expect(world.landed(ticket.id, world.markerOf(item.id))).toBe(1);
  });

  it('keeps order per ticket: a close queued behind an unsent reply waits for it', async () => {
    const ticket = await someOpenTicket();
    await world.provider.pause();
    const reply = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'First',
      attachments: []
    });
    const close = await world.handlers['tickets:close']({ ticketId: ticket.id });
    expect([reply.item.state, close.item.state]).toEqual(['queued', 'queued']);
    expect(close.item.attempts).toBe(0);
    await world.provider.resume();
    expect(await world.handlers['outbox:send'](undefined)).toEqual({
      sent: 2,
      failed: 0,
      queued: 0
    });
    const thread = ticketThread(world.provider.data, providerTicket(ticket.id)!).messages;
    expect(thread.at(-1)?.message).toMatch(/^First/);
    expect(providerTicket(ticket.id)?.status).toBe('Closed');
  });
});

describe('Retry and Discard in the outbox', () => {
  /** A reply the provider refuses: the ticket is gone there while it is sent. */
  async function refusedReply(ticketId: string, message: string) {
    const at = world.provider.data.tickets.findIndex((t) => String(t.id) === ticketId);
    const [gone] = world.provider.data.tickets.splice(at, 1);
    try {
      const { item } = await world.handlers['tickets:reply']({
        ticketId,
        message,
        attachments: []
      });
      expect(item).toMatchObject({
        state: 'failed',
        lastError: { message: /Ticket ID Not Found/ }
      });
      return item;
    } finally {
      world.provider.data.tickets.splice(at, 0, gone!);
    }
  }

  it('retries a refused reply once the provider takes it, and discards another for good', async () => {
    const ticket = await someOpenTicket();
    const first = await refusedReply(ticket.id, 'Refused, then retried');
    const { item } = await world.handlers['outbox:retry']({ id: first.id });
    expect(item).toMatchObject({ id: first.id, state: 'sent', attempts: 2, lastError: null });
    expect(world.landed(ticket.id, world.markerOf(first.id))).toBe(1);

    const second = await refusedReply(ticket.id, 'Refused, then discarded');
    const marker = world.markerOf(second.id);
    await world.handlers['outbox:discard']({ id: second.id });
    const listed = (await world.handlers['outbox:list'](undefined)).items;
    expect(listed.map((i) => [i.id, i.state])).toEqual([[first.id, 'sent']]);
    expect(await world.handlers['outbox:send'](undefined)).toEqual({
      sent: 0,
      failed: 0,
      queued: 0
    });
    expect(world.landed(ticket.id, marker)).toBe(0);

    await expect(world.handlers['outbox:retry']({ id: first.id })).rejects.toMatchObject({
      kind: 'conflict',
      message: 'Only a failed item can be retried (this one is sent).'
    });
    await expect(world.handlers['outbox:discard']({ id: first.id })).rejects.toMatchObject({
      kind: 'conflict'
    });
    await expect(world.handlers['outbox:discard']({ id: second.id })).rejects.toMatchObject({
      kind: 'not-found',
      message: 'This outbox item is gone.'
    });
  });
});
