/**
 * The demo provider reuses a GetInvoices or GetTickets listing between pages while nothing
 * changed; a replaced or added invoice, another day, a ticket with a new reply must list afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoInvoice, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf, pageAll } from './api-client';

let provider: DemoProvider;
let clock: FakeClock;

beforeAll(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({ size: 'demo', seed: 11, clock });
});
afterAll(() => provider.close());

const cheapest = async (): Promise<unknown> =>
  listOf(
    await callApi(provider, { action: 'GetInvoices', orderby: 'total', order: 'asc', limitnum: 1 }),
    'invoices',
    'invoice'
  )[0]?.id;

describe('a GetInvoices listing between pages', () => {
  it('shows an invoice replaced since the last page in its new place', async () => {
    const invoices = provider.data.invoices as DemoInvoice[];
    const before = await cheapest();
    const index = invoices.findIndex((i) => i.id !== before && i.totalMinor > 0);
    invoices[index] = { ...invoices[index]!, subtotalMinor: 0, taxMinor: 0, totalMinor: 0 };
    expect(await cheapest()).toBe(invoices[index]!.id);
  });

  it('lists an invoice added since the last page', async () => {
    const invoices = provider.data.invoices as DemoInvoice[];
    const { total } = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice');
    const last = invoices.at(-1)!;
    invoices.push({ ...last, id: last.id + 1000 });
    const after = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice');
    expect(after.total).toBe(total + 1);
    expect(after.items.map((i) => i.id)).toContain(last.id + 1000);
  });

  it('counts as overdue, the next days, the unpaid invoices whose due date has passed', async () => {
    const overdue = async (): Promise<number> =>
      (await pageAll(provider, 'GetInvoices', 'invoices', 'invoice', { status: 'Overdue' })).total;
    const today = await overdue();
    const dueLater = provider.data.invoices.filter(
      (i) => i.status === 'Unpaid' && i.duedate >= '2026-11-22' && i.duedate < '2027-02-20'
    ).length;
    expect(dueLater).toBeGreaterThan(0);
    clock.advance(90 * 24 * 3600 * 1000);
    expect(await overdue()).toBe(today + dueLater);
  });
});

describe('a GetTickets listing between pages', () => {
  const ticketIds = async (): Promise<unknown[]> =>
    (
      await pageAll(provider, 'GetTickets', 'tickets', 'ticket', {
        clientid: 1,
        ignore_dept_assignments: 1
      })
    ).items.map((t) => t.id);

  it('puts a ticket answered since the last page first, and lists one opened since', async () => {
    const before = await ticketIds();
    const oldest = before.at(-1);
    await callApi(provider, {
      action: 'AddTicketReply',
      ticketid: Number(oldest),
      clientid: 1,
      message: 'Any news?'
    });
    const after = await ticketIds();
    expect(after[0]).toBe(oldest);
    expect([...after].sort()).toEqual([...before].sort());
    const opened = await callApi(provider, {
      action: 'OpenTicket',
      clientid: 1,
      deptid: 1,
      subject: 'New one',
      message: 'Hello'
    });
    expect(await ticketIds()).toContain(opened.id);
  });

  it("lists each ticket's opening attachments as its thread holds them, also for one opened with a file", async () => {
    const file = Buffer.from(
      JSON.stringify([{ name: 'error.log', data: Buffer.from('boom').toString('base64') }])
    ).toString('base64');
    const opened = await callApi(provider, {
      action: 'OpenTicket',
      clientid: 1,
      deptid: 1,
      subject: 'With a log',
      message: 'See the file',
      attachments: file
    });
    const listed = (
      await pageAll(provider, 'GetTickets', 'tickets', 'ticket', {
        clientid: 1,
        ignore_dept_assignments: 1
      })
    ).items;
    const withFiles = listed.filter((t) => t.attachment !== '');
    expect(withFiles.length).toBeGreaterThan(1);
    expect(withFiles.find((t) => t.id === opened.id)?.attachment).toBe('error.log');
    for (const ticket of [...withFiles.slice(0, 5), ...listed.slice(0, 5)]) {
      const thread = listOf(
        await callApi(provider, { action: 'GetTicket', ticketid: Number(ticket.id) }),
        'replies',
        'reply'
      );
      expect(ticket.attachment).toBe(thread[0]?.attachment);
    }
  });
});
