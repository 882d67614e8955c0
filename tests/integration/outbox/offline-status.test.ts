import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOutboxWorld, type OutboxWorld } from './outbox-kit';

let world: OutboxWorld;
beforeEach(async () => {
  world = await startOutboxWorld();
});
afterEach(() => world.close());

/** How many times main told the renderer to read the status again. */
const statusRefreshes = () =>
  world.events.payloadsOf('cache:changed').filter((p) => p.scopes.includes('status')).length;

describe('the session’s online state and the outbox', () => {
  it('turns offline when a send cannot reach the provider and online when the next one gets through, telling the renderer each time', async () => {
    const { tickets } = await world.handlers['tickets:list']({
      status: 'active',
      sort: 'last-reply',
      dir: 'desc',
      offset: 0,
      limit: 50
    });
    const ticket = tickets.find((t) => t.status !== 'Closed')!;
    expect(world.session.online()).toBe(true);
    world.events.clear();

    await world.provider.pause();
    const { item } = await world.handlers['tickets:reply']({
      ticketId: ticket.id,
      message: 'Queued while the provider is down',
      attachments: []
    });
    expect(item.state).toBe('queued');
    expect(world.session.online()).toBe(false);
    const afterFailure = statusRefreshes();
    expect(afterFailure).toBeGreaterThan(0);

    await world.provider.resume();
    expect(await world.handlers['outbox:send'](undefined)).toMatchObject({ sent: 1 });
    expect(world.session.online()).toBe(true);
    expect(statusRefreshes()).toBeGreaterThan(afterFailure);
  });
});
