import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { countEntities, readEntities } from '@main/core/cache/repositories/entities';
import type { Http } from '@main/core/ports';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { ProviderAdapter } from '@main/core/providers/provider';
import { runSync, SETTLED_RECHECK_MS, type SyncReport } from '@main/core/sync/sync-engine';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import type { DemoInvoice } from '@main/demo-provider/model';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

const NOW = '2026-11-22T09:30:00Z';
const PAGE = 10;

/**
 * An incremental sync reads the open invoices apart and does not ask again for the listing
 * pages of settled invoices the provider confirmed lately (WHMCS cannot list what changed).
 */
describe('an incremental sync of invoices, open ones apart', () => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let adapter: ProviderAdapter;
  const clock = new FakeClock(NOW);
  const logger = new RecordingLogger();
  /** The GetInvoices calls since the last `asked()`: their status filter and first row. */
  let calls: { status: string | null; offset: number }[] = [];
  const asked = () => calls.splice(0);

  const sync = (mode: 'full' | 'incremental') =>
    runSync(
      { db: cache.db, adapter, clock, logger, pageSize: PAGE },
      { mode, entities: ['invoices'] }
    );
  const invoices = (report: SyncReport) => report.entities.find((e) => e.entity === 'invoices');
  const pages = () => Math.ceil(provider.data.invoices.length / PAGE);
  const cached = (id: number) =>
    readEntities(cache.db, 'invoices').find((i) => i.id === String(id));
  /** Replaces an invoice at the provider, as WHMCS changes one; returns the undo. */
  const change = (at: number, to: Partial<DemoInvoice>): (() => void) => {
    const source = provider.data.invoices[at]!;
    provider.data.invoices.splice(at, 1, { ...source, ...to });
    return () => void provider.data.invoices.splice(at, 1, source);
  };
  /** Where a settled invoice sits: not on the last page, nor on a page holding `avoid`. */
  const settledAt = (avoid: number): number => {
    const last = (pages() - 1) * PAGE;
    const at = provider.data.invoices.findIndex(
      (inv, i) =>
        inv.status === 'Paid' && i < last && Math.floor(i / PAGE) !== Math.floor(avoid / PAGE)
    );
    expect(at).toBeGreaterThanOrEqual(0);
    return at;
  };

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 7, clock });
    const nodeHttp = createNodeHttp();
    const http: Http = {
      send: (request) => {
        const body = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
        if (body.get('action') === 'GetInvoices')
          calls.push({ status: body.get('status'), offset: Number(body.get('limitstart')) });
        return nodeHttp.send(request);
      }
    };
    const deps = { http, clock, logger, timeZone: 'Europe/Brussels' };
    adapter = createWhmcsAdapter(
      { baseUrl: provider.url, usage: 'enabled', auth: demoClassicAuth() },
      { http: resilientHttpFor(deps), clock, logger }
    );
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
    expect((await sync('full')).ok).toBe(true);
    calls = [];
  });

  afterAll(async () => {
    cache?.close();
    await provider?.close();
    dir?.cleanup();
  });

  it('asks only for the open invoices and the last page when nothing changed', async () => {
    expect(pages()).toBeGreaterThan(4);
    const report = await sync('incremental');
    expect(report.ok).toBe(true);
    expect(invoices(report)?.written).toBe(0);
    expect(invoices(report)?.skippedPages).toBe(pages() - 1);
    const calls = asked();
    // The whole listing was asked for only at its last page...
    expect(calls.filter((c) => c.status === null).map((c) => c.offset)).toEqual([
      (pages() - 1) * PAGE
    ]);
    // ...and each open status was listed on its own.
    expect(new Set(calls.map((c) => c.status).filter((s) => s !== null))).toEqual(
      new Set(['Unpaid', 'Draft', 'Payment Pending', 'Collections'])
    );
    expect(countEntities(cache.db, 'invoices')).toBe(provider.data.invoices.length);
  });

  it('picks up an unpaid invoice paid at the provider, and asks for its page again', async () => {
    const at = provider.data.invoices.findIndex(
      (inv, i) => inv.status === 'Unpaid' && i < (pages() - 1) * PAGE
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const id = provider.data.invoices[at]!.id;
    expect(cached(id)?.status).toBe('unpaid');
    const undo = change(at, { status: 'Paid', datepaid: '2026-11-22 10:00:00' });
    try {
      const report = await sync('incremental');
      expect(invoices(report)?.written).toBe(1);
      expect(cached(id)?.status).toBe('paid');
      const offsets = asked()
        .filter((c) => c.status === null)
        .map((c) => c.offset);
      expect(offsets).toEqual([Math.floor(at / PAGE) * PAGE, (pages() - 1) * PAGE]);
    } finally {
      undo();
    }
    // Back to unpaid at the provider: the open listing brings it back at once.
    const back = await sync('incremental');
    expect(invoices(back)?.written).toBe(1);
    expect(cached(id)?.status).toBe('unpaid');
  });

  it('sees a new invoice on the last page', async () => {
    const last = provider.data.invoices.at(-1)!;
    provider.data.invoices.push({ ...last, id: last.id + 1, invoicenum: `${last.invoicenum}-N` });
    try {
      const report = await sync('incremental');
      expect(invoices(report)?.written).toBe(1);
      expect(cached(last.id + 1)).toBeDefined();
    } finally {
      provider.data.invoices.pop();
    }
    // Gone again at the provider: that last page tells, and the row goes.
    await sync('incremental');
    expect(cached(last.id + 1)).toBeUndefined();
    expect(countEntities(cache.db, 'invoices')).toBe(provider.data.invoices.length);
  });

  it('sees a settled invoice refunded at the provider once its page is due, or at once in a full sync', async () => {
    // Past the recheck time, every page is asked for again (and confirmed now), and the open
    // listings, which would spare nothing, are not.
    clock.advance(SETTLED_RECHECK_MS + 60_000);
    asked();
    const recheck = await sync('incremental');
    expect(invoices(recheck)?.skippedPages).toBeUndefined();
    expect(invoices(recheck)?.written).toBe(0);
    const calls = asked();
    expect(calls.filter((c) => c.status === null)).toHaveLength(pages());
    expect(calls.filter((c) => c.status !== null)).toEqual([]);
    const at = settledAt(-PAGE);
    const id = provider.data.invoices[at]!.id;
    const undo = change(at, { status: 'Refunded', dateRefunded: '2026-11-22 11:00:00' });
    try {
      // Within the recheck time, the refund is not asked for: the invoice shows as paid.
      clock.advance(SETTLED_RECHECK_MS - 120_000);
      const early = await sync('incremental');
      expect(invoices(early)?.skippedPages).toBe(pages() - 1);
      expect(cached(id)?.status).toBe('paid');
      // Past it, the page is asked for again and read.
      clock.advance(180_000);
      const due = await sync('incremental');
      expect(invoices(due)?.written).toBe(1);
      expect(cached(id)?.status).toBe('refunded');
    } finally {
      undo();
    }
    // A full sync asks for every page, whatever the time.
    asked();
    const full = await sync('full');
    expect(invoices(full)?.skippedPages).toBeUndefined();
    expect(cached(id)?.status).toBe('paid');
    expect(asked().filter((c) => c.status === null)).toHaveLength(pages());
  });

  // Last: the adapter then lists open invoices apart no more.
  it('stops listing open invoices apart from a provider that ignores the status filter, and asks for their pages instead', async () => {
    // Pages confirmed now, by a sync that read them all.
    expect((await sync('full')).ok).toBe(true);
    provider.setFaults({ invoiceStatusFilterIgnored: true });
    try {
      const openPages = new Set(
        provider.data.invoices.flatMap((inv, i) =>
          ['Unpaid', 'Draft', 'Payment Pending', 'Collections'].includes(inv.status)
            ? [Math.floor(i / PAGE) * PAGE]
            : []
        )
      );
      openPages.add((pages() - 1) * PAGE);
      expect(openPages.size).toBeLessThan(pages());
      asked();
      const report = await sync('incremental');
      expect(report.ok).toBe(true);
      expect(invoices(report)?.written).toBe(0);
      let calls = asked();
      // The first page of the first open listing told: every invoice came back, whatever its
      // status (the two pages asked ahead of it are left unread).
      const byStatus = calls.filter((c) => c.status !== null);
      expect(byStatus[0]).toEqual({ status: 'Unpaid', offset: 0 });
      expect(byStatus.length).toBeLessThanOrEqual(3);
      expect(byStatus.every((c) => c.status === 'Unpaid')).toBe(true);
      expect(new Set(calls.filter((c) => c.status === null).map((c) => c.offset))).toEqual(
        openPages
      );
      expect(countEntities(cache.db, 'invoices')).toBe(provider.data.invoices.length);
      // The next sync does not try again.
      await sync('incremental');
      calls = asked();
      expect(calls.filter((c) => c.status !== null)).toEqual([]);
      expect(calls.filter((c) => c.status === null)).toHaveLength(openPages.size);
    } finally {
      provider.setFaults({});
    }
  });
});
