import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { openCache } from '@main/core/cache/database';
import { isoFromHour } from '@main/core/time';
import { hourOf, readUsage } from '@main/core/usage/usage-repository';
import { systemClock } from '@main/core/ports';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { captureIo, demoFlags } from '../../fakes/cli-kit';

/**
 * `hostdeck payu` without `--snapshots` on a WHMCS profile: the month from the provider's
 * usage data in the cache is the month object the same snapshots give from a file.
 */
describe('hostdeck payu from a WHMCS profile cache', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 8, clock: systemClock });
    const sync = captureIo();
    expect(
      await runCli(['sync', ...demoFlags(provider.url), '--data-dir', dir.path], {
        ...sync.io,
        env: { HOSTDECK_SECRET: demoCredentials.secret }
      })
    ).toBe(0);
  });
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('prints the same month object as the snapshots file of the cached hours', async () => {
    const store = openProfileStore(dir.path);
    const profile = store.list()[0]!;
    const cache = openCache(join(store.dirOf(profile.id), 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => Date.now()
    });
    const usage = readUsage(cache.db, 0, Number.MAX_SAFE_INTEGER);
    cache.close();
    expect(usage.intervals.length).toBeGreaterThan(0);
    // Every available hour as a snapshot of the resources present in it.
    const missing = new Set(usage.missingHours.map(hourOf));
    const lines: string[] = [];
    for (let h = hourOf(usage.firstSnapshot!); h <= hourOf(usage.lastSnapshot!); h += 1) {
      if (missing.has(h)) continue;
      const items = usage.intervals
        .filter((i) => hourOf(i.start) <= h && h < hourOf(i.end))
        .map((i) => ({
          resourceId: i.resourceId,
          kind: i.kind,
          parentAccountId: i.parentAccountId,
          pack: i.pack,
          monthlyPrice: i.monthlyPrice
        }));
      lines.push(JSON.stringify({ ts: isoFromHour(h), items }));
    }
    const file = join(dir.path, 'snapshots.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const month = usage.lastSnapshot!.slice(0, 7);
    const asOf = isoFromHour(hourOf(usage.lastSnapshot!) + 1);
    const fromFile = captureIo();
    expect(
      await runCli(['payu', '--snapshots', file, '--month', month, '--as-of', asOf], fromFile.io)
    ).toBe(0);
    const fromCache = captureIo();
    expect(
      await runCli(
        ['payu', '--data-dir', dir.path, '--month', month, '--as-of', asOf],
        fromCache.io
      )
    ).toBe(0);
    const cached = JSON.parse(fromCache.out.join('')) as Record<string, unknown>;
    expect(cached).toMatchObject({ source: 'provider', recordingSince: null, unpriced: [] });
    const { source, recordingSince, currency, unpriced, ...engine } = cached;
    void [source, recordingSince, currency, unpriced];
    const filed = JSON.parse(fromFile.out.join('')) as Record<string, unknown>;
    expect((filed.rows as unknown[]).length).toBeGreaterThan(0);
    // The cache holds 400 days of history, so a file starting at its first hour judges the
    // same runs: the month objects are equal field for field.
    expect(engine).toEqual(filed);
  });

  it('says to sync first when the profile has no cache, with exit 1', async () => {
    const empty = makeTempDir();
    try {
      const run = captureIo();
      expect(await runCli(['payu', '--data-dir', empty.path, '--month', '2026-11'], run.io)).toBe(
        1
      );
      expect(run.err.join('')).toMatch(/run "hostdeck sync" first/);
    } finally {
      empty.cleanup();
    }
  });
});
