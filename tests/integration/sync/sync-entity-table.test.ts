import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheScope } from '@shared/contract';
import { SYNC_ENTITIES } from '@shared/contract/sync-entities';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { countEntities } from '@main/core/cache/repositories/entities';
import { ENTITY_TABLE, entitySupported, LIST_ENTITIES } from '@main/core/cache/entity-table';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { ProviderAdapter } from '@main/core/providers/provider';
import { runSync, type SyncReport } from '@main/core/sync/sync-engine';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

describe("a sync follows the entity table's list, capabilities and scopes", () => {
  let provider: DemoProvider;
  let cache: OpenedCache;
  let dir: { path: string; cleanup: () => void };
  let adapter: ProviderAdapter;
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const logger = new RecordingLogger();
  const announced: CacheScope[][] = [];
  let report: SyncReport;

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 7, clock });
    const deps = { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' };
    adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        auth: {
          mode: 'classic',
          identifier: demoCredentials.identifier,
          secret: demoCredentials.secret,
          clientId: String(demoCredentials.clientId)
        }
      },
      { http: resilientHttpFor(deps), clock, logger }
    );
    cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now: () => clock.now() });
    report = await runSync(
      {
        db: cache.db,
        adapter,
        clock,
        logger,
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

  it('reads, in order, every entity whose capabilities the provider has', () => {
    expect(report.ok).toBe(true);
    const expected = SYNC_ENTITIES.filter((e) => entitySupported(e, adapter.capabilities()));
    expect(report.entities.map((e) => e.entity)).toEqual(expected);
    // The demo WHMCS serves everything a reseller lists, so nothing is skipped here.
    expect(expected).toEqual(expect.arrayContaining(Object.keys(LIST_ENTITIES)));
  });

  it('fills each listed entity’s cache table and announces exactly the scopes of what changed', () => {
    for (const entity of Object.keys(LIST_ENTITIES) as (keyof typeof LIST_ENTITIES)[])
      if (report.entities.find((e) => e.entity === entity)!.written > 0)
        expect(countEntities(cache.db, entity), entity).toBeGreaterThan(0);
    const written = report.entities.filter((e) => e.written > 0);
    expect(written.length).toBeGreaterThan(3);
    const scopes = new Set<CacheScope>(['status']);
    for (const e of written) scopes.add(ENTITY_TABLE[e.entity as keyof typeof ENTITY_TABLE].scope);
    expect(announced).toHaveLength(1);
    expect(new Set(announced[0])).toEqual(scopes);
  });
});
