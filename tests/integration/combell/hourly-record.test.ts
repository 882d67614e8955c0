import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { openProfileStore, type StoredProfile } from '@main/core/profiles/profile-store';
import { openSession } from '@main/core/profile-session';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import type { CombellAccount } from '@main/demo-provider/combell/data';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '../../fakes/auto-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

const HOUR = 3_600_000;
/** November in Brussels: 30 days of 24 hours (no DST change), spec §3.2. */
const H_M = 720;
const START = Date.parse('2026-11-10T08:30:00Z');
const SLOT0 = Date.parse('2026-11-10T08:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const slot = (h: number) => iso(SLOT0 + h * HOUR);
/** Spec §3.6: half-up rounding once per row, in integers. */
const amountOf = (price: number, hours: number) =>
  Math.floor((2 * price * hours + H_M) / (2 * H_M));

const PRICES: Readonly<Record<string, number>> = {
  'Hosting Basic': 1000,
  'Hosting Pro': 2000,
  'Hosting Business': 3500,
  'WordPress Starter': 1500,
  'Extra mailbox pack': 300,
  'Daily backup': 250
  // 'Dedicated IP' has no price: listed and flagged, never silently zero.
};

interface Row {
  resourceId: string;
  kind: string;
  runStart: string;
  pack: string;
  monthlyPrice: number;
  activeHours: number;
  billedHours: number;
  billedDays: number;
  amount: number;
  status: string;
  firstHour: string;
  lastHour: string;
}
interface Month {
  source: string;
  recordingSince: string;
  currency: string;
  total: number;
  rows: Row[];
  unpriced: { kind: string; name: string; resourceIds: string[] }[];
  warnings: {
    code: string;
    from?: string;
    to?: string;
    hours?: number;
    resourceId?: string;
    name?: string;
  }[];
  estimate: { amount: number; pendingHours: number };
}

/**
 * THE test of Hostdeck's own record (issue 14): hourly syncs of a Combell profile over two
 * days on a clock shared with the Combell demo provider, whose accounts change meanwhile
 * (creations, a trial deleted 30 hours after it appeared, an upgrade), with Hostdeck closed
 * for two hours; the month object is then checked row by row against the spec's rules.
 */
describe('hourly images of a Combell profile across two days', () => {
  let provider: CombellDemoProvider;
  let dir: { path: string; cleanup: () => void };
  let profile: StoredProfile;
  const clock = new AutoClock(START);
  const logger = new RecordingLogger();
  const secrets = createSessionSecretStore('test');
  /** Hours after slot 0 when Hostdeck was not running. */
  const CLOSED = [10, 11];

  const payu = async (asOf: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      [
        'payu',
        '--data-dir',
        dir.path,
        '--profile',
        profile.name,
        '--month',
        '2026-11',
        '--as-of',
        asOf
      ],
      { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) }
    );
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    return JSON.parse(out.join('')) as Month;
  };

  /** Syncs once per hour slot from `from` to `to` (inclusive), skipping the closed hours. */
  const syncHours = async (from: number, to: number) => {
    const store = openProfileStore(dir.path);
    const session = openSession(profile, store.dirOf(profile.id), {
      clock,
      http: createNodeHttp(),
      secrets,
      events: { emit: () => undefined },
      logger,
      demo: null,
      timeZone: () => 'Europe/Brussels'
    });
    try {
      for (let h = from; h <= to; h += 1) {
        const target = SLOT0 + h * HOUR + 30 * 60_000;
        if (clock.now() < target) await clock.sleep(target - clock.now());
        if (CLOSED.includes(h)) continue;
        const report = await session.sync('incremental');
        expect(report.ok, `sync of hour ${h}`).toBe(true);
      }
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startCombellDemoProvider({ clock, seed: 11, accounts: 6, domains: 4 });
    const store = openProfileStore(dir.path);
    profile = store.add(
      {
        name: 'Combell',
        kind: 'combell',
        baseUrl: provider.url,
        authMode: 'classic',
        login: provider.credentials.apiKey,
        clientId: null
      },
      iso(START)
    );
    await secrets.set(
      `profile:${profile.id}`,
      JSON.stringify({ kind: 'combell', apiSecret: provider.credentials.apiSecret })
    );
    await syncHours(0, 47);
    const csv = Object.entries(PRICES)
      .map(([name, price]) =>
        [
          name.startsWith('Hosting') || name === 'WordPress Starter' ? 'servicepack' : 'addon',
          name,
          (price / 100).toFixed(2),
          'EUR'
        ].join(',')
      )
      .join('\n');
    const file = `${dir.path}/prices.csv`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `kind,name,monthly_price,currency\n${csv}\n`);
    const out: string[] = [];
    expect(
      await runCli(['prices', 'import', file, '--data-dir', dir.path, '--profile', 'Combell'], {
        stdout: (s) => void out.push(s),
        stderr: () => undefined
      })
    ).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ imported: 6, currency: 'EUR' });
  });

  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  /** Slots in which the demo account exists, with its pack in each (the provider's truth). */
  const truth = (account: CombellAccount, lastSlot: number) => {
    const present: { h: number; packId: number }[] = [];
    for (let h = 0; h <= lastSlot; h += 1) {
      const at = SLOT0 + h * HOUR + 30 * 60_000;
      if (account.createdAt > at || (account.deletedAt !== null && at >= account.deletedAt))
        continue;
      const packId =
        account.upgrade && at >= account.upgrade.at
          ? account.upgrade.servicepackId
          : account.servicepackId;
      present.push({ h, packId });
    }
    return present;
  };
  const packName = (id: number) => provider.data.servicepacks.find((p) => p.id === id)!.name;

  it('records from the first synced hour, says so, and warns about the two hours it was closed', async () => {
    const month = await payu(slot(48));
    expect(month.source).toBe('hostdeck');
    expect(month.recordingSince).toBe(slot(0));
    expect(month.currency).toBe('EUR');
    const gaps = month.warnings.filter((w) => w.code === 'missing-snapshots');
    expect(gaps).toEqual([expect.objectContaining({ from: slot(10), to: slot(12), hours: 2 })]);
    // Hours of November before the first image are unknown, not free.
    expect(month.warnings).toContainEqual(
      expect.objectContaining({ code: 'hours-without-data', to: slot(0) })
    );
  });

  it('checks every account row against the spec: established, upgrade twice, pending, free trial', async () => {
    const month = await payu(slot(48));
    const accountRows = month.rows.filter((r) => r.kind === 'account');
    const expected: Row[] = [];
    for (const account of provider.data.accounts) {
      const present = truth(account, 47);
      if (present.length === 0) continue;
      const first = present[0]!.h;
      const last = present[present.length - 1]!.h;
      // Present in the first recorded hour: its start is unknown, so it is charged (§3.3.6).
      const established = first === 0;
      const open = last === 47;
      const runLength = last - first + 1; // the closed hours are interpolated: one run
      const status = established || runLength >= 48 ? 'charged' : open ? 'pending' : 'free';
      const byPack = new Map<number, number[]>();
      for (let h = first; h <= last; h += 1) {
        const seen = present.find((p) => p.h === h) ?? present.filter((p) => p.h < h).at(-1)!;
        byPack.set(seen.packId, [...(byPack.get(seen.packId) ?? []), h]);
      }
      for (const [packId, hours] of byPack) {
        const pack = packName(packId);
        const price = PRICES[pack]!;
        const billed = status === 'charged' ? hours.length : 0;
        expected.push({
          resourceId: String(account.id),
          kind: 'account',
          runStart: slot(first),
          pack,
          monthlyPrice: price,
          activeHours: hours.length,
          billedHours: billed,
          billedDays:
            status === 'charged' ? new Set(hours.map((h) => localDate(SLOT0 + h * HOUR))).size : 0,
          amount: amountOf(price, billed),
          status,
          firstHour: slot(hours[0]!),
          lastHour: slot(hours[hours.length - 1]!)
        });
      }
    }
    const key = (r: Row) => `${r.resourceId}|${r.pack}`;
    expect(accountRows.map((r) => pick(r)).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b)))
    );

    // The cases by name, so a reader sees them.
    const byId = (id: number) => accountRows.filter((r) => r.resourceId === String(id));
    const upgraded = byId(1001);
    expect(upgraded.map((r) => [r.pack, r.activeHours, r.status])).toEqual([
      ['Hosting Basic', 20, 'charged'],
      ['Hosting Pro', 28, 'charged']
    ]);
    const trial = byId(1008);
    expect(trial.map((r) => [r.pack, r.activeHours, r.billedHours, r.status])).toEqual([
      ['WordPress Starter', 30, 0, 'free']
    ]);
    expect(byId(1007).map((r) => [r.activeHours, r.status])).toEqual([[46, 'pending']]);
    expect(byId(1009).map((r) => [r.activeHours, r.status])).toEqual([[22, 'pending']]);
    // The established runs are named in the warnings.
    expect(
      month.warnings.filter((w) => w.code === 'established-run').map((w) => w.resourceId)
    ).toEqual(expect.arrayContaining(['1001', '1002', '1003', '1004', '1005', '1006']));
  });

  it('lists an add-on without a price and flags it instead of counting it as free', async () => {
    const month = await payu(slot(48));
    const ipAddons = month.rows.filter((r) => r.kind === 'addon' && r.pack === 'Dedicated IP');
    // Seed 11 gives account 1002 a Dedicated IP add-on (id 502) from the start.
    expect(ipAddons.map((r) => [r.resourceId, r.activeHours, r.monthlyPrice])).toEqual([
      ['1002/addon/502', 48, 0]
    ]);
    expect(month.unpriced).toEqual([
      { kind: 'addon', name: 'Dedicated IP', resourceIds: ['1002/addon/502'], activeHours: 48 }
    ]);
    expect(month.warnings).toContainEqual(
      expect.objectContaining({ code: 'unpriced-pack', name: 'Dedicated IP' })
    );
    // Every priced add-on row carries the list's price.
    for (const row of month.rows.filter((r) => r.kind === 'addon' && r.pack !== 'Dedicated IP'))
      expect(row.monthlyPrice).toBe(PRICES[row.pack]);
  });

  it('charges a new account from its first hour once it reaches 48 hours', async () => {
    await syncHours(48, 49);
    const month = await payu(slot(50));
    const created = month.rows.filter((r) => r.resourceId === '1007');
    // Created at +2 h: slots 2..49 = 48 hourly images → charged for all 48, from hour 2.
    expect(created.map((r) => [r.runStart, r.activeHours, r.billedHours, r.status])).toEqual([
      [slot(2), 48, 48, 'charged']
    ]);
    expect(created[0]!.amount).toBe(amountOf(PRICES['Hosting Business']!, 48));
    expect(month.rows.filter((r) => r.resourceId === '1009').map((r) => r.status)).toEqual([
      'pending'
    ]);
    // The total is the sum of the rows, each rounded once.
    expect(month.total).toBe(month.rows.reduce((sum, r) => sum + r.amount, 0));
  });
});

function localDate(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(ms);
}

function pick(r: Row): Row {
  return {
    resourceId: r.resourceId,
    kind: r.kind,
    runStart: r.runStart,
    pack: r.pack,
    monthlyPrice: r.monthlyPrice,
    activeHours: r.activeHours,
    billedHours: r.billedHours,
    billedDays: r.billedDays,
    amount: r.amount,
    status: r.status,
    firstHour: r.firstHour,
    lastHour: r.lastHour
  };
}
