import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheScope } from '@shared/contract';
import { SYNC_ENTITIES } from '@shared/contract/sync-entities';
import type { ProviderCapabilities } from '@shared/model';
import { ENTITY_TABLE, entitySupported, LIST_ENTITIES } from '@main/core/cache/entity-table';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { countEntities, readEntities } from '@main/core/cache/repositories/entities';
import { getSyncState } from '@main/core/cache/repositories/sync-state';
import { countUsageIntervals, readUsage } from '@main/core/usage/usage-repository';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import { runSync } from '@main/core/sync/sync-engine';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

const NOW = '2026-11-22T09:30:00Z';

function minorOf(cents: number) {
  return { amountMinor: cents, currency: 'EUR' };
}

describe.each([
  ['classic API (identifier + secret)', 'classic'],
  ['WHMCS 9 REST login (email + password)', 'rest']
] as const)('a full sync of the demo provider over %s', (_label, mode) => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  const clock = new FakeClock(NOW);
  const logger = new RecordingLogger();
  let report: Awaited<ReturnType<typeof runSync>>;
  let capabilities: ProviderCapabilities;
  const announced: CacheScope[][] = [];

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 7, clock });
    const config: WhmcsAdapterConfig =
      mode === 'classic'
        ? {
            baseUrl: provider.url,
            usage: 'enabled',
            auth: demoClassicAuth()
          }
        : {
            baseUrl: provider.url,
            usage: 'enabled',
            classicActionsWithBearer: true,
            auth: { mode: 'rest', email: demoCredentials.email, password: demoCredentials.password }
          };
    const deps = { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' };
    const adapter = createWhmcsAdapter(config, { http: resilientHttpFor(deps), clock, logger });
    if (mode === 'rest') expect((await adapter.testConnection()).ok).toBe(true);
    capabilities = adapter.capabilities();
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
    report = await runSync(
      {
        db: cache.db,
        adapter,
        clock,
        logger,
        pageSize: 25,
        onChanged: (scopes) => announced.push([...scopes])
      },
      { mode: 'full' }
    );
  });

  afterAll(async () => {
    cache?.close();
    await provider?.close();
    dir?.cleanup();
  });

  it('completes every entity', () => {
    expect(report.entities.filter((e) => !e.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('reads, in order, every entity of the entity table whose capabilities the provider has', () => {
    const expected = SYNC_ENTITIES.filter((entity) => entitySupported(entity, capabilities));
    expect(report.entities.map((e) => e.entity)).toEqual(expected);
    // The demo WHMCS serves every listed entity, so none is skipped here.
    expect(expected).toEqual(expect.arrayContaining(Object.keys(LIST_ENTITIES)));
  });

  it("announces once exactly the entity table's scopes of what changed, and status", () => {
    const written = report.entities.filter((e) => e.written > 0);
    expect(written.length).toBeGreaterThan(3);
    const scopes = new Set<CacheScope>(['status']);
    for (const e of written) scopes.add(ENTITY_TABLE[e.entity as keyof typeof ENTITY_TABLE].scope);
    expect(announced).toHaveLength(1);
    expect(new Set(announced[0])).toEqual(scopes);
  });

  it('caches every domain with its expiry, next due date and auto-renew as the provider holds them', () => {
    const domains = readEntities(cache.db, 'domains');
    expect(domains).toHaveLength(provider.data.domains.length);
    for (const source of provider.data.domains) {
      const cached = domains.find((d) => d.id === String(source.id));
      expect(cached, source.domainname).toBeDefined();
      expect(cached!.name).toBe(source.domainname);
      expect(cached!.expiresOn).toBe(source.expirydate === '0000-00-00' ? null : source.expirydate);
      expect(cached!.nextDueOn).toBe(
        source.nextduedate === '0000-00-00' ? null : source.nextduedate
      );
      // The REST domain listing carries no donotrenew flag: unknown, never a guess.
      if (mode === 'classic') expect(cached!.autoRenew).toBe(!source.donotrenew);
      else expect([null, !source.donotrenew]).toContain(cached!.autoRenew);
    }
  });

  it('caches every invoice with its status and total in minor units', () => {
    const invoices = readEntities(cache.db, 'invoices');
    const expected = provider.data.invoices;
    expect(invoices).toHaveLength(expected.length);
    for (const source of expected) {
      const cached = invoices.find((i) => i.id === String(source.id));
      expect(cached).toBeDefined();
      expect(cached!.status).toBe(source.status.toLowerCase().replace(' ', '_'));
      expect(cached!.total).toEqual(minorOf(source.totalMinor));
    }
  });

  it('caches services and tickets with threads that never include staff notes', () => {
    expect(countEntities(cache.db, 'services')).toBe(provider.data.services.length);
    expect(countEntities(cache.db, 'tickets')).toBe(provider.data.tickets.length);
    const threads = cache.db.prepare('SELECT thread_json FROM tickets').all() as {
      thread_json: string | null;
    }[];
    expect(threads.every((t) => t.thread_json !== null)).toBe(true);
    const staffReplies = threads
      .flatMap((t) => JSON.parse(t.thread_json!) as { author: { kind: string } }[])
      .filter((m) => m.author.kind === 'staff');
    expect(staffReplies.length).toBeGreaterThan(0);
    expect(threads.some((t) => /internal note|staff only/i.test(t.thread_json!))).toBe(false);
  });

  it('leaves the ticket search index merged into one segment, ready for keyword searches', () => {
    // Each ticket write adds an FTS5 segment; the sync merges them when it is done, so a
    // search reads one doclist per word. Merging again must find nothing left to merge.
    const pages = () =>
      (cache.db.prepare('SELECT count(*) AS n FROM ticket_search_data').get() as { n: number }).n;
    const hits = () =>
      (
        cache.db
          .prepare("SELECT count(*) AS n FROM ticket_search WHERE ticket_search MATCH 'the*'")
          .get() as { n: number }
      ).n;
    const before = { pages: pages(), hits: hits() };
    expect(before.hits).toBeGreaterThan(0);
    cache.db.exec("INSERT INTO ticket_search (ticket_search) VALUES ('optimize')");
    expect({ pages: pages(), hits: hits() }).toEqual(before);
  });

  it('stores usage compactly as intervals that reproduce the provider hours', () => {
    const stored = countUsageIntervals(cache.db);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(provider.data.usage.intervals.length);
    const usage = readUsage(cache.db, 0, Number.MAX_SAFE_INTEGER);
    const hours = (list: readonly { start: string; end: string }[]) =>
      list.reduce((sum, i) => sum + (Date.parse(i.end) - Date.parse(i.start)) / 3_600_000, 0);
    // The latest snapshot is the last whole hour before now; open intervals end one hour after it.
    const lastHour = Math.floor(Date.parse(NOW) / 3_600_000) * 3_600_000 + 3_600_000;
    const sourceHours = provider.data.usage.intervals.reduce(
      (sum, i) =>
        sum +
        (Math.min(i.endMs ?? lastHour, lastHour) -
          Math.max(i.startMs, provider.data.usage.firstSnapshotMs)) /
          3_600_000,
      0
    );
    expect(hours(usage.intervals)).toBe(sourceHours);
    expect(usage.missingHours.length).toBe(provider.data.usage.missingHoursMs.length);
    expect(usage.currency).toBe('EUR');
  });

  it('records when each entity was last fresh', () => {
    expect(getSyncState(cache.db, 'domains')?.lastSuccessAt).toBe(new Date(NOW).toISOString());
    expect(getSyncState(cache.db, 'domains')?.cursor).toBeNull();
  });

  it('writes nothing on an incremental sync when nothing changed', async () => {
    const deps = { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' };
    const config: WhmcsAdapterConfig = {
      baseUrl: provider.url,
      usage: 'enabled',
      auth: demoClassicAuth()
    };
    const adapter = createWhmcsAdapter(config, { http: resilientHttpFor(deps), clock, logger });
    const again = await runSync({ db: cache.db, adapter, clock, logger }, { mode: 'incremental' });
    expect(again.ok).toBe(true);
    // The REST run lists fewer invoice fields; the comparison is meaningful for classic only.
    if (mode === 'classic') expect(again.entities.reduce((n, e) => n + e.written, 0)).toBe(0);
  });

  it('removes what the provider no longer lists on the next sync, and only that', async () => {
    const deps = { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' };
    const adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        auth: demoClassicAuth()
      },
      { http: resilientHttpFor(deps), clock, logger }
    );
    const before = readEntities(cache.db, 'domains').map((d) => d.id);
    const [removed] = provider.data.domains.splice(3, 1);
    try {
      const again = await runSync(
        { db: cache.db, adapter, clock, logger, pageSize: 25 },
        { mode: 'incremental' }
      );
      expect(again.ok).toBe(true);
      expect(again.entities.find((e) => e.entity === 'domains')?.written).toBe(1);
      expect(readEntities(cache.db, 'domains').map((d) => d.id)).toEqual(
        before.filter((id) => id !== String(removed!.id))
      );
      expect(countEntities(cache.db, 'invoices')).toBe(provider.data.invoices.length);
    } finally {
      provider.data.domains.splice(3, 0, removed!);
    }
  });
});
