import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { countEntities, readEntities } from '@main/core/cache/repositories/entities';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { runSync, type SyncReport } from '@main/core/sync/sync-engine';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createFileLogger } from '@main/node/file-logger';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '../../fakes/auto-clock';
import { makeTempDir } from '../../fakes/temp-dir';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files (relative to `dir`) whose bytes contain `text` as sent, JSON-escaped or URL-encoded. */
function filesContaining(dir: string, text: string): string[] {
  const spellings = [text, JSON.stringify(text).slice(1, -1), encodeURIComponent(text)];
  return filesUnder(dir)
    .filter((file) => {
      const bytes = readFileSync(file);
      return spellings.some((s) => bytes.includes(Buffer.from(s, 'utf8')));
    })
    .map((file) => file.slice(dir.length + 1));
}

/**
 * WHMCS GetClientsProducts answers every service's control-panel password in clear text.
 * A sync of the demo provider (which does the same) over loopback, into a real data folder
 * with the file logger, must leave no trace of them: not in the cache, its WAL or the log,
 * including when pages fail and errors are logged.
 */
describe('control-panel passwords from GetClientsProducts', () => {
  const clock = new AutoClock();
  let provider: DemoProvider;
  let dataDir: { path: string; cleanup: () => void };
  let cache: OpenedCache;
  let passwords: string[];
  const reports: SyncReport[] = [];

  beforeAll(async () => {
    provider = await startDemoProvider({ size: 'demo', seed: 7, clock });
    passwords = provider.data.services.map((s) => s.password);
    dataDir = makeTempDir();
    const logger = createFileLogger(join(dataDir.path, 'logs'));
    cache = openCache(join(dataDir.path, 'profiles', 'demo', 'cache.sqlite'), {
      logger,
      now: () => clock.now()
    });
    const http = resilientHttpFor(
      { http: createNodeHttp(), clock, logger, timeZone: 'Europe/Brussels' },
      { attempts: 1 }
    );
    const adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'enabled',
        pageSize: 5,
        auth: {
          mode: 'classic',
          identifier: provider.credentials.identifier,
          secret: provider.credentials.secret,
          clientId: String(provider.credentials.clientId)
        }
      },
      { http, clock, logger }
    );
    const sync = async (mode: 'full' | 'incremental') =>
      reports.push(await runSync({ db: cache.db, adapter, clock, logger, pageSize: 5 }, { mode }));
    await sync('full');
    // Failing pages take the error paths (and their log lines) too.
    provider.setFaults({ malformedJson: 0.4, htmlError: 0.2 });
    await sync('full');
    await sync('incremental');
    provider.setFaults({});
    await sync('incremental');
  });

  afterAll(async () => {
    if (cache?.db.isOpen) cache.close();
    await provider?.close();
    dataDir?.cleanup();
  });

  it('are sent by the provider, one per service', async () => {
    expect(passwords).toHaveLength(provider.data.services.length);
    expect(new Set(passwords).size).toBe(passwords.length);
    const body = new URLSearchParams({
      action: 'GetClientsProducts',
      responsetype: 'json',
      identifier: provider.credentials.identifier,
      secret: provider.credentials.secret,
      clientid: String(provider.credentials.clientId)
    });
    const res = await fetch(`${provider.url}/includes/api.php`, { method: 'POST', body });
    const text = await res.text();
    for (const password of passwords) expect(text).toContain(password);
  });

  it('syncs every service, and some pages failed and were logged on the way', () => {
    expect(reports[0]?.ok).toBe(true);
    expect(reports.slice(1, 3).some((r) => !r.ok)).toBe(true);
    expect(countEntities(cache.db, 'services')).toBe(provider.data.services.length);
    expect(readEntities(cache.db, 'services').every((s) => !('password' in s))).toBe(true);
    const log = readFileSync(join(dataDir.path, 'logs', 'hostdeck.log'), 'utf8');
    // A failed services page was logged (the sync engine's warning names the entity).
    expect(log).toMatch(/"level":"warn".*"entity":"services"/);
  });

  it('are in no file of the data folder, while the cache is open and after it is closed', () => {
    const files = filesUnder(dataDir.path).map((f) => f.slice(dataDir.path.length + 1));
    expect(files).toEqual(expect.arrayContaining([join('logs', 'hostdeck.log')]));
    // The search does see what was synced (here, the services' domains)…
    const domain = provider.data.services[0]?.domain ?? '';
    expect(filesContaining(dataDir.path, domain).length).toBeGreaterThan(0);
    // …and finds no password anywhere.
    const leaks = () =>
      passwords.flatMap((p) => filesContaining(dataDir.path, p).map((f) => `${f}: ${p}`));
    expect(leaks()).toEqual([]);
    cache.close();
    expect(leaks()).toEqual([]);
  });
});
