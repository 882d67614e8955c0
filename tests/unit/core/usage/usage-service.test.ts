import { beforeEach, describe, expect, it } from 'vitest';
import { usageRowsInputSchema, type UsageRowsInput } from '@shared/contract';
import type { InvoiceDetail, UsageInterval, UsageWindow } from '@shared/model';
import { inTransaction, type OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { setMeta } from '@main/core/cache/repositories/sync-state';
import { mergeUsageWindow } from '@main/core/usage/usage-repository';
import { storeInvoiceDetail } from '@main/core/invoices/invoice-repository';
import { computeMonth, type PayuMonth, type PayuRow } from '@main/core/usage';
import {
  createUsageService,
  estimateByDay,
  monthsBetween,
  USAGE_SUPPORTED_META
} from '@main/core/usage/usage-service';
import { FakeClock } from '@tests/fakes/fake-clock';
import { openTempCache } from '@tests/fakes/temp-cache';
import { sampleInvoice } from '@tests/fakes/model-fixtures';

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
  iv('acc-4', 'Start', 744, '2026-10-30T12:00:00Z', '2026-11-02T00:00:00Z'),
  // Sorts after acc-4 (numeric order), and recreated in November: two runs, two rows.
  iv('acc-10', 'Basic', 1000, '2026-10-01T00:00:00Z', '2026-11-05T00:00:00Z'),
  iv('acc-10', 'Basic', 1000, '2026-11-08T00:00:00Z', '2026-11-22T09:00:00Z')
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
    ...sampleInvoice(id, amountMinor, { number, issuedOn, dueOn: issuedOn }),
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

/** The month object as the screen gets it: no rows, all warnings (this data has few). */
function withoutRows(month: PayuMonth) {
  const { rows, warnings, ...rest } = month;
  const warningCounts: Record<string, number> = {};
  for (const w of warnings) warningCounts[w.code] = (warningCounts[w.code] ?? 0) + 1;
  return { ...rest, rowCount: rows.length, warnings, warningCounts };
}

function rowsInput(month: string, extra: Partial<UsageRowsInput> = {}): UsageRowsInput {
  return usageRowsInputSchema.parse({ month, ...extra });
}

/** The engine's fields of a page row. */
function engineRow(row: PayuRow & Record<string, unknown>): PayuRow {
  const { pendingHoursLeft: _p, groupStart: _g, groupSize: _s, marker: _m, ...rest } = row;
  return rest as PayuRow;
}

describe('the usage service', () => {
  let cache: OpenedCache;
  let clock: FakeClock;

  beforeEach(() => {
    clock = new FakeClock(NOW);
    const temp = openTempCache(() => clock.now());
    cache = temp.cache;
    inTransaction(cache.db, () =>
      mergeUsageWindow(
        cache.db,
        window(INTERVALS, '2026-11-22T08:00:00Z', ['2026-10-15T05:00:00Z'])
      )
    );
    return temp.close;
  });

  const full = {
    firstSnapshot: '2026-09-25T00:00:00Z',
    lastSnapshot: '2026-11-22T08:00:00Z',
    missingHours: ['2026-10-15T05:00:00Z'],
    intervals: INTERVALS
  };

  it('computes each month exactly as the engine does on the whole data set', () => {
    const service = createUsageService({ clock });
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const expected = computeMonth(full, { month, asOf: NOW, timeZone: ZONE });
      const view = service.getMonth(cache.db, month, ZONE);
      expect(view.report).toEqual(withoutRows(expected));
      // Every row, a page of two at a time, in the table's default order (resource A to Z).
      const rows: PayuRow[] = [];
      for (let offset = 0; ; offset += 2) {
        const page = service.listRows(cache.db, rowsInput(month, { offset, limit: 2 }), ZONE);
        rows.push(...page.rows.map(engineRow));
        if (page.rows.length < 2) break;
      }
      expect(new Set(rows.map((r) => JSON.stringify(r)))).toEqual(
        new Set(expected.rows.map((r) => JSON.stringify(r)))
      );
      expect(rows).toHaveLength(expected.rows.length);
    }
  });

  it('pages the rows: the totals of every page are the sums over all pages, equal to the month total', () => {
    const service = createUsageService({ clock });
    const view = service.getMonth(cache.db, '2026-11', ZONE);
    const input = rowsInput('2026-11', { sort: 'amount', dir: 'desc', limit: 2 });
    const first = service.listRows(cache.db, input, ZONE);
    let amount = 0;
    let billedHours = 0;
    let activeHours = 0;
    let seen = 0;
    for (let offset = 0; offset < first.total; offset += 2) {
      const page = service.listRows(cache.db, { ...input, offset }, ZONE);
      expect(page.total).toBe(first.total);
      expect(page.totals).toEqual(first.totals);
      for (const row of page.rows) {
        amount += row.amount;
        billedHours += row.billedHours;
        activeHours += row.activeHours;
        seen += 1;
      }
    }
    expect(seen).toBe(first.total);
    expect(first.total).toBe(view.report?.rowCount);
    expect(first.rowCount).toBe(view.report?.rowCount);
    expect(first.totals).toEqual({ amount, billedHours, activeHours });
    expect(amount).toBe(view.report?.total);

    const charged = service.listRows(cache.db, { ...input, status: 'charged', limit: 100 }, ZONE);
    expect(charged.totals.amount).toBe(view.report?.total);
    expect(charged.rowCount).toBe(first.rowCount);
    expect(charged.total).toBeLessThan(first.total);
  });

  it('sorts in numeric resource order, and by a column with each resource kept at its best row', () => {
    const service = createUsageService({ clock });
    const order = (extra: Partial<UsageRowsInput>) =>
      service
        .listRows(cache.db, rowsInput('2026-11', extra), ZONE)
        .rows.map((r) => `${r.resourceId}${r.marker ? ` (${r.marker})` : ''}`);
    expect(order({})).toEqual(['acc-1', 'acc-3', 'acc-4', 'acc-10', 'acc-10 (new-run)', 'ssl-1']);
    expect(order({ dir: 'desc' })).toEqual([
      'ssl-1',
      'acc-10',
      'acc-10 (new-run)',
      'acc-4',
      'acc-3',
      'acc-1'
    ]);
    const byAmount = service.listRows(
      cache.db,
      rowsInput('2026-11', { sort: 'amount', dir: 'desc' }),
      ZONE
    ).rows;
    const best = new Map<string, number>();
    for (const r of byAmount)
      best.set(r.resourceId, Math.max(best.get(r.resourceId) ?? 0, r.amount));
    const groupOrder = byAmount.filter((r) => r.groupStart).map((r) => best.get(r.resourceId));
    // Each group sits at its best (largest) row, so groups come in descending order of it…
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(groupOrder).toHaveLength(best.size);
    // …and a resource's rows follow each other, in time order.
    const tenth = byAmount.findIndex((r) => r.resourceId === 'acc-10');
    expect(byAmount[tenth + 1]?.resourceId).toBe('acc-10');
    expect(byAmount[tenth]?.groupSize).toBe(2);
    expect(byAmount[tenth + 1]?.groupStart).toBe(false);
    expect(Date.parse(byAmount[tenth]?.firstHour ?? '')).toBeLessThan(
      Date.parse(byAmount[tenth + 1]?.firstHour ?? '')
    );
  });

  it('marks the second row of an upgraded account in October', () => {
    const service = createUsageService({ clock });
    const rows = service
      .listRows(cache.db, rowsInput('2026-10', { q: 'ACC-1' }), ZONE)
      .rows.filter((r) => r.resourceId === 'acc-1');
    expect(rows.map((r) => [r.pack, r.marker])).toEqual([
      ['Basic', null],
      ['Pro', 'upgraded']
    ]);
  });

  it('filters by text (resource, pack, kind or parent, any case) and by status', () => {
    const service = createUsageService({ clock });
    const ids = (extra: Partial<UsageRowsInput>) =>
      service.listRows(cache.db, rowsInput('2026-11', extra), ZONE).rows.map((r) => r.resourceId);
    expect(ids({ q: 'SSL' })).toEqual(['ssl-1']);
    // acc-1 itself and the add-on whose parent it is; not acc-10 ("acc-1" is in "acc-10").
    expect(ids({ q: '  acc-1 ' })).toEqual(['acc-1', 'acc-10', 'acc-10', 'ssl-1']);
    expect(ids({ q: 'addon' })).toEqual(['ssl-1']);
    expect(ids({ status: 'pending' })).toEqual(['acc-3']);
    expect(ids({ status: 'pending', q: 'ssl' })).toEqual([]);
    const none = service.listRows(cache.db, rowsInput('2026-11', { q: 'nothing' }), ZONE);
    expect(none).toMatchObject({ total: 0, rows: [], totals: { amount: 0 } });
    expect(none.rowCount).toBeGreaterThan(0);
  });

  it('shows the current local month when none is asked for, with pending runs and their hours left', () => {
    const service = createUsageService({ clock });
    const view = service.getMonth(cache.db, null, ZONE);
    expect(view.month).toBe('2026-11');
    const current = service.listRows(cache.db, usageRowsInputSchema.parse({}), ZONE);
    expect(current.month).toBe('2026-11');
    const rows = current.rows;
    const pending = rows.find((row) => row.resourceId === 'acc-3');
    expect(pending?.status).toBe('pending');
    // 30 snapshots known (03:00 on the 21st to 08:00 on the 22nd): 18 more hours to the 48th.
    expect(pending?.pendingHoursLeft).toBe(18);
    expect(rows.find((row) => row.status === 'charged')?.pendingHoursLeft).toBeNull();
    expect(rows.filter((row) => row.resourceId === 'acc-1').map((row) => row.pack)).toEqual([
      'Pro'
    ]);
    expect(rows.find((row) => row.resourceId === 'acc-1')?.runStart).toBe('2026-09-25T00:00:00Z');
  });

  it('stores the month in the cache: later reads, and another process, use it until new snapshots are merged', () => {
    const service = createUsageService({ clock });
    const first = service.getMonth(cache.db, '2026-11', ZONE);
    clock.advance(20 * 60_000);
    const again = service.getMonth(cache.db, '2026-11', ZONE);
    service.listRows(cache.db, rowsInput('2026-11'), ZONE);
    expect(service.computations()).toBe(1);
    expect(again.report).toEqual(first.report);
    const other = createUsageService({ clock });
    expect(other.getMonth(cache.db, '2026-11', ZONE).report).toEqual(first.report);
    expect(other.computations()).toBe(0);

    clock.set('2026-11-22T10:05:00Z');
    const next = INTERVALS.map((i) =>
      i.end === '2026-11-22T09:00:00Z'
        ? { ...i, start: '2026-11-22T09:00:00Z', end: '2026-11-22T10:00:00Z' }
        : i
    );
    inTransaction(cache.db, () => mergeUsageWindow(cache.db, window(next, '2026-11-22T09:00:00Z')));
    service.getMonth(cache.db, '2026-11', ZONE);
    expect(service.computations()).toBe(2);
    const rows = service.listRows(cache.db, rowsInput('2026-11', { q: 'acc-3' }), ZONE).rows;
    expect(rows[0]?.activeHours).toBe(31);
    expect(rows[0]?.pendingHoursLeft).toBe(17);
  });

  it('recomputes when the history is rewritten with other prices (a new price list)', () => {
    const service = createUsageService({ clock });
    const before = service.getMonth(cache.db, '2026-10', ZONE).report?.total ?? 0;
    // What a price list change does to Hostdeck's own record: the same hours, repriced.
    cache.db
      .prepare("UPDATE usage_intervals SET monthly_price = 1488 WHERE resource_id = 'acc-4'")
      .run();
    const after = service.getMonth(cache.db, '2026-10', ZONE).report?.total ?? 0;
    expect(service.computations()).toBe(2);
    expect(after).toBeGreaterThan(before);
    const repriced = computeMonth(
      {
        ...full,
        intervals: INTERVALS.map((i) =>
          i.resourceId === 'acc-4' ? { ...i, monthlyPrice: 1488 } : i
        )
      },
      { month: '2026-10', asOf: NOW, timeZone: ZONE }
    );
    expect(after).toBe(repriced.total);
  });

  it('recomputes when the time zone changes', () => {
    const service = createUsageService({ clock });
    const brussels = service.getMonth(cache.db, '2026-10', ZONE);
    const newYork = service.getMonth(cache.db, '2026-10', 'America/New_York');
    expect(service.computations()).toBe(2);
    expect(newYork.report?.timeZone).toBe('America/New_York');
    expect(newYork.report?.monthStart).not.toBe(brussels.report?.monthStart);
    expect(service.getMonth(cache.db, '2026-10', ZONE).report).toEqual(brussels.report);
  });

  it('refreshes the current and the previous month after a sync, and nothing when they still hold', () => {
    const service = createUsageService({ clock });
    service.refreshRecent(cache.db, ZONE);
    expect(service.computations()).toBe(2);
    service.refreshRecent(cache.db, ZONE);
    expect(service.computations()).toBe(2);
    service.getMonth(cache.db, '2026-11', ZONE);
    service.getMonth(cache.db, '2026-10', ZONE);
    expect(service.computations()).toBe(2);
  });

  it('lists the local months from the first to the last snapshot, newest first', () => {
    const service = createUsageService({ clock });
    expect(service.getMonth(cache.db, null, ZONE).months).toEqual([
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

  it('returns no report for a month without snapshots, and says when a sync found the provider has no usage', () => {
    const service = createUsageService({ clock });
    const august = service.getMonth(cache.db, '2026-08', ZONE);
    expect(august).toMatchObject({
      available: true,
      report: null,
      months: ['2026-11', '2026-10', '2026-09']
    });
    expect(service.listRows(cache.db, rowsInput('2026-08'), ZONE)).toMatchObject({
      rows: [],
      total: 0,
      rowCount: 0
    });

    const emptyTemp = openTempCache(() => clock.now());
    const empty = emptyTemp.cache;
    try {
      // Before any sync said otherwise: no snapshots yet, not "unsupported".
      expect(service.getMonth(empty.db, null, ZONE).available).toBe(true);
      setMeta(empty.db, USAGE_SUPPORTED_META, 'false');
      expect(service.getMonth(empty.db, null, ZONE)).toMatchObject({
        available: false,
        report: null,
        months: [],
        lastSnapshot: null
      });
    } finally {
      emptyTemp.close();
    }
  });

  it('checks the bill against the invoice lines the sync cached, and only for a month that is over', () => {
    const service = createUsageService({ clock });
    const october = service.getMonth(cache.db, '2026-10', ZONE);
    expect(october.bill).toBeNull();
    const computed = october.report?.total ?? 0;
    const invoices = [
      invoiceDetail('900', 'INV-900', '2026-11-01', '2026-10', computed + 3),
      invoiceDetail('901', 'INV-901', '2026-11-03', '2026-09', 120),
      invoiceDetail('902', 'INV-902', '2026-11-05', '2026-10', 999)
    ];
    inTransaction(cache.db, () =>
      upsertEntities(
        cache.db,
        'invoices',
        invoices.map(({ lines: _l, payments: _p, ...invoice }) => invoice),
        'run-1'
      )
    );
    // The list alone has no lines: still no bill to check.
    expect(service.getMonth(cache.db, '2026-10', ZONE).bill).toBeNull();
    for (const detail of invoices) {
      const { json } = cache.db
        .prepare('SELECT json FROM invoices WHERE id = ?')
        .get(detail.id) as {
        json: string;
      };
      inTransaction(cache.db, () => storeInvoiceDetail(cache.db, detail, json, NOW));
    }

    expect(service.getMonth(cache.db, '2026-10', ZONE).bill).toEqual({
      invoiceId: '900',
      invoiceNumber: 'INV-900',
      issuedOn: '2026-11-01',
      invoiced: computed + 3,
      computed,
      difference: 3
    });
    // The current month has no bill yet.
    expect(service.getMonth(cache.db, '2026-11', ZONE).bill).toBeNull();
  });

  it('spreads the estimate over the days after the latest snapshot, adding up exactly', () => {
    const service = createUsageService({ clock });
    const view = service.getMonth(cache.db, '2026-11', ZONE);
    const report = view.report;
    if (!report) throw new Error('no report');
    expect(view.estimatedDays.map((d) => d.date)[0]).toBe('2026-11-22');
    expect(view.estimatedDays.at(-1)?.date).toBe('2026-11-30');
    // 22 Nov: 10:00 to midnight Brussels = 14 hours left.
    expect(view.estimatedDays[0]?.hours).toBe(14);
    const spread = view.estimatedDays.reduce((sum, d) => sum + d.amount, 0);
    expect(spread).toBe(report.estimate.amount - report.total);
    expect(spread).toBeGreaterThan(0);
    expect(view.estimatedDays).toEqual(
      estimateByDay(
        computeMonth(full, { month: '2026-11', asOf: NOW, timeZone: ZONE }),
        full.lastSnapshot
      )
    );
    expect(
      estimateByDay({ ...report, month: '2026-10', timeZone: ZONE }, '2026-11-22T08:00:00Z')
    ).toEqual([]);
  });

  it('exports every row and the daily breakdown as CSV with decimal money', () => {
    const service = createUsageService({ clock });
    const expected = computeMonth(full, { month: '2026-10', asOf: NOW, timeZone: ZONE });
    const rows = service.exportCsv(cache.db, '2026-10', 'rows', ZONE);
    expect(rows.filename).toBe('hostdeck-usage-2026-10-rows.csv');
    const lines = rows.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'resource_id,kind,parent_account_id,pack,monthly_price,active_hours,billed_hours,billed_days,amount,currency,status,run_start,first_hour,last_hour'
    );
    expect(lines).toHaveLength(expected.rows.length + 1);
    // The engine's order.
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      expected.rows.map((row) => row.resourceId)
    );
    expect(lines.find((line) => line.startsWith('acc-2,'))).toMatch(
      /^acc-2,account,,Basic,10\.00,20,0,0,0\.00,EUR,free,/
    );
    const upgraded = expected.rows.find((row) => row.resourceId === 'acc-1' && row.pack === 'Pro');
    expect(lines).toContain(
      `acc-1,account,,Pro,25.00,${upgraded?.activeHours},${upgraded?.billedHours},${upgraded?.billedDays},${((upgraded?.amount ?? 0) / 100).toFixed(2)},EUR,charged,2026-09-25T00:00:00Z,${upgraded?.firstHour},${upgraded?.lastHour}`
    );

    const daily = service.exportCsv(cache.db, '2026-10', 'daily', ZONE);
    const days = daily.csv.trimEnd().split('\r\n');
    expect(days[0]).toBe('date,billed_hours,amount,currency');
    expect(days).toHaveLength(32);
    expect(days[1]).toMatch(/^2026-10-01,\d+,\d+\.\d{2},EUR$/);
    const sum = days
      .slice(1)
      .reduce((total, line) => total + Math.round(Number(line.split(',')[2]) * 100), 0);
    expect(sum).toBe(expected.total);
  });
});
