/**
 * Fuzz of the WHMCS reply parsers. Real reply shapes (tests/fixtures/whmcs and replies of
 * the demo provider over loopback) are mutated with fast-check — dropped keys, swapped
 * types, ""/[]/null, wrong wrappers, truncated JSON, HTML pages, odd statuses — and each
 * goes through the adapter's own path (classic-client call → zod schema → normalize). Every
 * input must end in a model-valid value or a typed provider error; then a sample of mutated
 * second pages goes through a sync into real SQLite files, where a failing page must write
 * nothing (the page and its cursor share one transaction).
 *
 * Run: npm run bench -- whmcs-fuzz   (FUZZ_RUNS=…, FUZZ_SYNC_RUNS=…, FUZZ_SEED=… to vary)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { openCache } from '../../src-main/core/cache/database';
import { startDemoProvider, type DemoProvider } from '../../src-main/demo-provider';
import { FakeClock } from '../fakes/fake-clock';
import {
  describeInput,
  fixtureSeeds,
  fuzzInputArb,
  runInput,
  seedOf,
  syncSeeds,
  syncWithMutatedPage,
  type Seed
} from '../unit/core/providers/whmcs/whmcs-fuzz-kit';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SYNC_RUNS = Number(process.env.FUZZ_SYNC_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
const CHUNK = 2_000;

/** Replies of the demo provider, one per action the adapter reads or writes. */
async function demoSeeds(): Promise<Seed[]> {
  const clock = new FakeClock('2026-11-22T09:00:00Z');
  const provider: DemoProvider = await startDemoProvider({ size: 'demo', seed: 7, clock });
  const call = async (fields: Record<string, string | number>): Promise<unknown> => {
    const body = new URLSearchParams({
      responsetype: 'json',
      identifier: provider.credentials.identifier,
      secret: provider.credentials.secret
    });
    for (const [k, v] of Object.entries(fields)) body.set(k, String(v));
    const res = await fetch(`${provider.url}/includes/api.php`, { method: 'POST', body });
    return res.json();
  };
  const { data } = provider;
  const paid = data.invoices.find((i) => i.transactions.length > 0);
  const unpaid = data.invoices.find((i) => i.transactions.length === 0);
  const pending = data.domains.find((d) => d.status === 'Pending Transfer');
  const grace = data.domains.find((d) => d.status !== 'Pending Transfer');
  const all = { clientid: 1, limitnum: 5 };
  const requests: [string, Record<string, string | number>][] = [
    ['GetClientsDetails', { clientid: 1, stats: 1 }],
    ['GetInvoices', { userid: 1, limitnum: 5 }],
    ['GetInvoices', { userid: 1, limitstart: 10_000 }],
    ['GetInvoice', { invoiceid: paid?.id ?? 1 }],
    ['GetInvoice', { invoiceid: unpaid?.id ?? 1 }],
    ['GetClientsDomains', all],
    ['GetClientsDomains', { clientid: 1, domainid: 999_999 }],
    ['GetClientsProducts', all],
    ['GetClientsProducts', { clientid: 1, serviceid: 999_999 }],
    ['GetTickets', { ...all, ignore_dept_assignments: 1 }],
    ['GetTickets', all],
    ['GetTicket', { ticketid: data.tickets[0]?.id ?? 1 }],
    ['GetSupportDepartments', { ignore_dept_assignments: 1 }],
    ['GetSupportDepartments', {}],
    ['GetTransactions', { clientid: 1 }],
    ['GetTransactions', { invoiceid: 999_999 }],
    ['GetCredits', { clientid: 1 }],
    [
      'GetUsageIntervals',
      { clientid: 1, from: '2026-11-05T00:00:00Z', to: '2026-11-06T00:00:00Z', limitnum: 5 }
    ],
    ['OpenTicket', { deptid: 1, subject: 'Fuzz', message: 'Hello', clientid: 1 }],
    ['AddTicketReply', { ticketid: data.tickets[0]?.id ?? 1, message: 'Hi', clientid: 1 }],
    ['DomainRenew', { domainid: pending?.id ?? 1 }],
    ['DomainRenew', { domainid: grace?.id ?? 1, regperiod: 1 }]
  ];
  const seeds: Seed[] = [];
  for (const [action, fields] of requests) {
    const body = await call({ action, ...fields });
    seeds.push({ name: `demo ${action} ${JSON.stringify(fields)}`, action, body, clientId: '1' });
  }
  await provider.close();
  return seeds;
}

function pct(n: number, of: number): string {
  return `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
}

async function fuzzParsers(seeds: readonly Seed[]): Promise<number> {
  const counts = { accepted: 0, refused: 0, crashed: 0, invalid: 0 };
  const refusals = new Map<string, number>();
  const examples: string[] = [];
  const started = performance.now();
  for (let done = 0, chunk = 0; done < RUNS; chunk++) {
    const n = Math.min(CHUNK, RUNS - done);
    const inputs = fc.sample(fuzzInputArb(seeds.length), { numRuns: n, seed: SEED + chunk });
    for (const input of inputs) {
      const outcome = await runInput(input, seeds);
      counts[outcome.kind] += 1;
      if (outcome.kind === 'refused')
        refusals.set(outcome.error, (refusals.get(outcome.error) ?? 0) + 1);
      else if (outcome.kind !== 'accepted' && examples.length < 5) {
        const why =
          outcome.kind === 'crashed'
            ? String((outcome.error as Error)?.stack ?? outcome.error)
            : outcome.issues;
        examples.push(
          `${outcome.kind}: ${why.slice(0, 400)}\n  input: ${describeInput(input, seeds)}`
        );
      }
    }
    done += n;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`parser fuzz (seed ${SEED}, ${seeds.length} reply shapes)`);
  console.log(
    `  inputs tried       ${RUNS.toLocaleString('en')}  (${(RUNS / seconds).toFixed(0)}/s)`
  );
  console.log(
    `  accepted           ${counts.accepted.toLocaleString('en')}  (${pct(counts.accepted, RUNS)}, all model-valid)`
  );
  console.log(
    `  refused (typed)    ${counts.refused.toLocaleString('en')}  (${pct(counts.refused, RUNS)})`
  );
  for (const [name, n] of [...refusals].sort((a, b) => b[1] - a[1]))
    console.log(`    ${name.padEnd(20)} ${n.toLocaleString('en')}`);
  console.log(`  crashed            ${counts.crashed}`);
  console.log(`  accepted but not model-valid ${counts.invalid}`);
  for (const example of examples) console.log(`  ${example}`);
  return counts.crashed + counts.invalid;
}

async function fuzzSync(seeds: readonly Seed[]): Promise<number> {
  const pool = syncSeeds(seeds);
  const dir = mkdtempSync(join(tmpdir(), 'hostdeck-bench-fuzz-'));
  const quiet = { log: () => undefined };
  const tally = { ok: 0, failed: 0, failedWithEarlierPage: 0, inconsistent: 0 };
  const examples: string[] = [];
  const started = performance.now();
  try {
    const inputs = fc.sample(fuzzInputArb(pool.length), { numRuns: SYNC_RUNS, seed: SEED - 1 });
    for (const [i, input] of inputs.entries()) {
      const path = join(dir, `cache-${i}.sqlite`);
      const cache = openCache(path, { logger: quiet, now: () => 0 });
      try {
        const outcome = await syncWithMutatedPage(input, seedOf(input, pool), cache.db);
        if (outcome.entityOk) tally.ok += 1;
        else {
          tally.failed += 1;
          if (outcome.pages > 0) tally.failedWithEarlierPage += 1;
        }
        if (!outcome.consistent) {
          tally.inconsistent += 1;
          if (examples.length < 5)
            examples.push(`${outcome.detail}\n  input: ${describeInput(input, pool)}`);
        }
      } finally {
        cache.close();
        rmSync(path, { force: true });
        rmSync(`${path}-wal`, { force: true });
        rmSync(`${path}-shm`, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`sync into SQLite (${pool.length} listings, page 2 mutated)`);
  console.log(
    `  syncs              ${SYNC_RUNS.toLocaleString('en')}  (${(SYNC_RUNS / seconds).toFixed(0)}/s, a fresh cache file each)`
  );
  console.log(`  entity completed   ${tally.ok.toLocaleString('en')}`);
  console.log(
    `  entity failed      ${tally.failed.toLocaleString('en')}  (${tally.failedWithEarlierPage.toLocaleString('en')} after page 1 was written)`
  );
  console.log(
    `  half-written cache ${tally.inconsistent}  (rows or cursor not exactly the pages written)`
  );
  for (const example of examples) console.log(`  ${example}`);
  return tally.inconsistent;
}

async function main(): Promise<void> {
  const seeds = [...fixtureSeeds(), ...(await demoSeeds())];
  const bad = (await fuzzParsers(seeds)) + (await fuzzSync(seeds));
  console.log(bad === 0 ? 'none crashed, none half-written' : `${bad} FAILURES (see above)`);
  process.exitCode = bad === 0 ? 0 : 1;
}

await main();
