/**
 * Cold-open benchmark (issue 10): how long each page takes to open on the `large` demo data
 * (2,000 accounts, 5,000 domains, 20,000 invoices, 10,000 tickets, 100,000 messages, a year
 * of usage), measured against the same bundle painting its frame with no data.
 *
 * 1. Seeds the `large` cache once: the demo provider runs in a child process and the sync
 *    engine pulls everything into a fresh profile (BENCH_DATA_DIR=DIR keeps it for reuse).
 * 2. Builds the app (serialized with the other builds through /tmp/hostdeck-build.lock) and
 *    copies the result aside, so another engineer's build cannot change it mid-run
 *    (BENCH_NO_BUILD=1 copies the current out/ without building).
 * 3. Starts that web shell (`node out/main/web.js`) on the cache with the provider stopped.
 * 4. For every page in the navigation plus the alert centre, in a fresh browser context each
 *    time: navigation → the page root's `data-view-state` ready or empty.
 *    The floor is the same bundle painting its missing-token frame (every RPC refused).
 * 5. Scrolls the domains and invoices lists and counts long tasks (> 50 ms, PerformanceObserver).
 * 6. Prints the web shell's peak RSS (VmHWM) and the initial JS (entry + index.html preloads).
 *
 * Run: npm run bench -- open    (RUNS=N cold opens per page, default 3; BENCH_OUT=DIR measures
 * the build in DIR/out instead of building this tree)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { openCache } from '../../src-main/core/cache/database';
import { systemClock, type Logger } from '../../src-main/core/ports';
import { resilientHttpFor } from '../../src-main/core/profiles/connect';
import { openProfileStore } from '../../src-main/core/profiles/profile-store';
import { createWhmcsAdapter } from '../../src-main/core/providers/whmcs/whmcs-adapter';
import { runSync } from '../../src-main/core/sync/sync-engine';
import { demoCredentials } from '../../src-main/demo-provider';
import { createNodeHttp } from '../../src-main/node/node-http';

const quiet: Logger = { log: () => undefined };
const RUNS = Number(process.env['RUNS'] ?? 3);
const ZONE = 'Europe/Brussels';
const OPEN_TIMEOUT_MS = 120_000;
const repo = resolve(import.meta.dirname, '..', '..');

async function startProvider(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'demo-provider', '--size', 'large', '--port', '0'],
    { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] }
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`demo provider exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Syncs the whole `large` demo data into a new active profile of `dataDir` (once). */
async function seed(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'profiles.json'))) {
    console.log(`reusing the seeded data in ${dataDir}`);
    return;
  }
  const provider = await startProvider();
  try {
    const store = openProfileStore(dataDir);
    const profile = store.add(
      {
        name: 'Large demo',
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
    const deps = { http: createNodeHttp(), clock: systemClock, logger: quiet, timeZone: ZONE };
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
    const t = performance.now();
    const report = await runSync(
      { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
      { mode: 'full' }
    );
    if (!report.ok) throw new Error(`sync failed: ${JSON.stringify(report.entities)}`);
    cache.close();
    console.log(
      `seeded the large demo data in ${((performance.now() - t) / 1000).toFixed(1)} s; cache file ${(statSync(cacheFile).size / 1024 / 1024).toFixed(0)} MB`
    );
  } finally {
    provider.stop();
  }
}

/**
 * Builds (under the shared lock) and copies out/ to `dir`, resolvable against our
 * node_modules. BENCH_OUT=DIR copies DIR/out instead (e.g. a build of an older commit).
 */
function buildInto(dir: string): void {
  const from = process.env['BENCH_OUT'];
  if (from) {
    cpSync(join(from, 'out'), join(dir, 'out'), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    cpSync(join(repo, 'package.json'), join(dir, 'package.json'));
    return;
  }
  const copy = `cp -r out ${JSON.stringify(join(dir, 'out'))}`;
  const script =
    process.env['BENCH_NO_BUILD'] === '1' ? copy : `npx electron-vite build >/dev/null && ${copy}`;
  const result = spawnSync('flock', ['/tmp/hostdeck-build.lock', 'sh', '-c', script], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (result.status !== 0) throw new Error('the build failed');
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(repo, 'package.json'), join(dir, 'package.json'));
}

interface Shell {
  readonly child: ChildProcess;
  readonly base: string;
  readonly token: string;
}

async function launchShell(outDir: string, dataDir: string): Promise<Shell> {
  const child = spawn(
    process.execPath,
    [join(outDir, 'out', 'main', 'web.js'), '--data-dir', dataDir],
    {
      cwd: outDir,
      env: { ...process.env, TZ: ZONE, HOSTDECK_NO_AUTO_DEMO: '1' },
      stdio: ['ignore', 'pipe', 'ignore']
    }
  );
  const link = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ready: (http:\/\/\S+)/.exec(out);
      if (m?.[1]) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`web shell exited with ${code}`)));
  });
  const url = new URL(link);
  const token = url.searchParams.get('token') ?? '';
  return { child, base: url.origin, token };
}

/** The kernel's peak resident set of a process (VmHWM), in bytes. */
function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? NaN) * 1024;
}

/** The entry script plus every script index.html preloads, raw and gzipped. */
function initialJs(outDir: string): { files: number; raw: number; gzip: number } {
  const rendererDir = join(outDir, 'out', 'renderer');
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)
  ].map((m) => m[1] ?? '');
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const bytes = readFileSync(join(rendererDir, src));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: srcs.length, raw, gzip };
}

/**
 * The page root's ready or empty signal (`data-view-state`); a root without it (a build from
 * before every page carried it, see BENCH_OUT) counts once it is shown, and the table marks it.
 */
const readySelector = (id: string) =>
  [
    ...['ready', 'empty'].map((s) => `[data-page="${id}"][data-view-state="${s}"]`),
    `[data-page="${id}"]:not([data-view-state])`
  ].join(', ');

async function freshContext(browser: Browser, shell: Shell): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: ZONE
  });
  const port = new URL(shell.base).port;
  await context.addCookies([
    {
      name: `hostdeck-token-${port}`,
      value: encodeURIComponent(shell.token),
      url: shell.base,
      httpOnly: true,
      sameSite: 'Strict'
    }
  ]);
  return context;
}

/** The little of the page's `window` the readiness check uses (this project's types have no DOM). */
interface PageWindow {
  readonly document: {
    querySelector(selector: string): { checkVisibility(): boolean } | null;
  };
}

/** Milliseconds from navigation to `selector` in a fresh context (no HTTP cache, no state). */
async function coldOpen(
  browser: Browser,
  shell: Shell,
  hash: string,
  selector: string,
  refuseRpc = false,
  keep?: (page: Page) => Promise<void>
): Promise<number> {
  const context = await freshContext(browser, shell);
  try {
    if (refuseRpc) {
      const refusal = { ok: false, error: { kind: 'auth', message: 'bench: refused' } };
      await context.route(/\/(rpc\/|events)/, (route) =>
        route.fulfill({ status: 401, contentType: 'application/json', json: refusal })
      );
    }
    const page = await context.newPage();
    const t = performance.now();
    await page.goto(`${shell.base}/${hash}`);
    // Checked at every animation frame: waitForSelector polls every 500 ms after its first
    // few tries, which rounded every open past ~0.3 s up to the next half second.
    // A function, not a string: the page's CSP refuses eval, which a string predicate needs.
    await page.waitForFunction(
      (sel) =>
        (globalThis as unknown as PageWindow).document.querySelector(sel)?.checkVisibility() ===
        true,
      selector,
      { polling: 'raf', timeout: OPEN_TIMEOUT_MS }
    );
    const ms = performance.now() - t;
    if (keep) await keep(page);
    return ms;
  } finally {
    await context.close();
  }
}

function median(samples: readonly number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

interface ScrollFigures {
  readonly scrolledPx: number;
  readonly rowsInDom: number;
  readonly longTasks: number;
  readonly longestMs: number;
}

/** Scrolls the page's tallest scroller to the end in 400 px frames; counts long tasks. */
async function scrollCheck(page: Page, id: string): Promise<ScrollFigures> {
  // A string, not a function: this project's types have no DOM (the code runs in the page).
  return page.evaluate(`(async (pageId) => {
    const root = document.querySelector('[data-page="' + pageId + '"]');
    const ancestors = [];
    for (let el = root && root.parentElement; el; el = el.parentElement) ancestors.push(el);
    const candidates = [document.scrollingElement, ...ancestors, ...(root ? root.querySelectorAll('*') : [])].filter((el) => {
      if (!el || el.scrollHeight - el.clientHeight < 10) return false;
      if (el === document.scrollingElement) return true;
      const overflow = getComputedStyle(el).overflowY;
      return overflow === 'auto' || overflow === 'scroll';
    });
    candidates.sort((a, b) => b.scrollHeight - a.scrollHeight);
    const scroller = candidates[0] || document.scrollingElement || document.documentElement;
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    let steps = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && steps < 1500) {
      scroller.scrollTop += 400;
      steps += 1;
      await frame();
    }
    await frame();
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return {
      scrolledPx: Math.round(scroller.scrollTop),
      rowsInDom: root ? root.querySelectorAll('tr, [role="row"]').length : 0,
      longTasks: tasks.filter((d) => d > 50).length,
      longestMs: Math.round(Math.max(0, ...tasks))
    };
  })(${JSON.stringify(id)})`);
}

/** True when the page root carries no readiness attribute at all. */
function signalMissing(page: Page, id: string): Promise<boolean> {
  return page.evaluate<boolean>(
    `(() => { const r = document.querySelector('[data-page="${id}"]'); return !r.hasAttribute('data-view-state'); })()`
  );
}

async function navPageIds(browser: Browser, shell: Shell): Promise<string[]> {
  const context = await freshContext(browser, shell);
  try {
    const page = await context.newPage();
    await page.goto(`${shell.base}/`);
    await page.waitForSelector('nav a[href^="#/"]', { timeout: OPEN_TIMEOUT_MS });
    const hrefs = await page.evaluate<string[]>(
      `[...document.querySelectorAll('nav a[href^="#/"]')].map((a) => a.getAttribute('href') || '')`
    );
    return [...new Set(hrefs.map((h) => h.replace(/^#\//, '').split(/[/?]/)[0] ?? ''))].filter(
      (id) => id !== ''
    );
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const kept = process.env['BENCH_DATA_DIR'];
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'hostdeck-bench-open-'));
  const outDir = mkdtempSync(join(tmpdir(), 'hostdeck-bench-open-build-'));
  let shell: Shell | null = null;
  let browser: Browser | null = null;
  try {
    await seed(dataDir); // the provider is stopped again when this returns
    buildInto(outDir);
    shell = await launchShell(outDir, dataDir);
    browser = await chromium.launch({
      executablePath: process.env['HOSTDECK_CHROMIUM'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    });

    const ids = [...(await navPageIds(browser, shell)), 'alerts'];
    const floors: number[] = [];
    for (let i = 0; i < RUNS; i++)
      floors.push(await coldOpen(browser, shell, '#/', '[data-page="missing-token"]', true));
    const floor = median(floors);

    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
    console.log(
      `\ncold open on the large data, median of ${RUNS} (load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')})`
    );
    console.log(`${'page'.padEnd(12)}${'median'.padStart(9)}${'runs'.padStart(28)}  ratio`);
    console.log(
      `${'(floor)'.padEnd(12)}${fmt(floor)}${floors.map(fmt).join('').padStart(28)}  missing-token frame`
    );
    const scrolls = new Map<string, ScrollFigures>();
    for (const id of ids) {
      const runs: number[] = [];
      let unsignalled = false;
      try {
        for (let i = 0; i < RUNS; i++) {
          const scrollHere = i === RUNS - 1 && (id === 'domains' || id === 'invoices');
          runs.push(
            await coldOpen(
              browser,
              shell,
              `#/${id}`,
              readySelector(id),
              false,
              i === RUNS - 1
                ? async (page) => {
                    unsignalled = await signalMissing(page, id);
                    if (scrollHere) scrolls.set(id, await scrollCheck(page, id));
                  }
                : undefined
            )
          );
        }
      } catch (error) {
        console.log(
          `${id.padEnd(12)}not ready within ${OPEN_TIMEOUT_MS / 1000} s (${error instanceof Error ? error.name : 'error'})`
        );
        continue;
      }
      const ratio = median(runs) / floor;
      console.log(
        `${id.padEnd(12)}${fmt(median(runs))}${runs.map(fmt).join('').padStart(28)}  ${ratio.toFixed(2)}x${ratio > 2 ? '  (over the 2.0 target)' : ''}${unsignalled ? '  (root has no data-view-state: timed to its first paint)' : ''}`
      );
    }

    console.log('\nscrolling to the end of the list (long tasks over 50 ms while scrolling)');
    for (const [id, s] of scrolls)
      console.log(
        `${id.padEnd(12)}${String(s.longTasks).padStart(4)} long tasks, longest ${s.longestMs} ms; scrolled ${s.scrolledPx} px; ${s.rowsInDom} rows in the DOM`
      );

    const rss = peakRss(shell.child.pid ?? 0);
    const js = initialJs(outDir);
    console.log(
      `\nweb shell peak RSS after every page: ${(rss / 1024 / 1024).toFixed(0)} MB (target < 250 MB)`
    );
    console.log(
      `initial JS (entry + ${js.files - 1} preloads): ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzip / 1024).toFixed(0)} KB gzipped (target <= 450 KB)`
    );
  } finally {
    await browser?.close();
    shell?.child.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
