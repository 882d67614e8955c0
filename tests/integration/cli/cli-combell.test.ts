import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { systemClock } from '@main/core/ports';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import { makeTempDir } from '../../fakes/temp-dir';

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      env,
      promptHidden: null
    }
  };
}

/**
 * `hostdeck sync --combell-key`, `hostdeck prices import` and `hostdeck payu` from the cache,
 * against the Combell demo provider over loopback (the CLI runs on the system clock, so the
 * provider does too).
 */
describe('hostdeck with a Combell account', () => {
  let provider: CombellDemoProvider;
  let dir: { path: string; cleanup: () => void };
  let secretDir: { path: string; cleanup: () => void };
  let secretFile: string;
  const sync = (...extra: string[]) => [
    'sync',
    '--combell-key',
    provider.credentials.apiKey,
    '--combell-url',
    provider.url,
    '--data-dir',
    dir.path,
    ...extra
  ];

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startCombellDemoProvider({
      clock: systemClock,
      seed: 9,
      accounts: 7,
      domains: 11
    });
    secretDir = makeTempDir();
    secretFile = join(secretDir.path, 'combell-secret');
    writeFileSync(secretFile, `${provider.credentials.apiSecret}\n`, { mode: 0o600 });
  });
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
    secretDir.cleanup();
  });

  it('exits 3 when Combell refuses the signature of a wrong secret, 2 without any secret', async () => {
    const wrong = io({ HOSTDECK_COMBELL_SECRET: 'not-the-secret' });
    expect(await runCli(sync(), wrong.io)).toBe(3);
    expect(wrong.err.join('')).toMatch(/refused the credentials/);
    expect(provider.requests.at(-1)?.status).toBe(401);
    const none = io();
    expect(await runCli(sync(), none.io)).toBe(2);
    expect(none.err.join('')).toMatch(/--combell-key needs the Combell API secret/);
    const stray = io();
    expect(await runCli(['sync', '--combell-url', provider.url], stray.io)).toBe(2);
  });

  it('syncs accounts and domains page by page and records the hour', async () => {
    const before = provider.requests.length;
    const run = io();
    expect(
      await runCli(sync('--combell-secret-file', secretFile, '--page-size', '3'), run.io)
    ).toBe(0);
    const output = run.out.join('');
    expect(output).toMatch(/ok\s+services\s+7 changed/);
    expect(output).toMatch(/ok\s+domains\s+11 changed/);
    expect(output).toMatch(/recorded hourly image \d{4}-\d\d-\d\dT\d\d:00:00Z/);
    const lists = provider.requests
      .slice(before)
      .map((r) => r.path)
      .filter((p) => /^\/v2\/(accounts|domains)\?/.test(p));
    expect(lists).toEqual([
      '/v2/accounts?skip=0&take=3',
      '/v2/accounts?skip=3&take=3',
      '/v2/accounts?skip=6&take=3',
      '/v2/domains?skip=0&take=3',
      '/v2/domains?skip=3&take=3',
      '/v2/domains?skip=6&take=3',
      '/v2/domains?skip=9&take=3'
    ]);
    // The secret never reaches the profile file, the cache or the log.
    const files = readdirSync(dir.path, { recursive: true, encoding: 'utf8' })
      .map((rel) => join(dir.path, rel))
      .filter((p) => statSync(p).isFile());
    expect(files.some((f) => f.endsWith('cache.sqlite'))).toBe(true);
    for (const file of files)
      expect(readFileSync(file).toString('latin1'), file).not.toContain(
        provider.credentials.apiSecret
      );
  });

  it('waits out a 429 for its Retry-After and still syncs', async () => {
    provider.setFaults({ rateLimited: { count: 1, retryAfterSeconds: 1 } });
    const run = io({ HOSTDECK_COMBELL_SECRET: provider.credentials.apiSecret });
    const before = provider.requests.length;
    expect(await runCli(sync(), run.io)).toBe(0);
    expect(provider.requests.slice(before).map((r) => r.status)).toContain(429);
  });

  it('imports a price list, refusing a wrong file line by line with exit 2', async () => {
    const bad = join(dir.path, 'bad.csv');
    writeFileSync(
      bad,
      'kind,name,monthly_price,currency\nservicepack,Hosting Basic,9.95,EUR\nbundle,X,1,EUR\naddon,Daily backup,1.234,EUR\n'
    );
    const refused = io();
    expect(await runCli(['prices', 'import', bad, '--data-dir', dir.path], refused.io)).toBe(2);
    expect(refused.err.join('')).toMatch(/bad\.csv: line 3: kind must be servicepack or addon/);
    expect(refused.err.join('')).toMatch(/bad\.csv: line 4: .*more than 2 decimals/);
    expect(refused.err.join('')).toMatch(/nothing was imported/);

    const good = join(dir.path, 'prices.csv');
    writeFileSync(
      good,
      'kind,name,monthly_price,currency\nservicepack,Hosting Basic,9.95,EUR\nservicepack,Hosting Pro,19.95,EUR\n'
    );
    const imported = io();
    expect(await runCli(['prices', 'import', good, '--data-dir', dir.path], imported.io)).toBe(0);
    const list = JSON.parse(imported.out.join('')) as {
      imported: number;
      currency: string;
      entries: { name: string; monthlyPrice: number | null }[];
    };
    expect(list.imported).toBe(2);
    expect(list.currency).toBe('EUR');
    expect(list.entries.find((e) => e.name === 'Hosting Basic')?.monthlyPrice).toBe(995);
  });

  it("prints the month object from the profile's own record, flagging packs without a price", async () => {
    const now = new Date();
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit'
    })
      .format(now)
      .slice(0, 7);
    const run = io();
    expect(
      await runCli(['payu', '--data-dir', dir.path, '--month', month, '--format', 'json'], run.io)
    ).toBe(0);
    const report = JSON.parse(run.out.join('')) as {
      source: string;
      recordingSince: string;
      currency: string;
      rows: { pack: string; monthlyPrice: number }[];
      unpriced: { name: string }[];
      warnings: { code: string; name?: string }[];
    };
    expect(report.source).toBe('hostdeck');
    expect(report.recordingSince).toMatch(/:00:00Z$/);
    expect(report.currency).toBe('EUR');
    for (const row of report.rows.filter((r) => r.pack === 'Hosting Basic'))
      expect(row.monthlyPrice).toBe(995);
    const unpricedPacks = new Set(
      report.rows
        .filter((r) => !['Hosting Basic', 'Hosting Pro'].includes(r.pack))
        .map((r) => r.pack)
    );
    expect(new Set(report.unpriced.map((u) => u.name))).toEqual(unpricedPacks);
    expect(
      new Set(report.warnings.filter((w) => w.code === 'unpriced-pack').map((w) => w.name))
    ).toEqual(unpricedPacks);
  });
});
