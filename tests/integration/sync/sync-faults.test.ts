import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { countEntities } from '@main/core/cache/repositories/entities';
import { getSyncState } from '@main/core/cache/repositories/sync-state';
import { createResilientHttp, type ConnectivityState } from '@main/core/http/resilient-http';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '@main/core/sync/sync-engine';
import type { SyncProgress } from '@shared/contract';
import { startDemoProvider, type DemoProvider, type FaultConfig } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '../../fakes/auto-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

/**
 * Each injected fault must end in a typed error (or a recovered sync), the right retry
 * behaviour, an intact cache and a visible state. Backoff waits run on a fake clock whose
 * recorded sleeps are the retry schedule.
 */
describe('sync under injected provider faults', () => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let clock: AutoClock;
  let states: ConnectivityState[];
  const logger = new RecordingLogger();

  const adapterWith = (random = () => 0.5) => {
    const http = createResilientHttp({
      http: createNodeHttp(),
      clock,
      random,
      timeoutMs: 5_000,
      maxAttempts: 4,
      baseDelayMs: 500,
      maxDelayMs: 15_000,
      maxRetryAfterSeconds: 120,
      circuit: { failureThreshold: 5, probeAfterMs: 30_000 },
      onStateChange: (s) => states.push(s)
    });
    return createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        pageSize: 25,
        auth: demoClassicAuth()
      },
      { http, clock, logger }
    );
  };
  const sync = (mode: 'full' | 'incremental' = 'full') =>
    runSync({ db: cache.db, adapter: adapterWith(), clock, logger, pageSize: 25 }, { mode });
  const counts = () => ({
    invoices: countEntities(cache.db, 'invoices'),
    domains: countEntities(cache.db, 'domains'),
    tickets: countEntities(cache.db, 'tickets')
  });
  const withFaults = async (faults: FaultConfig) => provider.setFaults(faults);

  beforeEach(async () => {
    dir = makeTempDir();
    clock = new AutoClock();
    states = [];
    // One clock for both sides: the provider's data and snapshots follow the client's time.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 11, clock });
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
    const first = await sync();
    expect(first.ok).toBe(true);
    clock.sleeps.length = 0;
  });
  afterEach(async () => {
    cache.close();
    await provider.close();
    dir.cleanup();
  });

  it('waits exactly Retry-After on a 429 and completes the sync', async () => {
    await withFaults({ rateLimit: { everyN: 4, retryAfterSeconds: 2 } });
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(new Set(clock.sleeps)).toEqual(new Set([2000]));
    expect(states).not.toContain('offline');
  });

  it('retries a burst of 500s with jittered backoff, then reports offline and keeps the cache', async () => {
    const before = counts();
    await withFaults({ errorRate: 1 });
    const report = await sync();
    expect(report.ok).toBe(false);
    const failures = report.entities.filter((e) => !e.ok);
    // The first request exhausts its retries on HTTP 500 (a provider error); the next failure
    // opens the circuit and the sync stops as offline instead of hammering the provider.
    expect(failures[0]?.error?.kind).toBe('provider');
    expect(failures[0]?.error?.message).toMatch(/500/);
    const failed = failures.at(-1)!;
    expect(failed.error?.kind).toBe('offline');
    // Full jitter with random() = 0.5: half of min(cap, 500·2^n) for each retry of the first request.
    expect(clock.sleeps.slice(0, 3)).toEqual([250, 500, 1000]);
    expect(states).toContain('offline');
    expect(counts()).toEqual(before);
    const state = getSyncState(cache.db, failed.entity);
    expect(state?.lastErrorKind).toBe('offline');
    expect(state?.lastSuccessAt).not.toBeNull();
    expect(cache.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  });

  it('turns a truncated JSON reply into a provider error without retrying it, keeping the cache', async () => {
    const before = counts();
    await withFaults({ malformedJson: 1 });
    const report = await sync();
    const failed = report.entities.find((e) => !e.ok)!;
    expect(failed.error?.kind).toBe('provider');
    expect(failed.error?.message).toMatch(/JSON|reply|response/i);
    expect(clock.sleeps).toEqual([]);
    expect(counts()).toEqual(before);
    expect(getSyncState(cache.db, failed.entity)?.lastErrorMessage).toBe(failed.error?.message);
  });

  it('turns an HTML error page into a provider error that names it', async () => {
    await withFaults({ htmlError: 1 });
    const report = await sync();
    const failed = report.entities.find((e) => !e.ok)!;
    expect(['provider', 'offline']).toContain(failed.error?.kind);
    expect(failed.error?.message).toMatch(/HTML|not JSON|unexpected|server/i);
    expect(counts().domains).toBeGreaterThan(0);
  });

  it('retries dropped connections and goes offline when they persist, keeping the cache', async () => {
    const before = counts();
    await withFaults({ dropConnection: 1 });
    const report = await sync();
    const failed = report.entities.find((e) => !e.ok)!;
    expect(failed.error?.kind).toBe('offline');
    // Three backoff waits between four attempts of the first (idempotent) request.
    expect(clock.sleeps.slice(0, 3)).toEqual([250, 500, 1000]);
    expect(getSyncState(cache.db, failed.entity)?.lastErrorKind).toBe('offline');
    expect(counts()).toEqual(before);
  });

  it('recovers on the next sync once the provider is healthy again', async () => {
    await withFaults({ errorRate: 1 });
    expect((await sync()).ok).toBe(false);
    await withFaults({});
    const report = await sync('incremental');
    expect(report.ok).toBe(true);
    expect(getSyncState(cache.db, 'domains')?.lastErrorKind).toBeNull();
  });
});

/** A demo-data provider, a fresh cache and an adapter, for syncs in pages of 5. */
async function pagedSync(faults: FaultConfig) {
  const dir = makeTempDir();
  const clock = new AutoClock();
  const provider = await startDemoProvider({ port: 0, size: 'demo', seed: 12, clock, faults });
  const logger = new RecordingLogger();
  const cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
  const adapter = createWhmcsAdapter(
    { baseUrl: provider.url, usage: 'enabled', auth: demoClassicAuth() },
    { http: createNodeHttp(), clock, logger }
  );
  /** A full sync in pages of 5. */
  const sync = (onProgress?: (p: SyncProgress) => void, signal?: AbortSignal) =>
    runSync(
      { db: cache.db, adapter, clock, logger, pageSize: 5, ...(onProgress ? { onProgress } : {}) },
      { mode: 'full', ...(signal ? { signal } : {}) }
    );
  const close = async (): Promise<void> => {
    cache.close();
    await provider.close();
    dir.cleanup();
  };
  return { provider, cache, sync, close };
}

/** With the provider healthy, the next full sync resumes the invoices and completes them. */
async function expectResumedToTheEnd(s: Awaited<ReturnType<typeof pagedSync>>): Promise<void> {
  s.provider.setFaults({});
  const second = await s.sync();
  expect(second.ok).toBe(true);
  expect(countEntities(s.cache.db, 'invoices')).toBe(s.provider.data.invoices.length);
  expect(getSyncState(s.cache.db, 'invoices')?.cursor).toBeNull();
}

describe('cancelling a sync', () => {
  it('stops between pages, keeps the cursor, and the next sync resumes and completes', async () => {
    const paged = await pagedSync({ latencyMs: 20 });
    const { provider, cache } = paged;
    try {
      const controller = new AbortController();
      const report = await paged.sync((p) => {
        if (p.entity === 'invoices' && p.done >= 20) controller.abort();
      }, controller.signal);
      expect(report.cancelled).toBe(true);
      expect(report.ok).toBe(false);
      const cursor = getSyncState(cache.db, 'invoices')?.cursor;
      expect(Number(cursor)).toBeGreaterThanOrEqual(20);
      expect(countEntities(cache.db, 'invoices')).toBeLessThan(provider.data.invoices.length);
      await expectResumedToTheEnd(paged);
    } finally {
      await paged.close();
    }
  });
});

describe('a listing that fails part-way', () => {
  it('keeps every page fetched before the failure, and the next sync resumes after them', async () => {
    const paged = await pagedSync({});
    const { provider, cache } = paged;
    try {
      // Pages arrive faster than a batch fills: the ones in hand when the provider starts
      // answering garbage are stored by the failing step itself.
      let fetched = 0;
      const first = await paged.sync((p) => {
        if (p.entity !== 'invoices' || p.phase !== 'entity') return;
        fetched = Math.max(fetched, p.done);
        if (p.done >= 20) provider.setFaults({ malformedJson: 1 });
      });
      const failed = first.entities.find((e) => e.entity === 'invoices');
      expect(failed?.ok).toBe(false);
      expect(fetched).toBeGreaterThanOrEqual(20);
      expect(fetched).toBeLessThan(provider.data.invoices.length);
      expect(countEntities(cache.db, 'invoices')).toBe(fetched);
      expect(Number(getSyncState(cache.db, 'invoices')?.cursor)).toBe(fetched);

      await expectResumedToTheEnd(paged);
    } finally {
      await paged.close();
    }
  });
});
