import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainView } from '@shared/contract';
import type { Domain } from '@shared/model';
import { systemClock } from '@main/core/ports';
import { openCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags, runCommand as run } from '../../fakes/cli-kit';

interface Shown {
  readonly domain: DomainView;
  readonly history: readonly { key: string; event: string }[];
}

/**
 * `hostdeck domains show|renew|auto-renew` against the demo provider over loopback: a WHMCS
 * connection (renewal on the client area's page, no auto-renew switch through the API) and
 * the built-in demo profile (renewal through the API, then a sync).
 */
describe('hostdeck domains', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let secretFile: string;
  const whmcs = () => [
    ...demoFlags(provider.url),
    '--secret-file',
    secretFile,
    '--data-dir',
    dir.path
  ];
  const cached = async (profile: string[]): Promise<Domain[]> => {
    const listed = await run(['export', 'domains', '--format', 'json', ...profile]);
    expect(listed.code, listed.err).toBe(0);
    return JSON.parse(listed.out) as Domain[];
  };
  const show = async (reference: string, profile: string[]): Promise<Shown> => {
    const shown = await run(['domains', 'show', reference, ...profile]);
    expect(shown.code, shown.err).toBe(0);
    return JSON.parse(shown.out) as Shown;
  };

  beforeAll(async () => {
    dir = makeTempDir();
    secretFile = join(dir.path, 'secret');
    writeFileSync(secretFile, `${demoCredentials.secret}\n`, { mode: 0o600 });
    // The CLI runs on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 9, clock: systemClock });
    const synced = await run(['sync', ...whmcs()]);
    expect(synced.code, synced.err).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('shows a cached domain by name in any case or by id, with its alert and history', async () => {
    const listing = [...demoFlags(provider.url), '--data-dir', dir.path];
    // `export` and `alerts` find the WHMCS connection's cache as the other commands do.
    const domains = await cached(listing);
    const alerting = domains.find((d) => d.status === 'grace');
    expect(alerting).toBeDefined();
    const byName = await show(alerting!.name.toUpperCase(), listing);
    expect(byName.domain).toMatchObject({
      id: alerting!.id,
      name: alerting!.name,
      status: 'grace',
      alert: { key: `domain:${alerting!.id}:grace`, severity: 'critical' }
    });
    expect(byName.domain.daysLeft).toBeLessThan(0);
    expect(byName.history).toEqual([]);
    expect(await show(alerting!.id, listing)).toEqual(byName);
    // What `hostdeck alerts snooze` did shows in the domain's history.
    const snoozed = await run(['alerts', 'snooze', `domain:${alerting!.id}:grace`, ...listing]);
    expect(snoozed.code, snoozed.err).toBe(0);
    const history = (await show(alerting!.name, listing)).history;
    expect(history).toMatchObject([
      { key: `domain:${alerting!.id}:grace`, event: 'snoozed', until: 'next-threshold' }
    ]);

    const unknown = await run(['domains', 'show', 'no-such-domain.example', ...listing]);
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toMatch(/no cached domain "no-such-domain.example"/);
  });

  it('renews on the WHMCS client area: prints the renewal page to open, changes nothing', async () => {
    // A provider at an https address (the page path never reaches the provider).
    const store = openProfileStore(dir.path);
    const host = store.add(
      {
        name: 'My host',
        kind: 'whmcs',
        baseUrl: 'https://billing.example.com/',
        authMode: 'classic',
        login: 'api-id',
        clientId: '7'
      },
      new Date().toISOString()
    );
    const cache = openCache(join(store.dirOf(host.id), 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => Date.now()
    });
    const [domain] = await cached(['--data-dir', dir.path]);
    upsertEntities(cache.db, 'domains', [domain!], 'run-1');
    cache.close();
    const renewed = await run([
      'domains',
      'renew',
      domain!.name,
      '--profile',
      'My host',
      '--data-dir',
      dir.path
    ]);
    expect(renewed.code, renewed.err).toBe(0);
    expect(JSON.parse(renewed.out)).toEqual({
      id: domain!.id,
      mode: 'page-url',
      url: 'https://billing.example.com/cart.php?gid=renewals',
      synced: false,
      message: `Open the provider's renewal page to renew ${domain!.name}.`
    });

    // The demo provider's address is plain http on loopback: no page to send anyone to.
    const before = provider.data.domains.find((d) => String(d.id) === domain!.id)!.expirydate;
    const refused = await run(['domains', 'renew', domain!.name, ...whmcs()]);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toMatch(/renewal page cannot be opened: Links using http: are not opened/);
    expect(provider.data.domains.find((d) => String(d.id) === domain!.id)!.expirydate).toBe(before);
  });

  it('refuses to switch auto-renew where the provider API cannot (exit 1), and an unknown domain (exit 2)', async () => {
    const [domain] = await cached(['--data-dir', dir.path]);
    const refused = await run(['domains', 'auto-renew', domain!.name, 'on', ...whmcs()]);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toMatch(/cannot switch auto-renew; change it in the provider's panel/);
    const unknown = await run(['domains', 'auto-renew', 'nope.example', 'off', ...whmcs()]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no cached domain "nope.example"; run "hostdeck sync" first/);
    const bad = await run(['domains', 'auto-renew', domain!.name, 'maybe', ...whmcs()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/then on or off/);
  });

  it('renews through the API of the built-in demo provider, then syncs the new expiry', async () => {
    const store = openProfileStore(dir.path);
    store.add(
      {
        name: 'Built-in demo',
        kind: 'demo',
        baseUrl: null,
        authMode: 'demo',
        login: null,
        clientId: null
      },
      new Date().toISOString()
    );
    const demo = ['--profile', 'Built-in demo', '--data-dir', dir.path];
    const synced = await run(['sync', ...demo]);
    expect(synced.code, synced.err).toBe(0);
    const domain = (await cached(demo)).find((d) => d.status === 'active' && d.expiresOn)!;
    const renewed = await run(['domains', 'renew', domain.name, ...demo]);
    expect(renewed.code, renewed.err).toBe(0);
    expect(JSON.parse(renewed.out)).toEqual({
      id: domain.id,
      mode: 'renewed',
      url: null,
      synced: true,
      message: `${domain.name} was renewed for one year.`
    });
    const after = await show(domain.id, demo);
    const year = (date: string) => Number(date.slice(0, 4));
    expect(year(after.domain.expiresOn!)).toBe(year(domain.expiresOn!) + 1);
    expect(after.domain.expiresOn!.slice(4)).toBe(domain.expiresOn!.slice(4));
  }, 60_000);
});
