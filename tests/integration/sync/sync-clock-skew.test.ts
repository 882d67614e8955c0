import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { readUsage } from '@main/core/usage/usage-repository';
import type { ProviderAdapter, UsageQuery } from '@main/core/providers/provider';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '@main/core/sync/sync-engine';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoClassicAuth } from '../../fakes/core-kit';

/**
 * The reseller's computer and the provider disagree about the time by hours, both ways. Each
 * side gets its own clock; incremental syncs must keep working and end with exactly the usage
 * a fresh full sync at the same instants would hold, and no window sent may be empty or
 * reversed (the provider answers "to must not be before from" to those).
 */
const PROVIDER_START = '2026-11-22T09:30:00Z';
const HOUR = 3_600_000;

describe.each([
  ['5 hours behind', -5],
  ['5 hours ahead of', 5]
] as const)('a client whose clock runs %s the provider’s', (_label, skewHours) => {
  const logger = new RecordingLogger();
  const open: { cache: OpenedCache }[] = [];
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };

  afterEach(async () => {
    for (const o of open.splice(0)) o.cache.close();
    await provider.close();
    dir.cleanup();
  });

  /** A cache and a usage-recording adapter on the client's clock. */
  function client(name: string, clock: FakeClock) {
    const cache = openCache(join(dir.path, `${name}.sqlite`), { logger, now: () => clock.now() });
    open.push({ cache });
    const queries: UsageQuery[] = [];
    const adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        auth: demoClassicAuth()
      },
      { http: createNodeHttp(), clock, logger }
    );
    const recording: ProviderAdapter = {
      ...adapter,
      getUsage: (query) => {
        queries.push(query);
        return adapter.getUsage(query);
      }
    };
    const sync = (mode: 'full' | 'incremental') =>
      runSync({ db: cache.db, adapter: recording, clock, logger, pageSize: 50 }, { mode });
    return { cache, queries, sync };
  }

  it('keeps incremental usage syncs working and complete', async () => {
    dir = makeTempDir();
    const providerClock = new FakeClock(PROVIDER_START);
    const clientClock = new FakeClock(Date.parse(PROVIDER_START) + skewHours * HOUR);
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 4, clock: providerClock });
    const reseller = client('skewed', clientClock);

    expect((await reseller.sync('full')).ok).toBe(true);
    providerClock.advance(3 * HOUR);
    clientClock.advance(3 * HOUR);
    const incremental = await reseller.sync('incremental');
    expect(incremental.entities.find((e) => e.entity === 'usage')).toMatchObject({ ok: true });
    expect(incremental.ok).toBe(true);
    // Right away again: nothing new on either clock, still no error.
    expect((await reseller.sync('incremental')).ok).toBe(true);

    for (const q of reseller.queries) expect(Date.parse(q.from)).toBeLessThan(Date.parse(q.to));

    const held = readUsage(reseller.cache.db, 0, Number.MAX_SAFE_INTEGER);
    // Usage is held up to the earlier of both clocks: the provider has nothing newer than
    // its own last hour, and this machine asks for nothing after its own now.
    const lastHour = Math.min(
      Math.ceil(providerClock.now() / HOUR) - 1,
      Math.floor(clientClock.now() / HOUR)
    );
    expect(held.lastSnapshot).toBe(new Date(lastHour * HOUR).toISOString().replace('.000Z', 'Z'));
    expect(Math.max(...held.intervals.map((i) => Date.parse(i.end)))).toBe((lastHour + 1) * HOUR);

    // The same as one full sync at this instant: no hour lost between the two windows.
    const reference = client('reference', new FakeClock(clientClock.now()));
    expect((await reference.sync('full')).ok).toBe(true);
    expect(held).toEqual(readUsage(reference.cache.db, 0, Number.MAX_SAFE_INTEGER));
  });
});
