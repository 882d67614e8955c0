import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingKey } from '../../../../src-shared/contract';
import type { InvoiceDetail, UsageInterval, UsageWindow } from '../../../../src-shared/model';
import {
  inTransaction,
  openCache,
  type OpenedCache
} from '../../../../src-main/core/cache/database';
import { upsertEntities } from '../../../../src-main/core/cache/repositories/entities';
import { mergeUsageWindow } from '../../../../src-main/core/cache/repositories/usage';
import { computeMonth } from '../../../../src-main/core/payu';
import {
  createUsageService,
  estimateByDay,
  monthsBetween,
  type UsageSource
} from '../../../../src-main/core/payu/usage-service';
import { FakeClock } from '../../../fakes/fake-clock';
import { RecordingLogger } from '../../../fakes/recording-logger';
import { makeTempDir } from '../../../fakes/temp-dir';

const ZONE = 'Europe/Brussels';
const NOW = '2026-11-22T09:00:00Z';

function iv(
  resourceId: string,
  pack: string,
  monthlyPrice: number,
  start: string,
  end: string,
  extra: Partial<UsageInterval> = {}
): UsageInterval {
  return {
    resourceId,
    kind: 'account',
    parentAccountId: null,
    pack,
    monthlyPrice,
    start,
    end,
    ...extra
  };
}

/** Two and a half months of history ending at the last whole hour before NOW. */
const INTERVALS: UsageInterval[] = [
  // Upgraded account: the Basic interval ends long before November's window opens.
  iv('acc-1', 'Basic', 1000, '2026-09-25T00:00:00Z', '2026-10-20T10:00:00Z'),
  iv('acc-1', 'Pro', 2500, '2026-10-20T10:00:00Z', '2026-11-22T09:00:00Z'),
  iv('ssl-1', 'SSL', 300, '2026-10-05T00:00:00Z', '2026-11-22T09:00:00Z', {
    kind: 'addon',
    parentAccountId: 'acc-1'
  }),
  // Deleted after 20 hours: free.
  iv('acc-2', 'Basic', 1000, '2026-10-10T00:00:00Z', '2026-10-10T20:00:00Z'),
  // Created 30 hours before NOW: pending.
  iv('acc-3', 'Basic', 1000, '2026-11-21T03:00:00Z', '2026-11-22T09:00:00Z'),
  // Crosses the October/November edge and lives 60 hours: charged in both months.
  iv('acc-4', 'Start', 744, '2026-10-30T12:00:00Z', '2026-11-02T00:00:00Z')
];

function window(
  intervals: readonly UsageInterval[],
  lastSnapshot: string,
  missingHours: string[] = []
): UsageWindow {
  return {
    from: '2026-09-25T00:00:00Z',
    // The window's end is exclusive: it holds the hour of its last snapshot.
    to: new Date(Date.parse(lastSnapshot) + 3_600_000).toISOString().replace('.000Z', 'Z'),
    currency: 'EUR',
    firstSnapshot: '2026-09-25T00:00:00Z',
    lastSnapshot,
    missingHours,
    intervals
  };
}

function invoiceDetail(
  id: string,
  number: string,
  issuedOn: string,
  month: string,
  amountMinor: number
): InvoiceDetail {
  const money = (amount: number) => ({ amountMinor: amount, currency: 'EUR' });
  return {
    id,
    number,
    issuedOn,
    dueOn: issuedOn,
    paidAt: null,
    status: 'unpaid',
    isOverdue: false,
    subtotal: money(amountMinor),
    tax: null,
    credit: null,
    total: money(amountMinor),
    balance: null,
    paymentMethod: null,
    lines: [
      {
        id: `${id}-1`,
        type: 'PAYU',
        relatedId: null,
        description: `Pay-as-you-use usage ${month}`,
        amount: money(amountMinor),
        taxed: true
      }
    ],
    payments: []
  };
}

describe('the usage service', () => {
  let dir: { path: string; cleanup: () => void };
  let cache: OpenedCache;
  let clock: FakeClock;
  let fetched: string[];
  let details: Map<string, InvoiceDetail>;

  const source = (): UsageSource => ({
    profileId: 'p1',
    db: cache.db,
    fetchInvoiceDetail: async (id) => {
      fetched.push(id);
      const detail = details.get(id);
      if (!detail) throw new Error(`no invoice ${id}`);
      return detail;
    },
    supportsUsage: async () => true
  });

  beforeEach(() => {
    dir = makeTempDir();
    clock = new FakeClock(NOW);
    cache = openCache(join(dir.path, 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => clock.now()
    });
    inTransaction(cache.db, () =>
      mergeUsageWindow(
        cache.db,
        window(INTERVALS, '2026-11-22T08:00:00Z', ['2026-10-15T05:00:00Z'])
      )
    );
    fetched = [];
    details = new Map();
  });
  afterEach(() => {
    cache.close();
    dir.cleanup();
  });

  it('computes each month exactly as the engine does on the whole data set', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const full = {
      firstSnapshot: '2026-09-25T00:00:00Z',
      lastSnapshot: '2026-11-22T08:00:00Z',
      missingHours: ['2026-10-15T05:00:00Z'],
      intervals: INTERVALS
    };
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const view = await service.getMonth(source(), month, ZONE);
      expect(view.report).toEqual(computeMonth(full, { month, asOf: NOW, timeZone: ZONE }));
    }
  });

  it('shows the current local month when none is asked for, with pending runs and their hours left', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const view = await service.getMonth(source(), null, ZONE);
    expect(view.month).toBe('2026-11');
    const pending = view.report?.rows.find((row) => row.resourceId === 'acc-3');
    expect(pending?.status).toBe('pending');
    // 30 snapshots known (03:00 on the 21st to 08:00 on the 22nd): 18 more hours to the 48th.
    expect(pending && view.pendingHoursLeft[pendingKey(pending)]).toBe(18);
    expect(
      view.report?.rows.filter((row) => row.resourceId === 'acc-1').map((row) => row.pack)
    ).toEqual(['Pro']);
    expect(view.report?.rows.find((row) => row.resourceId === 'acc-1')?.runStart).toBe(
      '2026-09-25T00:00:00Z'
    );
  });

  it('keeps the report until new snapshots are merged, then recomputes', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const first = await service.getMonth(source(), '2026-11', ZONE);
    clock.advance(20 * 60_000);
    const again = await service.getMonth(source(), '2026-11', ZONE);
    expect(service.computations()).toBe(1);
    expect(again.report).toBe(first.report);

    clock.set('2026-11-22T10:05:00Z');
    const next = INTERVALS.map((i) =>
      i.end === '2026-11-22T09:00:00Z'
        ? { ...i, start: '2026-11-22T09:00:00Z', end: '2026-11-22T10:00:00Z' }
        : i
    );
    inTransaction(cache.db, () => mergeUsageWindow(cache.db, window(next, '2026-11-22T09:00:00Z')));
    const after = await service.getMonth(source(), '2026-11', ZONE);
    expect(service.computations()).toBe(2);
    expect(after.report?.rows.find((row) => row.resourceId === 'acc-3')?.activeHours).toBe(31);
    expect(
      after.pendingHoursLeft[pendingKey({ resourceId: 'acc-3', runStart: '2026-11-21T03:00:00Z' })]
    ).toBe(17);
  });

  it('recomputes when the time zone changes, keeping one entry per zone', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const brussels = await service.getMonth(source(), '2026-10', ZONE);
    const newYork = await service.getMonth(source(), '2026-10', 'America/New_York');
    expect(service.computations()).toBe(2);
    expect(newYork.report?.timeZone).toBe('America/New_York');
    expect(newYork.report?.monthStart).not.toBe(brussels.report?.monthStart);
    await service.getMonth(source(), '2026-10', ZONE);
    expect(service.computations()).toBe(2);
  });

  it('lists the local months from the first to the last snapshot, newest first', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    expect((await service.getMonth(source(), null, ZONE)).months).toEqual([
      '2026-11',
      '2026-10',
      '2026-09'
    ]);
    // 31 Dec 23:30 UTC is already January in Brussels.
    expect(monthsBetween('2025-11-30T23:00:00Z', '2025-12-31T23:00:00Z', ZONE)).toEqual([
      '2026-01',
      '2025-12'
    ]);
    expect(monthsBetween(null, null, ZONE)).toEqual([]);
  });

  it('returns no report for a month without snapshots, and says when the provider has no usage', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const august = await service.getMonth(source(), '2026-08', ZONE);
    expect(august).toMatchObject({
      available: true,
      report: null,
      months: ['2026-11', '2026-10', '2026-09']
    });

    const emptyDir = makeTempDir();
    const empty = openCache(join(emptyDir.path, 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => clock.now()
    });
    try {
      const view = await service.getMonth(
        { ...source(), profileId: 'p2', db: empty.db, supportsUsage: async () => false },
        null,
        ZONE
      );
      expect(view).toMatchObject({
        available: false,
        report: null,
        months: [],
        lastSnapshot: null
      });
    } finally {
      empty.close();
      emptyDir.cleanup();
    }
  });

  it('checks the bill: finds the PAYU invoice of the month, fetches its lines once and gives the difference', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const october = await service.getMonth(source(), '2026-10', ZONE);
    expect(october.bill).toBeNull();
    const computed = october.report?.total ?? 0;
    const invoices = [
      invoiceDetail('900', 'INV-900', '2026-11-01', '2026-10', computed + 3),
      invoiceDetail('901', 'INV-901', '2026-11-03', '2026-09', 120)
    ];
    inTransaction(cache.db, () =>
      upsertEntities(
        cache.db,
        'invoices',
        invoices.map(({ lines: _l, payments: _p, ...invoice }) => invoice),
        'run-1'
      )
    );
    for (const detail of invoices) details.set(detail.id, detail);

    const checked = await service.getMonth(source(), '2026-10', ZONE);
    expect(checked.bill).toEqual({
      invoiceId: '900',
      invoiceNumber: 'INV-900',
      issuedOn: '2026-11-01',
      invoiced: computed + 3,
      computed,
      difference: 3
    });
    expect(fetched).toEqual(['900']);
    await service.getMonth(source(), '2026-10', ZONE);
    expect(fetched).toEqual(['900']);

    // The current month has no bill yet, so nothing is looked up for it.
    expect((await service.getMonth(source(), '2026-11', ZONE)).bill).toBeNull();
    expect(fetched).toEqual(['900']);
  });

  it('spreads the estimate over the days after the latest snapshot, adding up exactly', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const view = await service.getMonth(source(), '2026-11', ZONE);
    const report = view.report;
    if (!report) throw new Error('no report');
    expect(view.estimatedDays.map((d) => d.date)[0]).toBe('2026-11-22');
    expect(view.estimatedDays.at(-1)?.date).toBe('2026-11-30');
    // 22 Nov: 10:00 to midnight Brussels = 14 hours left.
    expect(view.estimatedDays[0]?.hours).toBe(14);
    const spread = view.estimatedDays.reduce((sum, d) => sum + d.amount, 0);
    expect(spread).toBe(report.estimate.amount - report.total);
    expect(spread).toBeGreaterThan(0);
    expect(
      estimateByDay({ ...report, month: '2026-10', timeZone: ZONE }, '2026-11-22T08:00:00Z')
    ).toEqual([]);
  });

  it('exports the rows and the daily breakdown as CSV with decimal money', async () => {
    const service = createUsageService({ clock, logger: new RecordingLogger() });
    const view = await service.getMonth(source(), '2026-10', ZONE);
    const rows = service.exportCsv(source(), '2026-10', 'rows', ZONE);
    expect(rows.filename).toBe('hostdeck-usage-2026-10-rows.csv');
    const lines = rows.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'resource_id,kind,parent_account_id,pack,monthly_price,active_hours,billed_hours,billed_days,amount,currency,status,run_start,first_hour,last_hour'
    );
    expect(lines).toHaveLength((view.report?.rows.length ?? 0) + 1);
    expect(lines.find((line) => line.startsWith('acc-2,'))).toMatch(
      /^acc-2,account,,Basic,10\.00,20,0,0,0\.00,EUR,free,/
    );
    const upgraded = view.report?.rows.find(
      (row) => row.resourceId === 'acc-1' && row.pack === 'Pro'
    );
    expect(lines).toContain(
      `acc-1,account,,Pro,25.00,${upgraded?.activeHours},${upgraded?.billedHours},${upgraded?.billedDays},${((upgraded?.amount ?? 0) / 100).toFixed(2)},EUR,charged,2026-09-25T00:00:00Z,${upgraded?.firstHour},${upgraded?.lastHour}`
    );

    const daily = service.exportCsv(source(), '2026-10', 'daily', ZONE);
    const days = daily.csv.trimEnd().split('\r\n');
    expect(days[0]).toBe('date,billed_hours,amount,currency');
    expect(days).toHaveLength(32);
    expect(days[1]).toMatch(/^2026-10-01,\d+,\d+\.\d{2},EUR$/);
    const sum = days
      .slice(1)
      .reduce((total, line) => total + Math.round(Number(line.split(',')[2]) * 100), 0);
    expect(sum).toBe(view.report?.total);
  });
});
