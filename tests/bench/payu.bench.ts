/**
 * PAYU benchmark (issue 10): 2,000 resources × one month of hourly snapshots.
 *
 * 1. `hostdeck payu` end to end: the built CLI (`node out/main/cli.js payu …`, the build
 *    serialized through /tmp/hostdeck-build.lock and copied aside; BENCH_NO_BUILD=1 copies
 *    the current out/ as it is) on a JSON array file, against its floor: a bare Node process
 *    that reads the same file and JSON.parses it. Both are whole processes, started the same
 *    way, alternated, RUNS times each (default 7); the medians and their ratio are printed.
 * 2. The engine in-process: dataset and month for one month, then twelve months streamed.
 *
 * Prints figures only (no assertions). Run: `npm run bench -- payu`.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeMonth,
  createDatasetBuilder,
  monthBounds,
  snapshotsToDataset
} from '../../src-main/core/usage';
import type { UsageItem, UsageSnapshot } from '../../src-main/core/usage';

const RESOURCES = 2000;
const HOUR_MS = 3_600_000;
const TIME_ZONE = 'Europe/Brussels';

/** Small deterministic PRNG (mulberry32) so every run benches the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  readonly id: string;
  readonly kind: 'account' | 'addon';
  readonly parent: string | null;
  /** Presence windows [from, to) in hours since the origin, each with an optional upgrade hour. */
  readonly lives: readonly {
    readonly from: number;
    readonly to: number;
    readonly upgradeAt: number | null;
  }[];
  readonly pack: string;
  readonly price: number;
}

/** 70 % long-lived, 10 % upgraded, 10 % short-lived and recreated, 10 % with absences. */
function planResources(totalHours: number, seed: number): Plan[] {
  const random = prng(seed);
  const plans: Plan[] = [];
  for (let r = 0; r < RESOURCES; r += 1) {
    const kind = r % 10 < 7 ? 'account' : 'addon';
    const parent = kind === 'addon' ? `acc-${Math.floor(random() * r * 0.7)}` : null;
    const roll = random();
    const lives: { from: number; to: number; upgradeAt: number | null }[] = [];
    const born = Math.floor(random() * 48);
    if (roll < 0.7) lives.push({ from: born, to: totalHours, upgradeAt: null });
    else if (roll < 0.8)
      lives.push({
        from: born,
        to: totalHours,
        upgradeAt: born + Math.floor(random() * (totalHours - born))
      });
    else if (roll < 0.9) {
      for (let t = born; t < totalHours; t += 24 + Math.floor(random() * 200))
        lives.push({
          from: t,
          to: Math.min(totalHours, t + 1 + Math.floor(random() * 60)),
          upgradeAt: null
        });
    } else {
      let t = born;
      while (t < totalHours) {
        const end = Math.min(totalHours, t + 24 + Math.floor(random() * 300));
        lives.push({ from: t, to: end, upgradeAt: null });
        t = end + 1 + Math.floor(random() * 10);
      }
    }
    plans.push({
      id: `${kind === 'account' ? 'acc' : 'add'}-${r}`,
      kind,
      parent,
      lives,
      pack: `pack-${r % 7}`,
      price: 500 + (r % 40) * 125
    });
  }
  return plans;
}

/** The snapshot at hour h (fresh objects, as a parser would produce), or null for a missing one. */
function snapshotAt(plans: readonly Plan[], originMs: number, h: number): UsageSnapshot | null {
  // A few whole snapshots are missing: two per 500 hours.
  if (h % 500 === 250 || h % 500 === 251) return null;
  const items: UsageItem[] = [];
  for (const plan of plans) {
    const life = plan.lives.find((l) => l.from <= h && h < l.to);
    if (life === undefined) continue;
    const upgraded = life.upgradeAt !== null && h >= life.upgradeAt;
    items.push({
      resourceId: plan.id,
      kind: plan.kind,
      ...(plan.parent === null ? {} : { parentAccountId: plan.parent }),
      pack: upgraded ? `${plan.pack}-plus` : plan.pack,
      monthlyPrice: upgraded ? plan.price * 2 : plan.price
    });
  }
  return { ts: new Date(originMs + h * HOUR_MS).toISOString().replace('.000Z', 'Z'), items };
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  sampleRss();
  return { value, ms: performance.now() - start };
}

function months(from: string, count: number): string[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

function benchOneMonth(): void {
  const month = '2026-03';
  const { monthStart, monthEnd } = monthBounds(month, TIME_ZONE);
  const originMs = Date.parse(monthStart) - 72 * HOUR_MS;
  const totalHours = (Date.parse(monthEnd) - originMs) / HOUR_MS + 48;
  const plans = planResources(totalHours, 1);
  const generated = time(() => {
    const snapshots: UsageSnapshot[] = [];
    for (let h = 0; h < totalHours; h += 1) {
      const snapshot = snapshotAt(plans, originMs, h);
      if (snapshot !== null) snapshots.push(snapshot);
      if (h % 100 === 0) sampleRss();
    }
    return snapshots;
  });
  const items = generated.value.reduce((sum, s) => sum + s.items.length, 0);
  const dataset = time(() => snapshotsToDataset(generated.value));
  const asOf = new Date(Date.parse(monthEnd) + 48 * HOUR_MS).toISOString();
  const cold = time(() => computeMonth(dataset.value, { month, asOf, timeZone: TIME_ZONE }));
  const warm = time(() =>
    computeMonth(dataset.value, {
      month,
      asOf: new Date(Date.parse(monthEnd) - 100 * HOUR_MS).toISOString(),
      timeZone: TIME_ZONE
    })
  );
  console.log(
    `One month (${month}, ${TIME_ZONE}): ${RESOURCES} resources, ${generated.value.length} snapshots, ${items} items`
  );
  console.log(`  generate snapshots (not engine)  ${generated.ms.toFixed(1)} ms`);
  console.log(
    `  snapshotsToDataset              ${dataset.ms.toFixed(1)} ms  -> ${dataset.value.intervals.length} intervals`
  );
  console.log(
    `  computeMonth (first call)       ${cold.ms.toFixed(1)} ms  -> ${cold.value.rows.length} rows, total ${cold.value.total}, ${cold.value.warnings.length} warnings`
  );
  console.log(`  computeMonth (second call)      ${warm.ms.toFixed(1)} ms`);
  console.log(`  dataset + month                 ${(dataset.ms + cold.ms).toFixed(1)} ms`);
}

function benchTwelveMonths(): void {
  const list = months('2026-01', 12);
  const first = monthBounds(list[0] ?? '2026-01', TIME_ZONE);
  const last = monthBounds(list[list.length - 1] ?? '2026-12', TIME_ZONE);
  const originMs = Date.parse(first.monthStart) - 72 * HOUR_MS;
  const totalHours = (Date.parse(last.monthEnd) - originMs) / HOUR_MS + 48;
  const plans = planResources(totalHours, 2);
  // Generation and the builder interleave (streaming); only the builder's own calls are timed.
  let builderMs = 0;
  let items = 0;
  const streamed = time(() => {
    const builder = createDatasetBuilder();
    for (let h = 0; h < totalHours; h += 1) {
      const snapshot = snapshotAt(plans, originMs, h);
      if (snapshot === null) continue;
      items += snapshot.items.length;
      const start = performance.now();
      builder.add(snapshot);
      builderMs += performance.now() - start;
      if (h % 500 === 0) sampleRss();
    }
    const start = performance.now();
    const dataset = builder.finish();
    builderMs += performance.now() - start;
    return dataset;
  });
  const asOf = new Date(Date.parse(last.monthEnd) + 48 * HOUR_MS).toISOString();
  let computeMs = 0;
  let firstMs = 0;
  let rows = 0;
  for (const [i, month] of list.entries()) {
    const result = time(() => computeMonth(streamed.value, { month, asOf, timeZone: TIME_ZONE }));
    computeMs += result.ms;
    if (i === 0) firstMs = result.ms;
    rows += result.value.rows.length;
  }
  console.log(
    `Twelve months (${list[0]}..${list[list.length - 1]}): ${RESOURCES} resources, ${totalHours} hours, ${items} items`
  );
  console.log(
    `  generation + streaming builder          ${streamed.ms.toFixed(1)} ms (generation is not engine)`
  );
  console.log(
    `  streaming builder (add + finish)        ${builderMs.toFixed(1)} ms  -> ${streamed.value.intervals.length} intervals`
  );
  console.log(
    `  computeMonth x12                        ${computeMs.toFixed(1)} ms  (first call ${firstMs.toFixed(1)} ms, includes parsing the dataset), ${rows} rows`
  );
}

const repo = process.cwd();

/** Builds under the shared lock (unless BENCH_NO_BUILD=1) and copies out/main aside. */
function buildCliInto(dir: string): string {
  const copy = `mkdir -p ${JSON.stringify(join(dir, 'out'))} && cp -r out/main ${JSON.stringify(join(dir, 'out', 'main'))}`;
  const script =
    process.env['BENCH_NO_BUILD'] === '1' ? copy : `npx electron-vite build >/dev/null && ${copy}`;
  const result = spawnSync('flock', ['/tmp/hostdeck-build.lock', 'sh', '-c', script], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (result.status !== 0) throw new Error('the build failed');
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(repo, 'package.json'), join(dir, 'package.json'));
  return join(dir, 'out', 'main', 'cli.js');
}

/** Writes one month (plus margins) of hourly snapshots of 2,000 resources as a JSON array. */
function writeMonthFile(path: string, month: string): { asOf: string; snapshots: number } {
  const { monthStart, monthEnd } = monthBounds(month, TIME_ZONE);
  const originMs = Date.parse(monthStart) - 72 * HOUR_MS;
  const totalHours = (Date.parse(monthEnd) - originMs) / HOUR_MS + 48;
  const plans = planResources(totalHours, 1);
  const fd = openSync(path, 'w');
  let snapshots = 0;
  writeSync(fd, '[\n');
  for (let h = 0; h < totalHours; h += 1) {
    const snapshot = snapshotAt(plans, originMs, h);
    if (snapshot === null) continue;
    writeSync(fd, `${snapshots === 0 ? '' : ',\n'}${JSON.stringify(snapshot)}`);
    snapshots += 1;
  }
  writeSync(fd, '\n]\n');
  closeSync(fd);
  return { asOf: new Date(Date.parse(monthEnd) + 48 * HOUR_MS).toISOString(), snapshots };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Wall time of one whole process, its output discarded. */
function timeProcess(args: readonly string[], cwd: string): { ms: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30
  });
  return { ms: performance.now() - start, status: result.status };
}

function benchCli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'hostdeck-bench-payu-'));
  try {
    const cli = buildCliInto(dir);
    const month = '2026-03';
    const file = join(dir, 'snapshots.json');
    const { asOf, snapshots } = writeMonthFile(file, month);
    const size = statSync(file).size;
    const runs = Number(process.env['RUNS'] ?? 7);
    const floorScript = 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))';
    const cliArgs = [
      cli,
      'payu',
      '--snapshots',
      file,
      '--month',
      month,
      '--as-of',
      asOf,
      '--tz',
      TIME_ZONE
    ];
    const check = spawnSync(process.execPath, cliArgs, { cwd: dir, maxBuffer: 1 << 30 });
    if (check.status !== 0)
      throw new Error(`hostdeck payu exited ${check.status}: ${check.stderr.toString()}`);
    const rows = (JSON.parse(check.stdout.toString()) as { rows: unknown[] }).rows.length;
    const floor: number[] = [];
    const payu: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      floor.push(timeProcess(['-e', floorScript, file], dir).ms);
      payu.push(timeProcess(cliArgs, dir).ms);
    }
    const floorMs = median(floor);
    const payuMs = median(payu);
    console.log(
      `hostdeck payu, ${month} (${TIME_ZONE}): ${RESOURCES} resources, ${snapshots} hourly snapshots, JSON array of ${mb(size)}, ${rows} rows; median of ${runs} runs each (load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')})`
    );
    console.log(`  floor: node -e 'JSON.parse(readFileSync(file))'  ${floorMs.toFixed(0)} ms`);
    console.log(`  hostdeck payu --format json (built CLI)        ${payuMs.toFixed(0)} ms`);
    console.log(
      `  ratio payu / floor                             ${(payuMs / floorMs).toFixed(2)}x  (target <= 1.25x)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node ${process.version}, ${(await import('node:os')).availableParallelism()} CPUs`);
benchCli();
benchOneMonth();
benchTwelveMonths();
sampleRss();
console.log(
  `Peak RSS sampled ${mb(peakRss)}; resourceUsage().maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`
);
