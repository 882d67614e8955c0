import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { parseFaults } from '@main/demo-provider/faults';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf, postApi, type ApiReply } from './api-client';

let provider: DemoProvider;
let clock: FakeClock;
const STAFF_DELAY_MS = 60_000;

beforeEach(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({
    size: 'demo',
    seed: 5,
    clock,
    staffReplyDelayMs: STAFF_DELAY_MS
  });
});
afterEach(() => provider.close());

const replies = (ticket: ApiReply): ApiReply[] => listOf(ticket, 'replies', 'reply');
const openTicketId = (): number =>
  provider.data.tickets.find((t) => t.status !== 'Closed')?.id ?? 0;

/** WHMCS's attachment encoding: base64 of a JSON array of {name, data (base64)}. */
function attachments(files: { name: string; text: string }[]): string {
  const list = files.map((f) => ({ name: f.name, data: Buffer.from(f.text).toString('base64') }));
  return Buffer.from(JSON.stringify(list)).toString('base64');
}

describe('UpdateTicket', () => {
  it('closes a ticket with a bare success answer, and a customer reply reopens it', async () => {
    const id = openTicketId();
    expect(
      await callApi(provider, { action: 'UpdateTicket', ticketid: id, status: 'Closed' })
    ).toEqual({ result: 'success' });
    expect((await callApi(provider, { action: 'GetTicket', ticketid: id })).status).toBe('Closed');

    await callApi(provider, { action: 'AddTicketReply', ticketid: id, clientid: 1, message: 'Hi' });
    expect((await callApi(provider, { action: 'GetTicket', ticketid: id })).status).toBe(
      'Customer-Reply'
    );
  });

  it('refuses an unknown ticket and an unknown status', async () => {
    expect(
      await callApi(provider, { action: 'UpdateTicket', ticketid: 999999, status: 'Closed' })
    ).toEqual({ result: 'error', message: 'Ticket ID Not Found' });
    expect(
      (
        await callApi(provider, {
          action: 'UpdateTicket',
          ticketid: openTicketId(),
          status: 'Gone fishing'
        })
      ).result
    ).toBe('error');
  });
});

describe('attachments', () => {
  it('accepts base64 attachments on a reply and lists them by name in the thread', async () => {
    const id = openTicketId();
    expect(
      await callApi(provider, {
        action: 'AddTicketReply',
        ticketid: id,
        clientid: 1,
        message: 'See the log',
        attachments: attachments([
          { name: 'error.log', text: 'line 1\n' },
          { name: 'shot.png', text: 'PNG' }
        ])
      })
    ).toEqual({ result: 'success' });
    const last = replies(await callApi(provider, { action: 'GetTicket', ticketid: id })).at(-1);
    expect(last?.attachment).toBe('error.log|shot.png');
    expect(last?.attachments).toEqual([
      { filename: 'error.log', index: 0 },
      { filename: 'shot.png', index: 1 }
    ]);
  });

  it('refuses attachments whose data is not base64', async () => {
    const bad = Buffer.from(JSON.stringify([{ name: 'a.txt', data: '%%%' }])).toString('base64');
    const answer = await callApi(provider, {
      action: 'AddTicketReply',
      ticketid: openTicketId(),
      clientid: 1,
      message: 'x',
      attachments: bad
    });
    expect(answer).toEqual({ result: 'error', message: 'Invalid attachments' });
  });
});

describe('the lost-answer fault switch', () => {
  it('parses lostwrite=RATE', () => {
    expect(parseFaults('lostwrite=1')).toEqual({ lostWriteAnswer: 1 });
  });

  it('stores a reply but destroys the connection before the answer', async () => {
    const id = openTicketId();
    const before = replies(await callApi(provider, { action: 'GetTicket', ticketid: id })).length;
    provider.setFaults({ lostWriteAnswer: 1 });
    await expect(
      postApi(provider, { action: 'AddTicketReply', ticketid: id, clientid: 1, message: 'Once' })
    ).rejects.toThrow();
    // Reads are answered as usual, and they show the reply was stored.
    const thread = replies(await callApi(provider, { action: 'GetTicket', ticketid: id }));
    expect(thread).toHaveLength(before + 1);
    expect(thread.at(-1)?.message).toBe('Once');
  });

  it('does not lose the answer of a refused write (nothing was stored)', async () => {
    provider.setFaults({ lostWriteAnswer: 1 });
    expect(
      await callApi(provider, { action: 'UpdateTicket', ticketid: 999999, status: 'Closed' })
    ).toEqual({ result: 'error', message: 'Ticket ID Not Found' });
  });
});

describe('staff answers on the injected clock', () => {
  it('answers a new reply once the delay has passed on the shared clock', async () => {
    const id = openTicketId();
    await callApi(provider, { action: 'AddTicketReply', ticketid: id, clientid: 1, message: 'Q' });
    clock.advance(STAFF_DELAY_MS);
    await Promise.resolve();
    const ticket = await callApi(provider, { action: 'GetTicket', ticketid: id });
    expect(ticket.status).toBe('Answered');
    expect(replies(ticket).at(-1)?.requestor_type).toBe('Operator');
  });
});
