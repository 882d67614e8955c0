import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOutboxWorld, type OutboxWorld } from './outbox-kit';

let world: OutboxWorld;
beforeEach(async () => {
  world = await startOutboxWorld();
});
afterEach(() => world.close());

const toSecond = (iso: string | null | undefined): number =>
  Math.floor(Date.parse(iso ?? '') / 1000);

describe('the time of a reply posted from Hostdeck', () => {
  it('is the instant it was sent, in the thread and the list as in its outbox entry (reseller in Brussels)', async () => {
    // An instant with minutes and seconds, in winter: Brussels is UTC+1.
    world.clock.advance(37 * 60_000 + 42_500);
    const { tickets } = await world.handlers['tickets:list']({
      status: 'active',
      sort: 'last-reply',
      dir: 'desc',
      offset: 0,
      limit: 50
    });
    const ticket = tickets.find((t) => t.status !== 'Closed');
    if (!ticket) throw new Error('the demo data has no open ticket');

    const { item } = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'What time is it?',
      attachments: []
    });
    expect(item.state).toBe('sent');
    const sentAt = world.clock.now();
    expect(toSecond(item.createdAt)).toBe(Math.floor(sentAt / 1000));

    const detail = await world.handlers['tickets:get']({ id: ticket.id });
    const mine = detail.messages.at(-1);
    expect(mine?.body).toBe('What time is it?');
    expect(toSecond(mine?.postedAt)).toBe(Math.floor(sentAt / 1000));
    expect(toSecond(detail.lastReplyAt)).toBe(Math.floor(sentAt / 1000));

    // The next sync brings the same instant from the ticket list and the thread.
    await world.session.sync('incremental');
    const synced = await world.handlers['tickets:get']({ id: ticket.id });
    expect(toSecond(synced.messages.at(-1)?.postedAt)).toBe(Math.floor(sentAt / 1000));
    const listed = (
      await world.handlers['tickets:list']({
        status: 'all',
        sort: 'last-reply',
        dir: 'desc',
        offset: 0,
        limit: 1
      })
    ).tickets[0];
    expect(listed?.id).toBe(ticket.id);
    expect(toSecond(listed?.lastReplyAt)).toBe(Math.floor(sentAt / 1000));
  });
});
