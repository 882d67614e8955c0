import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import {
  countEntities,
  readEntities,
  upsertEntities
} from '@main/core/cache/repositories/entities';
import { forgetPageHashes } from '@main/core/cache/repositories/list-page-hashes';
import { saveCursor } from '@main/core/cache/repositories/sync-state';
import { storeFetchedTicket } from '@main/core/tickets/ticket-write-repository';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { ProviderAdapter } from '@main/core/providers/provider';
import { runSync, type SyncReport } from '@main/core/sync/sync-engine';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

const NOW = '2026-11-22T09:30:00Z';
const PAGE = 25;

describe('an incremental sync of listing pages the provider sends unchanged', () => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let adapter: ProviderAdapter;
  const clock = new FakeClock(NOW);
  const logger = new RecordingLogger();
  let first: SyncReport;

  const sync = (mode: 'full' | 'incremental') =>
    runSync({ db: cache.db, adapter, clock, logger, pageSize: PAGE }, { mode });
  const outcome = (report: SyncReport, entity: string) =>
    report.entities.find((e) => e.entity === entity);
  const domainPages = () => Math.ceil(provider.data.domains.length / PAGE);

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 7, clock });
    const deps = { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' };
    adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        auth: demoClassicAuth()
      },
      { http: resilientHttpFor(deps), clock, logger }
    );
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
    first = await sync('full');
  });

  afterAll(async () => {
    cache?.close();
    await provider?.close();
    dir?.cleanup();
  });

  it('reads every page on the first sync', () => {
    expect(first.ok).toBe(true);
    expect(first.entities.filter((e) => e.unchangedPages !== undefined)).toEqual([]);
    expect(domainPages()).toBeGreaterThan(1);
  });

  it('does not read pages again when nothing changed, and keeps every row', async () => {
    const again = await sync('incremental');
    expect(again.ok).toBe(true);
    // The listings WHMCS does not page (transactions, credits, departments) are one page.
    for (const entity of [
      'domains',
      'invoices',
      'services',
      'tickets',
      'transactions',
      'credits',
      'departments'
    ]) {
      expect(outcome(again, entity)?.written, entity).toBe(0);
      expect(outcome(again, entity)?.unchangedPages, entity).toBeGreaterThan(0);
    }
    expect(outcome(again, 'domains')?.unchangedPages).toBe(domainPages());
    expect(countEntities(cache.db, 'domains')).toBe(provider.data.domains.length);
    expect(countEntities(cache.db, 'invoices')).toBe(provider.data.invoices.length);
  });

  it('picks up a row changed at the provider and reads only its page', async () => {
    const at = PAGE + 2;
    const source = provider.data.domains[at]!;
    provider.data.domains.splice(at, 1, { ...source, expirydate: '2031-01-15' });
    try {
      const again = await sync('incremental');
      expect(outcome(again, 'domains')?.written).toBe(1);
      expect(outcome(again, 'domains')?.unchangedPages).toBe(domainPages() - 1);
      const cached = readEntities(cache.db, 'domains').find((d) => d.id === String(source.id));
      expect(cached?.expiresOn).toBe('2031-01-15');
    } finally {
      provider.data.domains.splice(at, 1, source);
    }
    // The change is undone at the provider: the next sync reads that page again.
    const back = await sync('incremental');
    expect(outcome(back, 'domains')?.written).toBe(1);
  });

  it('reads a listing the provider does not page again once it changed', async () => {
    const [first] = provider.data.credits;
    expect(first).toBeDefined();
    provider.data.credits.push({ ...first!, id: 990001, description: 'Goodwill credit' });
    try {
      const again = await sync('incremental');
      expect(outcome(again, 'credits')?.unchangedPages).toBeUndefined();
      expect(outcome(again, 'credits')?.written).toBe(1);
      expect(outcome(again, 'transactions')?.unchangedPages).toBe(1);
    } finally {
      provider.data.credits.pop();
    }
    const back = await sync('incremental');
    expect(outcome(back, 'credits')?.written).toBe(1);
    expect(countEntities(cache.db, 'credits')).toBe(provider.data.credits.length);
  });

  it('removes a ticket stored outside a listing once the provider does not list it', async () => {
    expect((await sync('incremental')).ok).toBe(true);
    const listed = readEntities(cache.db, 'tickets')[0]!;
    // What the outbox stores once the provider confirmed a new ticket, which the provider
    // then dropped: the listing no longer holds it, though every page is as it was.
    storeFetchedTicket(cache.db, { ...listed, id: '990777', publicId: '990777', messages: [] });
    const again = await sync('incremental');
    expect(outcome(again, 'tickets')?.unchangedPages).toBeUndefined();
    expect(readEntities(cache.db, 'tickets').some((t) => t.id === '990777')).toBe(false);
    expect(countEntities(cache.db, 'tickets')).toBe(provider.data.tickets.length);
  });

  it('reads an entity again after a local change to one of its rows', async () => {
    const domain = readEntities(cache.db, 'domains')[0]!;
    // What the auto-renew switch stores (here the provider did not take it).
    upsertEntities(
      cache.db,
      'domains',
      [{ ...domain, autoRenew: !domain.autoRenew }],
      'auto-renew'
    );
    forgetPageHashes(cache.db, 'domains');
    const again = await sync('incremental');
    expect(outcome(again, 'domains')?.unchangedPages).toBeUndefined();
    expect(outcome(again, 'domains')?.written).toBe(1);
    const cached = readEntities(cache.db, 'domains').find((d) => d.id === domain.id);
    expect(cached?.autoRenew).toBe(domain.autoRenew);
    // Other entities keep their stored pages.
    expect(outcome(again, 'invoices')?.unchangedPages).toBeGreaterThan(0);
  });

  it('removes a row the provider stopped listing even when later pages shift', async () => {
    const [removed] = provider.data.domains.splice(1, 1);
    try {
      const again = await sync('incremental');
      expect(outcome(again, 'domains')?.written).toBe(1);
      expect(readEntities(cache.db, 'domains').some((d) => d.id === String(removed!.id))).toBe(
        false
      );
      expect(countEntities(cache.db, 'domains')).toBe(provider.data.domains.length);
    } finally {
      provider.data.domains.splice(1, 0, removed!);
    }
  });

  it('trusts no stored page while a stopped listing resumes, and reads every page once more', async () => {
    const pages = domainPages();
    await sync('incremental');
    // A listing that stopped after its first page (the app quit, the network dropped).
    saveCursor(cache.db, 'domains', 'stopped-run', String(PAGE), NOW);
    const resumed = await sync('incremental');
    expect(outcome(resumed, 'domains')?.unchangedPages).toBeUndefined();
    expect(countEntities(cache.db, 'domains')).toBe(provider.data.domains.length);
    // The listing after it starts over and reads again the pages the resumed run did not.
    const next = await sync('incremental');
    expect(outcome(next, 'domains')?.unchangedPages ?? 0).toBeLessThan(pages);
    const settled = await sync('incremental');
    expect(outcome(settled, 'domains')?.unchangedPages).toBe(pages);
  });
});
