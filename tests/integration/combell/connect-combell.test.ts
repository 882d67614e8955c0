import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { AppFailure } from '@main/core/errors';
import { connectCombell } from '@main/core/profiles/connect-combell';
import { runSync } from '@main/core/sync/sync-engine';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '../../fakes/auto-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

describe('connectCombell', () => {
  let provider: CombellDemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let clock: AutoClock;
  const logger = new RecordingLogger();
  const deps = () => ({
    http: createNodeHttp(),
    clock,
    logger,
    timeZone: 'Europe/Brussels'
  });

  beforeEach(async () => {
    dir = makeTempDir();
    clock = new AutoClock(Date.parse('2026-11-22T09:30:00Z'));
    provider = await startCombellDemoProvider({ clock, seed: 3, accounts: 6, domains: 8 });
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
  });

  afterEach(async () => {
    cache.db.close();
    await provider.close();
    dir.cleanup();
  });

  it('signs every retry afresh, so 429s waited out are not refused as replays', async () => {
    provider.setFaults({ rateLimited: { count: 2, retryAfterSeconds: 4 } });
    const adapter = connectCombell(
      { baseUrl: provider.url, ...provider.credentials, pageSize: 50 },
      deps()
    );
    const report = await runSync({ db: cache.db, adapter, clock, logger }, { mode: 'full' });
    expect(report.ok).toBe(true);
    expect(clock.sleeps).toEqual([4_000, 4_000]);
    expect(provider.requests.slice(0, 3).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(provider.requests.some((r) => r.status === 401)).toBe(false);
    const count = cache.db.prepare('SELECT count(*) AS n FROM services').get() as { n: number };
    expect(count.n).toBe(6);
  });

  it('refuses a clear-text address away from this machine before sending anything', () => {
    expect(() =>
      connectCombell({ baseUrl: 'http://api.example.com', apiKey: 'k', apiSecret: 's' }, deps())
    ).toThrow(AppFailure);
  });
});
