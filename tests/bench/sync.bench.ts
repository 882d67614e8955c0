/**
 * Sync benchmark: a full sync of the `large` demo data (2,000 accounts, 5,000 domains,
 * 20,000 invoices, 10,000 tickets with 100,000 messages, 12 months of usage) over loopback
 * HTTP into a fresh SQLite file, then an incremental sync with nothing changed. The demo
 * provider runs in a child process so the peak memory printed is the sync's own.
 *
 * Run: npm run bench -- sync
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../src-main/core/cache/database';
import { countEntities } from '../../src-main/core/cache/repositories/entities';
import { countUsageIntervals } from '../../src-main/core/cache/repositories/usage';
import { systemClock, type Logger } from '../../src-main/core/ports';
import { resilientHttpFor } from '../../src-main/core/profiles/connect';
import { createWhmcsAdapter } from '../../src-main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '../../src-main/core/sync/sync-engine';
import { demoCredentials } from '../../src-main/demo-provider';
import { createNodeHttp } from '../../src-main/platform-node/node-http';

const quiet: Logger = { log: () => undefined };

async function startProvider(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'demo-provider', '--size', 'large', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`demo provider exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const provider = await startProvider();
  const dir = mkdtempSync(join(tmpdir(), 'hostdeck-bench-sync-'));
  const cache = openCache(join(dir, 'cache.sqlite'), { logger: quiet, now: () => Date.now() });
  const deps = {
    http: createNodeHttp(),
    clock: systemClock,
    logger: quiet,
    timeZone: 'Europe/Brussels'
  };
  const adapter = createWhmcsAdapter(
    {
      baseUrl: provider.url,
      usage: 'enabled',
      pageSize: 250,
      auth: {
        mode: 'classic',
        identifier: demoCredentials.identifier,
        secret: demoCredentials.secret,
        clientId: String(demoCredentials.clientId)
      }
    },
    { http: resilientHttpFor(deps), clock: systemClock, logger: quiet }
  );
  try {
    let t = performance.now();
    const full = await runSync(
      { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
      { mode: 'full' }
    );
    const fullMs = performance.now() - t;
    if (!full.ok)
      throw new Error(`full sync failed: ${JSON.stringify(full.entities.filter((e) => !e.ok))}`);
    const rssAfterFull = process.resourceUsage().maxRSS * 1024;
    t = performance.now();
    const incremental = await runSync(
      { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
      { mode: 'incremental' }
    );
    const incMs = performance.now() - t;
    if (!incremental.ok) throw new Error('incremental sync failed');
    const written = incremental.entities.reduce((n, e) => n + e.written, 0);
    console.log(`full sync (large):           ${(fullMs / 1000).toFixed(1)} s`);
    console.log(
      `  cached: ${countEntities(cache.db, 'invoices')} invoices, ${countEntities(cache.db, 'domains')} domains, ${countEntities(cache.db, 'tickets')} tickets, ${countEntities(cache.db, 'services')} services, ${countUsageIntervals(cache.db)} usage intervals`
    );
    console.log(`  cache file: ${mb(statSync(join(dir, 'cache.sqlite')).size)}`);
    console.log(
      `incremental sync (no change): ${(incMs / 1000).toFixed(1)} s, rows written: ${written}`
    );
    console.log(
      `peak memory (maxRSS): after full ${mb(rssAfterFull)}, at end ${mb(process.resourceUsage().maxRSS * 1024)}`
    );
  } finally {
    cache.close();
    provider.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
