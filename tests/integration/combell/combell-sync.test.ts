import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Domain, Service } from '@shared/model';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { createResilientHttp } from '@main/core/http/resilient-http';
import type { Http } from '@main/core/ports';
import { createCombellAdapter } from '@main/core/providers/combell/combell-adapter';
import { UnsupportedError } from '@main/core/providers/errors';
import { runSync } from '@main/core/sync/sync-engine';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '../../fakes/auto-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

const HOUR = 3_600_000;

/**
 * The Combell adapter against the Combell demo provider over loopback: signed requests,
 * paging by skip/take, 429 with Retry-After waited on the clock both sides share, the
 * rate-limit budget, refused credentials and IP, and the auto-renew switch.
 */
describe('Combell sync against the demo provider', () => {
  let provider: CombellDemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let clock: AutoClock;
  const logger = new RecordingLogger();

  const adapterWith = (options: { secret?: string; clientClock?: AutoClock } = {}) =>
    createCombellAdapter(
      {
        baseUrl: provider.url,
        apiKey: provider.credentials.apiKey,
        apiSecret: options.secret ?? provider.credentials.apiSecret,
        pageSize: 5,
        timeZone: 'Europe/Brussels'
      },
      {
        http: createNodeHttp(),
        clock: options.clientClock ?? clock,
        logger,
        resilience: (signed: Http) =>
          createResilientHttp({
            http: signed,
            clock: options.clientClock ?? clock,
            random: () => 0.5,
            timeoutMs: 5_000,
            maxAttempts: 4,
            baseDelayMs: 500,
            maxDelayMs: 15_000,
            maxRetryAfterSeconds: 120,
            circuit: { failureThreshold: 5, probeAfterMs: 30_000 }
          })
      }
    );
  const sync = (adapter = adapterWith()) =>
    runSync({ db: cache.db, adapter, clock, logger, pageSize: 5 }, { mode: 'full' });
  const services = (): Service[] =>
    (cache.db.prepare('SELECT json FROM services ORDER BY id').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Service
    );
  const domains = (): Domain[] =>
    (cache.db.prepare('SELECT json FROM domains ORDER BY id').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Domain
    );
  const advance = (ms: number) => clock.sleep(ms);

  beforeEach(async () => {
    dir = makeTempDir();
    clock = new AutoClock(Date.parse('2026-11-22T09:30:00Z'));
    provider = await startCombellDemoProvider({ clock, seed: 7, accounts: 12, domains: 23 });
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
  });

  afterEach(async () => {
    cache.db.close();
    await provider.close();
    dir.cleanup();
  });

  it('fills services with accounts (pack, identifier, add-ons) and domains, page by page', async () => {
    const report = await sync();
    expect(report.ok).toBe(true);
    // Combell serves no account summary, invoices, credit or tickets: they are not asked for.
    expect(report.entities.map((e) => e.entity)).toEqual(['services', 'domains']);

    const accounts = services();
    expect(accounts).toHaveLength(12);
    const first = accounts.find((s) => s.id === '1001')!;
    expect(first.name).toBe('Hosting Basic');
    expect(first.domain).toBe(provider.data.accounts[0]!.identifier);
    for (const service of accounts) {
      const source = provider.data.accounts.find((a) => String(a.id) === service.id)!;
      expect(service.addons?.map((a) => a.name)).toEqual(source.addons.map((a) => a.name));
    }
    expect(accounts.some((s) => (s.addons?.length ?? 0) > 0)).toBe(true);

    const cached = domains();
    expect(cached).toHaveLength(23);
    const sample = provider.data.domains[0]!;
    const row = cached.find((d) => d.name === sample.name)!;
    expect(row.autoRenew).toBe(sample.willRenew);
    // The expiry instant is read as a calendar date in Brussels.
    expect(row.expiresOn).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(sample.expiresAt)
    );

    // 12 accounts in pages of 5, 23 domains in pages of 5, each page one signed request.
    const listCalls = provider.requests
      .filter((r) => /^\/v2\/(accounts|domains)\?/.test(r.path))
      .map((r) => r.path);
    expect(listCalls).toEqual([
      '/v2/accounts?skip=0&take=5',
      '/v2/accounts?skip=5&take=5',
      '/v2/accounts?skip=10&take=5',
      '/v2/domains?skip=0&take=5',
      '/v2/domains?skip=5&take=5',
      '/v2/domains?skip=10&take=5',
      '/v2/domains?skip=15&take=5',
      '/v2/domains?skip=20&take=5'
    ]);
    expect(provider.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('follows the accounts as they change over time on the shared clock', async () => {
    await sync();
    const ids = () => services().map((s) => s.id);
    expect(ids()).not.toContain('1013');

    await advance(21 * HOUR);
    await sync();
    expect(ids()).toEqual(expect.arrayContaining(['1013', '1014']));
    expect(services().find((s) => s.id === '1001')!.name).toBe('Hosting Pro');
    expect(services().find((s) => s.id === '1014')!.name).toBe('WordPress Starter');

    // The trial account is deleted 30 hours after its creation, inside the free 48 hours.
    await advance(13 * HOUR);
    await sync();
    expect(ids()).not.toContain('1014');
    expect(ids()).toContain('1015');
  });

  it('waits out a 429 for its Retry-After on the shared clock, then succeeds', async () => {
    provider.setFaults({ rateLimited: { count: 1, retryAfterSeconds: 7 } });
    const before = clock.now();
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(clock.sleeps).toContain(7_000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(7_000);
    expect(provider.requests[0]!.status).toBe(429);
    expect(services()).toHaveLength(12);
  });

  it('reports rate limiting when the provider keeps answering 429', async () => {
    provider.setFaults({ rateLimited: { count: 50, retryAfterSeconds: 3 } });
    const report = await sync();
    expect(report.ok).toBe(false);
    expect(report.entities.map((e) => [e.entity, e.ok, e.error?.kind])).toEqual([
      ['services', false, 'rate-limited'],
      ['domains', false, 'rate-limited']
    ]);
    // Three waits of Retry-After per entity (four attempts), then the entity gives up.
    expect(clock.sleeps).toEqual(Array.from({ length: 6 }, () => 3_000));
    expect(services()).toHaveLength(0);
  });

  it('waits for the X-RateLimit reset instead of running into a 429', async () => {
    await provider.close();
    provider = await startCombellDemoProvider({
      clock,
      seed: 7,
      accounts: 12,
      domains: 23,
      rateLimitPerMinute: 4
    });
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(provider.requests.some((r) => r.status === 429)).toBe(false);
    expect(clock.sleeps.some((ms) => ms > 0 && ms <= 60_000)).toBe(true);
    expect(services()).toHaveLength(12);
  });

  it('refuses a wrong secret as credentials, and a stale clock too, without touching the cache', async () => {
    await sync();
    const report = await sync(adapterWith({ secret: 'not-the-secret' }));
    expect(report.ok).toBe(false);
    expect(report.entities).toHaveLength(1);
    expect(report.entities[0]!.error).toMatchObject({ kind: 'auth' });
    expect(report.entities[0]!.error!.message).toMatch(/API key or its signature/);
    expect(services()).toHaveLength(12);

    const test = await adapterWith({ secret: 'not-the-secret' }).testConnection();
    expect(test).toMatchObject({ ok: false, reason: 'auth' });
    const late = new AutoClock(clock.now() - 10 * 60_000);
    expect(await adapterWith({ clientClock: late }).testConnection()).toMatchObject({
      ok: false,
      reason: 'auth'
    });
    expect(await adapterWith().testConnection()).toMatchObject({ ok: true });
  });

  it('refuses a replayed request (same nonce) with 401', async () => {
    const fixed = createCombellAdapter(
      { baseUrl: provider.url, ...provider.credentials },
      { http: createNodeHttp(), clock, nonce: () => 'always-the-same' }
    );
    expect(await fixed.testConnection()).toMatchObject({ ok: true });
    expect(await fixed.testConnection()).toMatchObject({ ok: false, reason: 'auth' });
  });

  it('says when Combell does not allow this IP', async () => {
    provider.setFaults({ ipBlocked: true });
    const test = await adapterWith().testConnection();
    expect(test).toMatchObject({ ok: false, reason: 'ip-not-allowed' });
    if (!test.ok) expect(test.message).toMatch(/Combell control panel/);
  });

  it('switches auto-renew only where Combell allows it', async () => {
    const adapter = adapterWith();
    const allowed = provider.data.domains.find((d) => d.canToggleRenew)!;
    const locked = provider.data.domains.find((d) => !d.canToggleRenew)!;
    const was = allowed.willRenew;
    await adapter.setDomainAutoRenew(allowed.name.toUpperCase(), !was);
    expect(allowed.willRenew).toBe(!was);
    expect(provider.requests.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/v2/domains/${allowed.name}/renew`,
      status: 204
    });

    const lockedWas = locked.willRenew;
    await expect(adapter.setDomainAutoRenew(locked.name, !lockedWas)).rejects.toBeInstanceOf(
      UnsupportedError
    );
    expect(locked.willRenew).toBe(lockedWas);
    expect(provider.requests.some((r) => r.method === 'PUT' && r.path.includes(locked.name))).toBe(
      false
    );
  });
});
