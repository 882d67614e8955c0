/**
 * Ticket search benchmark, through the path the UI uses: the `large` demo data's 10,000
 * tickets (100,000 messages) are synced over loopback HTTP into a fresh cache (departments
 * and tickets only), then a web shell serves that cache and the same HTTP RPC the browser
 * page sends measures:
 *   - a bare `app:get-status` round trip (the transport's floor), and
 *   - `tickets:list` keyword searches over subjects and every message (FTS5), first pages
 *     of 50 rows with their totals, as the Tickets screen asks for them.
 * Calls alternate between the two, so both see the same machine load. It prints p50/p95 side
 * by side and the ratio of the p95s (issue 11's target: at most 3x).
 *
 * Run: npm run bench -- tickets-search   (ROUNDS=N for more samples, default 40 per query;
 * BENCH_DATA_DIR=DIR keeps the seeded data there and reuses it on the next run)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../src-main/core/cache/database';
import { systemClock, type Logger } from '../../src-main/core/ports';
import { resilientHttpFor } from '../../src-main/core/profiles/connect';
import { openProfileStore } from '../../src-main/core/profiles/profile-store';
import { createWhmcsAdapter } from '../../src-main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '../../src-main/core/sync/sync-engine';
import { demoCredentials } from '../../src-main/demo-provider';
import { createSessionSecretStore } from '../../src-main/node/keytar-secret-store';
import { createNodeHttp } from '../../src-main/node/node-http';
import { startWebShell, type WebShell } from '../../src-main/web-shell/web-shell';

const quiet: Logger = { log: () => undefined };
const ROUNDS = Number(process.env['ROUNDS'] ?? 40);

async function startProvider(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'demo-provider', '--size', 'large', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] }
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

/** Syncs departments and tickets (with every thread) of the large demo data into `dataDir`. */
async function seed(dataDir: string): Promise<{ publicId: string }> {
  if (existsSync(join(dataDir, 'profiles.json'))) {
    const store = openProfileStore(dataDir);
    const cache = openCache(join(store.dirOf(store.activeId() ?? ''), 'cache.sqlite'), {
      logger: quiet,
      now: () => Date.now()
    });
    const row = cache.db
      .prepare('SELECT public_id FROM tickets ORDER BY id LIMIT 1 OFFSET 4321')
      .get() as { public_id: string };
    cache.close();
    console.log(`reusing the seeded data in ${dataDir}`);
    return { publicId: row.public_id };
  }
  const provider = await startProvider();
  try {
    const store = openProfileStore(dataDir);
    const profile = store.add(
      {
        name: 'Large demo (tickets)',
        kind: 'whmcs',
        baseUrl: provider.url,
        authMode: 'classic',
        login: demoCredentials.identifier,
        clientId: String(demoCredentials.clientId)
      },
      new Date().toISOString()
    );
    store.setActive(profile.id);
    const cacheFile = join(store.dirOf(profile.id), 'cache.sqlite');
    const cache = openCache(cacheFile, { logger: quiet, now: () => Date.now() });
    const deps = { http: createNodeHttp(), clock: systemClock, logger: quiet, timeZone: 'UTC' };
    const adapter = createWhmcsAdapter(
      {
        baseUrl: provider.url,
        usage: 'disabled',
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
    const t = performance.now();
    const report = await runSync(
      { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
      { mode: 'full', entities: ['departments', 'tickets'] }
    );
    const ms = performance.now() - t;
    if (!report.ok) throw new Error(`sync failed: ${JSON.stringify(report.entities)}`);
    const count = (sql: string) => (cache.db.prepare(sql).get() as { n: number }).n;
    const tickets = count('SELECT count(*) AS n FROM tickets');
    const messages = count('SELECT coalesce(sum(message_count), 0) AS n FROM ticket_state');
    const indexed = count('SELECT count(*) AS n FROM ticket_search');
    const { public_id: publicId } = cache.db
      .prepare('SELECT public_id FROM tickets ORDER BY id LIMIT 1 OFFSET 4321')
      .get() as { public_id: string };
    cache.close();
    console.log(
      `seeded ${tickets} tickets, ${messages} messages (${indexed} indexed) in ${(ms / 1000).toFixed(1)} s; cache file ${(statSync(cacheFile).size / 1024 / 1024).toFixed(0)} MB`
    );
    return { publicId };
  } finally {
    provider.stop();
  }
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const kept = process.env['BENCH_DATA_DIR'];
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'hostdeck-bench-search-'));
  let shell: WebShell | null = null;
  try {
    const { publicId } = await seed(dataDir);
    // No secret is stored, so the shell's start-up sync fails at once and cannot load the run.
    shell = await startWebShell({
      dataDir,
      staticDir: null,
      version: 'bench',
      secrets: createSessionSecretStore('benchmark'),
      autoDemo: false
    });
    const link = await fetch(shell.url, { redirect: 'manual' });
    const cookie = link.headers.getSetCookie()[0]?.split(';')[0];
    if (!cookie) throw new Error('the web shell link set no cookie');
    const base = shell.server.url;
    const call = async (channel: string, input: unknown): Promise<Record<string, unknown>> => {
      const res = await fetch(new URL(`/rpc/${channel}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ input })
      });
      const body = (await res.json()) as { ok: boolean; value?: Record<string, unknown> };
      if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
      return body.value ?? {};
    };
    // Wait for the start-up sync attempt to end, so it does not share the measured run.
    for (let i = 0; i < 200; i++) {
      if ((await call('app:get-status', undefined))['syncing'] === false) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const queries: readonly { label: string; input: Record<string, unknown> }[] = [
      { label: 'one word, few hits ("escalated")', input: { q: 'escalated', status: 'all' } },
      { label: 'one word, many hits ("hello")', input: { q: 'hello', status: 'all' } },
      { label: 'two words ("browser cache")', input: { q: 'browser cache', status: 'all' } },
      { label: 'subject words ("invoice pdf")', input: { q: 'invoice pdf' } },
      { label: 'prefix ("screensh")', input: { q: 'screensh', status: 'all' } },
      { label: 'no match ("xylophone")', input: { q: 'xylophone', status: 'all' } },
      { label: `#number ("#${publicId}")`, input: { q: `#${publicId}`, status: 'all' } },
      {
        label: 'word + dates, by subject ("thank")',
        input: { q: 'thank', status: 'all', from: '2000-01-01', to: '2100-12-31', sort: 'subject' }
      }
    ];
    const totals = new Map<string, number>();
    for (const q of queries)
      totals.set(q.label, Number((await call('tickets:list', q.input))['total']));
    for (let i = 0; i < 20; i++) await call('app:get-status', undefined);

    const status: number[] = [];
    const search: number[] = [];
    const perQuery = new Map<string, number[]>(queries.map((q) => [q.label, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        let t = performance.now();
        await call('app:get-status', undefined);
        status.push(performance.now() - t);
        t = performance.now();
        await call('tickets:list', q.input);
        const ms = performance.now() - t;
        search.push(ms);
        perQuery.get(q.label)!.push(ms);
      }
    }

    const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);
    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
    console.log(
      `\nweb shell RPC over loopback, ${status.length} calls each, interleaved (load average ${load})`
    );
    console.log(`${''.padEnd(44)}${'p50'.padStart(10)}${'p95'.padStart(10)}`);
    console.log(
      `${'app:get-status (bare round trip)'.padEnd(44)}${fmt(percentile(status, 50))}${fmt(percentile(status, 95))}`
    );
    console.log(
      `${'tickets:list keyword search (all queries)'.padEnd(44)}${fmt(percentile(search, 50))}${fmt(percentile(search, 95))}`
    );
    for (const q of queries) {
      const samples = perQuery.get(q.label)!;
      console.log(
        `  ${`${q.label} [${totals.get(q.label)} hits]`.padEnd(42)}${fmt(percentile(samples, 50))}${fmt(percentile(samples, 95))}`
      );
    }
    const [searchP95, statusP95] = [percentile(search, 95), percentile(status, 95)];
    const ratio = searchP95 / statusP95;
    const median = percentile(search, 50) / percentile(status, 50);
    console.log(
      `\np95 keyword search ${searchP95.toFixed(2)} ms / p95 app:get-status ${statusP95.toFixed(2)} ms = ${ratio.toFixed(2)}x (target <= 3x: ${ratio <= 3 ? 'met' : 'NOT met'})`
    );
    console.log(`ratio p50(search) / p50(app:get-status): ${median.toFixed(2)}x`);
  } finally {
    await shell?.close();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
