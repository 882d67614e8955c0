/**
 * The demo provider can go down and come back on the same address with its data intact,
 * which is how the offline outbox is exercised end to end.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, postApi } from './api-client';

let provider: DemoProvider;

beforeEach(async () => {
  provider = await startDemoProvider({
    size: 'demo',
    seed: 5,
    clock: new FakeClock('2026-11-22T09:00:00Z')
  });
});
afterEach(() => provider.close());

describe('pausing the demo provider', () => {
  it('refuses connections while paused and answers again on the same port after resume', async () => {
    const before = await callApi(provider, { action: 'GetTickets', limitnum: 5 });
    expect(before['result']).toBe('success');

    await provider.pause();
    await expect(postApi(provider, { action: 'GetTickets' })).rejects.toThrow();

    await provider.resume();
    const after = await callApi(provider, { action: 'GetTickets', limitnum: 5 });
    expect(after).toEqual(before);
  });

  it('keeps what was written before the outage', async () => {
    const ticket = provider.data.tickets[0]!;
    const reply = await callApi(provider, {
      action: 'AddTicketReply',
      ticketid: ticket.id,
      clientid: provider.credentials.clientId,
      message: 'Written before the outage'
    });
    expect(reply['result']).toBe('success');
    await provider.pause();
    await provider.resume();
    const thread = await callApi(provider, { action: 'GetTicket', ticketid: ticket.id });
    expect(JSON.stringify(thread)).toContain('Written before the outage');
  });

  it('is harmless to pause twice, resume twice, or close while paused', async () => {
    await provider.pause();
    await provider.pause();
    await provider.resume();
    await provider.resume();
    expect((await callApi(provider, { action: 'GetTickets' }))['result']).toBe('success');
    await provider.pause();
  });
});
