/**
 * Billing benchmark on the `large` demo data (20,000 invoices, 2,000 services): the billing
 * entities synced over loopback HTTP into a fresh cache — the lists, then the 20,000
 * GetInvoice details — then a sample of PDF downloads, then the reads behind the Invoices
 * and Services pages as their first screen asks for them (one page of 100 rows with the
 * count and sums of the filtered set, checked against the contract like a real call), the
 * statement of a year and the accountant's bundle of a month. It prints figures and asserts
 * nothing.
 *
 * Run: npm run bench -- billing   (ROUNDS=N samples per read, default 30; PDFS=N downloads,
 * default 200; BENCH_DATA_DIR=DIR keeps the synced cache there and reuses it next time)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  invoiceListInputSchema,
  invoiceListSchema,
  serviceListInputSchema,
  statementSchema
} from '../../src-shared/contract';
import { localDate } from '../../src-main/core/time';
import { openCache } from '../../src-main/core/cache/database';
import { buildBundle } from '../../src-main/core/invoices/bundle';
import { listInvoices } from '../../src-main/core/invoices/invoice-list-repository';
import { downloadMissingPdfs } from '../../src-main/core/invoices/pdf-downloader';
import { readStatement } from '../../src-main/core/invoices/statement';
import { systemClock, type Logger } from '../../src-main/core/ports';
import { resilientHttpFor } from '../../src-main/core/profiles/connect';
import { createWhmcsAdapter } from '../../src-main/core/providers/whmcs/whmcs-adapter';
import { listServices } from '../../src-main/core/services/service-repository';
import { runSync, type SyncEntity } from '../../src-main/core/sync/sync-engine';
import { demoCredentials } from '../../src-main/demo-provider';
import { createNodeHttp } from '../../src-main/node/node-http';

const quiet: Logger = { log: () => undefined };
const ROUNDS = Number(process.env['ROUNDS'] ?? 30);
const PDFS = Number(process.env['PDFS'] ?? 200);
const ZONE = 'Europe/Brussels';

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

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function measure(label: string, read: () => unknown): void {
  read(); // warm the statement cache and the page cache
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    read();
    samples.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(52)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms`
  );
}

async function main(): Promise<void> {
  const provider = await startProvider();
  const kept = process.env['BENCH_DATA_DIR'];
  if (kept) mkdirSync(kept, { recursive: true });
  const reuse = kept !== undefined && existsSync(join(kept, 'cache.sqlite'));
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'hostdeck-bench-billing-'));
  const cache = openCache(join(dir, 'cache.sqlite'), { logger: quiet, now: () => Date.now() });
  const deps = { http: createNodeHttp(), clock: systemClock, logger: quiet, timeZone: ZONE };
  const adapter = createWhmcsAdapter(
    {
      baseUrl: provider.url,
      pageSize: 250,
      timeZone: ZONE,
      auth: {
        mode: 'classic',
        identifier: demoCredentials.identifier,
        secret: demoCredentials.secret,
        clientId: String(demoCredentials.clientId)
      }
    },
    { http: resilientHttpFor(deps), clock: systemClock, logger: quiet }
  );
  const sync = async (entities: SyncEntity[]) => {
    const t = performance.now();
    const report = await runSync(
      { db: cache.db, adapter, clock: systemClock, logger: quiet, pageSize: 250 },
      { mode: 'full', entities }
    );
    if (!report.ok) throw new Error(`sync failed: ${JSON.stringify(report.entities)}`);
    return performance.now() - t;
  };
  try {
    if (reuse) console.log(`reusing the synced cache in ${dir}`);
    else await syncAll();
    reads();
  } finally {
    cache.close();
    provider.stop();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }

  async function syncAll(): Promise<void> {
    const lists = await sync(['account', 'services', 'invoices', 'transactions', 'credits']);
    console.log(
      `sync of the billing lists (20,000 invoices, 2,000 services)   ${(lists / 1000).toFixed(1)} s`
    );
    const details = await sync(['invoice-details']);
    console.log(
      `sync of 20,000 invoice details (GetInvoice, 4 at a time)     ${(details / 1000).toFixed(1)} s`
    );

    const today = localDate(Date.now(), ZONE);
    const pdfDir = join(dir, 'invoices');
    const controller = new AbortController();
    const t = performance.now();
    const pdfs = await downloadMissingPdfs({
      db: cache.db,
      dir: pdfDir,
      adapter,
      clock: systemClock,
      logger: quiet,
      scope: '24-months',
      today,
      pauseMs: 0,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= PDFS) controller.abort();
      }
    });
    const pdfMs = performance.now() - t;
    console.log(
      `PDF downloads (SSO + dl.php, no pause): ${pdfs.downloaded} in ${(pdfMs / 1000).toFixed(1)} s, ${(pdfMs / Math.max(1, pdfs.downloaded)).toFixed(1)} ms each`
    );
  }

  function reads(): void {
    const today = localDate(Date.now(), ZONE);
    const pdfDir = join(dir, 'invoices');

    const page = (fields: Record<string, unknown>) => () =>
      invoiceListSchema.parse(
        listInvoices(cache.db, invoiceListInputSchema.parse({ limit: 100, ...fields }), today)
      );
    console.log(`\nreads (${ROUNDS} rounds each):`);
    measure('invoices: first page, newest first', page({}));
    measure('invoices: overdue', page({ status: 'overdue' }));
    measure(
      'invoices: unpaid, sorted by due date',
      page({ status: 'unpaid', sort: 'due', dir: 'asc' })
    );
    measure('invoices: text over lines ("domain renewal")', page({ q: 'domain renewal' }));
    measure('invoices: an amount ("15.00")', page({ q: '15.00' }));
    measure('invoices: sorted by number, page 100', page({ sort: 'number', offset: 9_900 }));
    measure('invoices: one month', page({ from: `${today.slice(0, 7)}-01`, to: today }));
    const services = (fields: Record<string, unknown>) => () =>
      listServices(cache.db, serviceListInputSchema.parse({ limit: 100, ...fields }));
    measure('services: first page by domain', services({}));
    measure('services: bandwidth use, highest first', services({ sort: 'bandwidth', dir: 'desc' }));
    measure('services: search "shop"', services({ q: 'shop' }));
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    measure('statement: last 12 months', () =>
      statementSchema.parse(readStatement(cache.db, yearAgo, today, ZONE))
    );
    const t = performance.now();
    const bundle = buildBundle(cache.db, pdfDir, {
      from: `${today.slice(0, 7)}-01`,
      to: today,
      timeZone: ZONE
    });
    console.log(
      `\nbundle of this month: ${bundle.invoices} invoices, ${bundle.pdfs} PDFs, ${(bundle.zip.length / 1024).toFixed(0)} KB in ${(performance.now() - t).toFixed(0)} ms`
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
