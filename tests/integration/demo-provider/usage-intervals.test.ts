import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf, pageAll, type ApiReply } from './api-client';

const HOUR = 3_600_000;
let provider: DemoProvider;
let clock: FakeClock;

beforeAll(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({ size: 'demo', seed: 3, clock });
});
afterAll(() => provider.close());

const ms = (iso: unknown): number => Date.parse(String(iso));
const byResource = (items: readonly ApiReply[]): Map<string, ApiReply[]> => {
  const map = new Map<string, ApiReply[]>();
  for (const i of items)
    map.set(String(i.resourceid), [...(map.get(String(i.resourceid)) ?? []), i]);
  return map;
};

describe('GetUsageIntervals', () => {
  it('defaults to the whole snapshot range, ending at the last whole hour before now', async () => {
    const reply = await callApi(provider, { action: 'GetUsageIntervals' });
    expect(reply).toMatchObject({
      result: 'success',
      currency: 'EUR',
      firstsnapshot: '2026-08-01T00:00:00Z',
      lastsnapshot: '2026-11-22T08:00:00Z',
      from: '2026-08-01T00:00:00Z',
      to: '2026-11-22T09:00:00Z',
      startnumber: 0
    });
    expect(typeof reply.totalresults).toBe('string');
    expect(typeof reply.numreturned).toBe('number');
    expect(listOf(reply, 'missing', 'hour')).toHaveLength(4);
  });

  it('pages in stable (start, resourceid) order with no overlaps per resource', async () => {
    const { items, total, calls } = await pageAll(
      provider,
      'GetUsageIntervals',
      'intervals',
      'interval',
      {},
      5
    );
    expect(items).toHaveLength(total);
    expect(calls).toBe(Math.ceil(total / 5));
    const keys = items.map(
      (i) => `${String(ms(i.start)).padStart(15, '0')}|${String(i.resourceid)}`
    );
    expect(keys).toEqual([...keys].sort());
    for (const list of byResource(items).values()) {
      for (let k = 1; k < list.length; k++)
        expect(ms(list[k]?.start)).toBeGreaterThanOrEqual(ms(list[k - 1]?.end));
    }
    for (const i of items) {
      expect(i.monthlyprice).toMatch(/^\d+\.\d{2}$/);
      expect(ms(i.end)).toBeGreaterThan(ms(i.start));
      expect(ms(i.end)).toBeLessThanOrEqual(ms('2026-11-22T09:00:00Z'));
    }
  });

  it('contains the PAYU edge cases: an upgrade, a pending new account, a free deleted one, add-ons with parents', async () => {
    const { items } = await pageAll(
      provider,
      'GetUsageIntervals',
      'intervals',
      'interval',
      {},
      100
    );
    const groups = byResource(items);
    const upgraded = groups.get('acc-1') ?? [];
    expect(upgraded.map((i) => i.pack)).toEqual(['Starter 1', 'Pro 10']);
    expect(upgraded[0]?.end).toBe(upgraded[1]?.start);
    const young = groups.get('acc-2') ?? [];
    expect((ms(young[0]?.end) - ms(young[0]?.start)) / HOUR).toBeLessThan(48);
    expect(young[0]?.end).toBe('2026-11-22T09:00:00Z');
    const deleted = groups.get('acc-3') ?? [];
    expect((ms(deleted[0]?.end) - ms(deleted[0]?.start)) / HOUR).toBeLessThan(48);
    expect(ms(deleted[0]?.end)).toBeLessThan(ms('2026-11-01T00:00:00Z'));
    const addon = items.find((i) => i.kind === 'addon');
    expect(addon?.parentid).toMatch(/^acc-\d+$/);
    expect(items.find((i) => i.kind === 'account')?.parentid).toBe('');
  });

  it('clips intervals to [from, to) and lists only the missing hours inside it', async () => {
    const from = '2026-11-10T00:00:00Z';
    const to = '2026-11-11T00:00:00Z';
    const { items } = await pageAll(
      provider,
      'GetUsageIntervals',
      'intervals',
      'interval',
      { from, to },
      100
    );
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(ms(i.start)).toBeGreaterThanOrEqual(ms(from));
      expect(ms(i.end)).toBeLessThanOrEqual(ms(to));
    }
    const window = await callApi(provider, { action: 'GetUsageIntervals', from, to });
    const missing = listOf(window, 'missing', 'hour');
    for (const h of missing) expect(ms(h) >= ms(from) && ms(h) < ms(to)).toBe(true);
    const quiet = await callApi(provider, {
      action: 'GetUsageIntervals',
      from: '2026-11-20T00:00:00Z',
      to: '2026-11-21T00:00:00Z'
    });
    expect(quiet.missing).toBe('');
  });

  it('clips to the snapshots that exist, whatever the requested range', async () => {
    const reply = await callApi(provider, {
      action: 'GetUsageIntervals',
      from: '2026-01-01T00:00:00Z',
      to: '2027-01-01T00:00:00Z',
      limitnum: 500
    });
    const items = listOf(reply, 'intervals', 'interval');
    expect(Math.min(...items.map((i) => ms(i.start)))).toBe(ms('2026-08-01T00:00:00Z'));
    expect(Math.max(...items.map((i) => ms(i.end)))).toBe(ms('2026-11-22T09:00:00Z'));
    expect(reply.from).toBe('2026-01-01T00:00:00Z');
  });

  it('extends open intervals as the clock advances', async () => {
    clock.advance(3 * HOUR + 1);
    const reply = await callApi(provider, {
      action: 'GetUsageIntervals',
      from: '2026-11-22T00:00:00Z'
    });
    expect(reply.lastsnapshot).toBe('2026-11-22T12:00:00Z');
    const young = listOf(reply, 'intervals', 'interval').find((i) => i.resourceid === 'acc-2');
    expect(young?.end).toBe('2026-11-22T13:00:00Z');
  });

  it('rejects a from that is not a whole UTC hour', async () => {
    const reply = await callApi(provider, {
      action: 'GetUsageIntervals',
      from: '2026-11-01T00:30:00Z'
    });
    expect(reply.result).toBe('error');
  });
});
