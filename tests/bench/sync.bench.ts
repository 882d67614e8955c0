/**
 * Sync benchmark (issue 10): a full sync of the `large` demo data (2,000 accounts, 5,000
 * domains, 20,000 invoices with their 20,000 GetInvoice details, 10,000 tickets with their
 * threads, 12 months of usage) over loopback HTTP into a fresh SQLite file, against its bare
 * floor; then an incremental sync with nothing changed, against the full one.
 *
 * The floor makes the same HTTP requests the full sync made (recorded from the first full
 * sync: same URLs, headers and bodies, in the same order, detail calls four at a time as the
 * sync does) with bare node:http over kept-alive connections (the cheapest way Node makes
 * them; fetch costs several times more per request), and stores their rows bare: each reply
 * JSON.parsed, each row of its first array (or the whole reply of a detail call) inserted as
 * JSON text into one table, one transaction per reply, in a SQLite file opened with the
 * cache's pragmas. After one recording sync and one floor to warm the floor's own code, floors
 * and full syncs alternate, RUNS full syncs (default 5) each between two floors; the medians
 * of wall time and of this process's CPU time (the client's own cost: the provider's is the
 * same for both, and CPU time moves less than wall time on a busy machine) are printed, and
 * the ratio is the median of each full sync over the mean of the floors either side of it:
 * this machine's speed drifts by tens of percent over a minute, and a floor on each side
 * cancels a steady drift, which one floor before the sync would add to the ratio (the ratio
 * to the floor before alone is printed too). The incremental sync is measured twice: as it
 * runs most of the time (the open invoices read apart, the pages of settled invoices the
 * provider confirmed within 6 hours not asked for), and as it runs once those pages are due
 * again (every page asked for, as before SETTLED_RECHECK_MS existed). The demo provider runs in a child process so
 * the peak memory printed is the sync's own. So is the resident memory printed after the full
 * syncs: as they left it, then once the heap's unused memory is given back as both shells do
 * after every sync (src-main/node/heap-release.ts; target < 250 MB, issue 10).
 *
 * Run: npm run bench -- sync
 */
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { configure, openCache } from '../../src-main/core/cache/database';
import { countEntities } from '../../src-main/core/cache/repositories/entities';
import { countUsageIntervals } from '../../src-main/core/usage/usage-repository';
import { systemClock, type Http, type HttpRequest, type Logger } from '../../src-main/core/ports';
import { resilientHttpFor } from '../../src-main/core/profiles/connect';
import { createWhmcsAdapter } from '../../src-main/core/providers/whmcs/whmcs-adapter';
import { runSync, type SyncReport } from '../../src-main/core/sync/sync-engine';
import { demoCredentials } from '../../src-main/demo-provider';
import { createHeapReleaser } from '../../src-main/node/heap-release';
import { createNodeHttp } from '../../src-main/node/node-http';

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

/** A request as sent, without its abort signal, to be sent again by the floor. */
type Recorded = Omit<HttpRequest, 'signal'>;

/** Detail calls the sync makes four at a time (ticket threads and invoice details). */
const DETAIL_ACTION = /(?:^|&)action=(?:GetTicket|GetInvoice)(?:&|$)/;
const CONCURRENCY = 4;

function isDetail(request: Recorded): boolean {
  return typeof request.body === 'string' && DETAIL_ACTION.test(request.body);
}

/** The first array in a reply (WHMCS lists nest theirs, e.g. invoices.invoice), breadth first. */
function firstArray(value: unknown): unknown[] | null {
  let level: unknown[] = [value];
  for (let depth = 0; depth < 4 && level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const v of level) {
      if (Array.isArray(v)) return v;
      if (v !== null && typeof v === 'object') next.push(...Object.values(v));
    }
    level = next;
  }
  return null;
}

/** The floor: the recorded requests sent again with bare node:http, their rows stored bare. */
async function bareFloor(
  requests: readonly Recorded[],
  path: string
): Promise<{ ms: number; cpu: number }> {
  const db = new DatabaseSync(path);
  configure(db);
  db.exec('CREATE TABLE raw (url TEXT NOT NULL, json TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO raw (url, json) VALUES (?, ?)');
  const agent = new Agent({ keepAlive: true });
  const store = async (request: Recorded): Promise<void> => {
    const reply: unknown = JSON.parse(await bareRequest(agent, request));
    const rows = isDetail(request) ? null : firstArray(reply);
    db.exec('BEGIN');
    if (rows === null) insert.run(request.url, JSON.stringify(reply));
    else for (const row of rows) insert.run(request.url, JSON.stringify(row));
    db.exec('COMMIT');
  };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let i = 0;
  while (i < requests.length) {
    const request = requests[i]!;
    if (!isDetail(request)) {
      await store(request);
      i += 1;
      continue;
    }
    let end = i;
    while (end < requests.length && isDetail(requests[end]!)) end += 1;
    let next = i;
    const worker = async (): Promise<void> => {
      while (next < end) await store(requests[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, end - i) }, worker));
    i = end;
  }
  const ms = performance.now() - start;
  const cpu = cpuMs(process.cpuUsage(cpuStart));
  agent.destroy();
  db.close();
  return { ms, cpu };
}

/**
 * One request with node:http over kept-alive connections, the reply body as text: the
 * cheapest way Node sends it (fetch costs several times more CPU per request).
 */
function bareRequest(agent: Agent, request: Recorded): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      request.url,
      { method: request.method, headers: { ...request.headers }, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      }
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/** User plus system CPU of this process (the client: the provider runs in another one). */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  // What both shells run after a sync (src-main/node/heap-release.ts), from the same start.
  const heap = createHeapReleaser();
  const provider = await startProvider();
  const dir = mkdtempSync(join(tmpdir(), 'hostdeck-bench-sync-'));
  const recorded: Recorded[] = [];
  let recording = true;
  let requests = 0;
  const nodeHttp = createNodeHttp();
  const http: Http = {
    send: (request) => {
      requests += 1;
      if (recording) {
        const { signal: _signal, ...copy } = request;
        recorded.push(copy);
      }
      return nodeHttp.send(request);
    }
  };
  const deps = { http, clock: systemClock, logger: quiet, timeZone: 'Europe/Brussels' };
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
  let caches = 0;
  const fullSync = async (): Promise<{
    ms: number;
    cpu: number;
    path: string;
    report: SyncReport;
  }> => {
    const path = join(dir, `cache-${(caches += 1)}.sqlite`);
    const cache = openCache(path, { logger: quiet, now: () => Date.now() });
    try {
      const t = performance.now();
      const cpuStart = process.cpuUsage();
      const report = await runSync(
        { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
        { mode: 'full' }
      );
      const ms = performance.now() - t;
      const cpu = cpuMs(process.cpuUsage(cpuStart));
      if (!report.ok)
        throw new Error(
          `full sync failed: ${JSON.stringify(report.entities.filter((e) => !e.ok))}`
        );
      return { ms, cpu, path, report };
    } finally {
      cache.close();
    }
  };
  try {
    const runs = Number(process.env['RUNS'] ?? 5);
    const first = await fullSync();
    recording = false;
    // The recording sync warmed the sync's code; this warms the floor's.
    await bareFloor(recorded, join(dir, 'floor-warm.sqlite'));
    rmSync(join(dir, 'floor-warm.sqlite'), { force: true });
    const details = recorded.filter(isDetail).length;
    console.log(
      `recording full sync (large): ${s(first.ms)}, ${recorded.length} HTTP requests (${details} detail calls)`
    );
    const fulls: { ms: number; cpu: number }[] = [];
    const floors: { ms: number; cpu: number }[] = [];
    const floor = async (): Promise<void> => {
      const path = join(dir, `floor-${floors.length}.sqlite`);
      floors.push(await bareFloor(recorded, path));
      rmSync(path, { force: true });
    };
    let last = first;
    await floor();
    for (let r = 0; r < runs; r += 1) {
      last = await fullSync();
      fulls.push(last);
      await floor();
    }
    const rssAfterFull = process.resourceUsage().maxRSS * 1024;
    // The process at rest after the syncs, then after what the shells do 5 s after a sync.
    const residentAfterFull = process.memoryUsage.rss();
    const release = heap.releaseNow();
    const residentReleased = process.memoryUsage.rss();
    const fullMs = median(fulls.map((f) => f.ms));
    const floorMs = median(floors.map((f) => f.ms));
    const fullCpu = median(fulls.map((f) => f.cpu));
    const floorCpu = median(floors.map((f) => f.cpu));
    // Full sync i ran between floors i and i + 1.
    const around = (i: number, of: 'ms' | 'cpu'): number =>
      (floors[i]![of] + floors[i + 1]![of]) / 2;
    const wallRatios = fulls.map((f, i) => f.ms / around(i, 'ms'));
    const cpuRatios = fulls.map((f, i) => f.cpu / around(i, 'cpu'));
    const wallRatio = median(wallRatios);
    const cpuRatio = median(cpuRatios);
    const wallBefore = median(fulls.map((f, i) => f.ms / floors[i]!.ms));
    const cpuBefore = median(fulls.map((f, i) => f.cpu / floors[i]!.cpu));
    const cache = openCache(last.path, { logger: quiet, now: () => Date.now() });
    try {
      type Inc = { ms: number; cpu: number; written: number; requests: number };
      const incremental = async (): Promise<Inc> => {
        const before = requests;
        const t = performance.now();
        const cpuStart = process.cpuUsage();
        const report = await runSync(
          { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
          { mode: 'incremental' }
        );
        const ms = performance.now() - t;
        const cpu = cpuMs(process.cpuUsage(cpuStart));
        if (!report.ok) throw new Error('incremental sync failed');
        const written = report.entities.reduce((n, e) => n + e.written, 0);
        return { ms, cpu, written, requests: requests - before };
      };
      const incs: Inc[] = [];
      const dues: Inc[] = [];
      for (let r = 0; r < runs; r += 1) {
        incs.push(await incremental());
        // As if the provider had confirmed every stored page more than 6 hours ago.
        cache.db.exec("UPDATE list_page_hashes SET checked_at = '2000-01-01T00:00:00.000Z'");
        dues.push(await incremental());
      }
      const incMs = median(incs.map((i) => i.ms));
      const incCpu = median(incs.map((i) => i.cpu));
      const dueMs = median(dues.map((i) => i.ms));
      const dueCpu = median(dues.map((i) => i.cpu));
      console.log(
        `  cached: ${countEntities(cache.db, 'invoices')} invoices, ${countEntities(cache.db, 'domains')} domains, ${countEntities(cache.db, 'tickets')} tickets, ${countEntities(cache.db, 'services')} services, ${countUsageIntervals(cache.db)} usage intervals; cache file ${mb(statSync(last.path).size)}`
      );
      console.log(
        `median of ${runs} runs each (load average ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')}):`
      );
      console.log(`                                           wall      client CPU`);
      console.log(
        `  floor (same requests, rows stored bare)  ${s(floorMs).padStart(7)}   ${s(floorCpu).padStart(7)}`
      );
      console.log(
        `  full sync                                ${s(fullMs).padStart(7)}   ${s(fullCpu).padStart(7)}`
      );
      console.log(
        `  ratio full / floors either side          ${wallRatio.toFixed(2).padStart(6)}x   ${cpuRatio.toFixed(2).padStart(6)}x  (target <= 1.25x)`
      );
      console.log(
        `    each full sync (wall/CPU): ${wallRatios.map((w, i) => `${w.toFixed(2)}/${cpuRatios[i]!.toFixed(2)}`).join('  ')}`
      );
      console.log(
        `    to the floor before it alone: ${wallBefore.toFixed(2)}x / ${cpuBefore.toFixed(2)}x`
      );
      const pct = (part: number, whole: number): string =>
        `${((part / whole) * 100).toFixed(1).padStart(6)} %`;
      console.log(
        `  incremental sync, nothing changed        ${s(incMs).padStart(7)}   ${s(incCpu).padStart(7)}  ${incs[0]!.requests} requests; rows written: ${incs.map((i) => i.written).join(', ')}`
      );
      console.log(
        `  ratio incremental / full                 ${pct(incMs, fullMs)}  ${pct(incCpu, fullCpu)}  (target <= 5 %)`
      );
      console.log(
        `  the same, settled invoice pages due      ${s(dueMs).padStart(7)}   ${s(dueCpu).padStart(7)}  ${dues[0]!.requests} requests; rows written: ${dues.map((i) => i.written).join(', ')}`
      );
      console.log(
        `    (every 6 hours)  ratio to full         ${pct(dueMs, fullMs)}  ${pct(dueCpu, fullCpu)}`
      );
    } finally {
      cache.close();
    }
    console.log(
      `peak memory (maxRSS): after the full syncs ${mb(rssAfterFull)}, at end ${mb(process.resourceUsage().maxRSS * 1024)}`
    );
    console.log(
      `resident after the full syncs: ${mb(residentAfterFull)}; once the heap's unused memory is given back: ${mb(residentReleased)} (target < 250 MB)`
    );
    console.log(
      release
        ? `  the heap: ${mb(release.before)} -> ${mb(release.after)}, ${mb(release.used)} of it in use`
        : '  the heap had not grown enough to give any back'
    );
  } finally {
    provider.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
