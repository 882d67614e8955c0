/**
 * The demo provider reuses a GetInvoices listing between pages while nothing changed; a
 * replaced or added invoice, another query or another day must list afresh.
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
