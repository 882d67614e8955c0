import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import { ProtocolError, UnsupportedError } from '@main/core/providers/errors';
import { usageWindowSchema } from '@shared/model';
import { allPages, classicProvider, fixture, type FakeWhmcs } from './whmcs-test-kit';

const range = { from: '2026-11-01T00:00:00Z', to: '2026-11-22T00:00:00Z' };

function adapterFor(http: FakeWhmcs, usage: WhmcsAdapterConfig['usage'] = 'auto') {
  return createWhmcsAdapter(
    {
      baseUrl: 'https://demo.local:8443',
      auth: { mode: 'classic', identifier: 'i', secret: 's', clientId: '7' },
      usage
    },
    { http, clock: new FakeClock('2026-11-22T09:20:00Z') }
  );
}

describe('WHMCS usage intervals (GetUsageIntervals)', () => {
  it('pages usage windows with from, to, limitstart and limitnum', async () => {
    const http = classicProvider().action(
      'GetUsageIntervals',
      fixture('get-usage-intervals-page-1.json'),
      fixture('get-usage-intervals-page-2.json')
    );
    const pages = await allPages(adapterFor(http, 'enabled').getUsage({ ...range, pageSize: 2 }));
    expect(
      http
        .calls('GetUsageIntervals')
        .map((c) => [c.params.from, c.params.to, c.params.limitstart, c.params.limitnum])
    ).toEqual([
      [range.from, range.to, '0', '2'],
      [range.from, range.to, '2', '2']
    ]);
    expect(pages.map((p) => [p.offset, p.nextOffset, p.total])).toEqual([
      [0, 2, 3],
      [2, null, 3]
    ]);
    const first = pages[0]!.window;
    expect(first).toMatchObject({
      from: range.from,
      to: range.to,
      currency: 'EUR',
      firstSnapshot: '2026-10-01T00:00:00Z',
      lastSnapshot: '2026-11-21T23:00:00Z',
      missingHours: ['2026-11-03T04:00:00Z', '2026-11-03T05:00:00Z']
    });
    expect(first.intervals).toEqual([
      {
        resourceId: 'acc-1',
        kind: 'account',
        parentAccountId: null,
        pack: 'Reseller Pro',
        monthlyPrice: 1250,
        start: '2026-11-01T00:00:00Z',
        end: '2026-11-22T00:00:00Z'
      },
      {
        resourceId: '77',
        kind: 'addon',
        parentAccountId: 'acc-1',
        pack: 'Extra IP',
        monthlyPrice: 300,
        start: '2026-11-05T10:00:00Z',
        end: '2026-11-09T10:00:00Z'
      }
    ]);
    expect(pages[1]!.window.currency).toBe('EUR');
    for (const p of pages) expect(usageWindowSchema.safeParse(p.window).success).toBe(true);
  });

  it('reads an empty window with "" lists and no snapshots', async () => {
    const http = classicProvider().action(
      'GetUsageIntervals',
      fixture('get-usage-intervals-empty.json')
    );
    const [page] = await allPages(adapterFor(http, 'enabled').getUsage(range));
    expect(page).toMatchObject({
      nextOffset: null,
      total: 0,
      window: { firstSnapshot: null, lastSnapshot: null, missingHours: [], intervals: [] }
    });
  });

  it('rejects an unknown resource kind or a non-hour boundary as a ProtocolError', async () => {
    const http = classicProvider().action(
      'GetUsageIntervals',
      fixture('get-usage-intervals-bad-kind.json')
    );
    const error = await allPages(adapterFor(http, 'enabled').getUsage(range)).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(/intervals\.0\.kind/);
  });

  it('turns on the capability when the connection test probe succeeds', async () => {
    const http = classicProvider().action(
      'GetUsageIntervals',
      fixture('get-usage-intervals-empty.json')
    );
    const adapter = adapterFor(http);
    expect(adapter.capabilities().usageSnapshots).toBe(false);
    await expect(adapter.testConnection()).resolves.toMatchObject({
      ok: true,
      capabilities: { usageSnapshots: true }
    });
    expect(http.calls('GetUsageIntervals')[0]?.params).toMatchObject({
      from: '2026-11-22T08:00:00Z',
      to: '2026-11-22T09:00:00Z',
      limitnum: '1'
    });
  });

  it('reports usage as unsupported, not as a failed connection, on a real WHMCS ("Command Not Found")', async () => {
    const http = classicProvider().action(
      'GetUsageIntervals',
      fixture('error-command-not-found.json')
    );
    const adapter = adapterFor(http);
    await expect(adapter.testConnection()).resolves.toMatchObject({
      ok: true,
      capabilities: { usageSnapshots: false }
    });
    await expect(allPages(adapter.getUsage(range))).rejects.toBeInstanceOf(UnsupportedError);
    expect(adapter.capabilities().usageSnapshots).toBe(false);
  });

  it('never asks for usage when it is disabled', async () => {
    const http = classicProvider();
    const adapter = adapterFor(http, 'disabled');
    await expect(adapter.testConnection()).resolves.toMatchObject({ ok: true });
    await expect(allPages(adapter.getUsage(range))).rejects.toBeInstanceOf(UnsupportedError);
    expect(http.calls('GetUsageIntervals')).toHaveLength(0);
  });
});
