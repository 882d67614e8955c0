import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UsageMonthView } from '../../src-shared/contract';
import { ok } from '../../src-shared/result';
import { useUsageUiStore } from '../../src-renderer/src/features/usage/usage-ui-store';
import { FakeBridge } from './fake-bridge';
import { renderReadyApp } from './render-app';

type Row = NonNullable<UsageMonthView['report']>['rows'][number];

function row(
  resourceId: string,
  pack: string,
  amount: number,
  status: Row['status'],
  extra: Partial<Row> = {}
): Row {
  return {
    resourceId,
    kind: 'account',
    parentAccountId: null,
    runStart: '2026-10-01T00:00:00Z',
    pack,
    monthlyPrice: 1000,
    activeHours: 100,
    billedHours: status === 'charged' ? 100 : 0,
    billedDays: status === 'charged' ? 5 : 0,
    amount,
    status,
    firstHour: '2026-11-01T00:00:00Z',
    lastHour: '2026-11-05T03:00:00Z',
    ...extra
  };
}

const ROWS: Row[] = [
  row('acc-1', 'Starter', 300, 'charged', { lastHour: '2026-11-10T09:00:00Z' }),
  row('acc-1', 'Pro', 900, 'charged', { monthlyPrice: 2500, firstHour: '2026-11-10T10:00:00Z' }),
  row('acc-2', 'Pro', 0, 'pending', { runStart: '2026-11-21T03:00:00Z', activeHours: 30 }),
  row('acc-3', 'Starter', 0, 'free', { activeHours: 20 }),
  row('ssl-1', 'SSL', 500, 'charged', { kind: 'addon', parentAccountId: 'acc-1' })
];

function sampleView(overrides: Partial<UsageMonthView> = {}): UsageMonthView {
  return {
    available: true,
    currency: 'EUR',
    months: ['2026-11', '2026-10'],
    month: '2026-11',
    lastSnapshot: '2026-11-22T08:00:00Z',
    report: {
      month: '2026-11',
      timeZone: 'Europe/Brussels',
      monthStart: '2026-10-31T23:00:00Z',
      monthEnd: '2026-11-30T23:00:00Z',
      hoursInMonth: 720,
      asOf: '2026-11-22T09:00:00Z',
      final: false,
      total: 1700,
      billedAccounts: 1,
      billedAddons: 1,
      packsUsed: ['Pro', 'SSL', 'Starter'],
      rows: ROWS,
      daily: [{ date: '2026-11-01', hours: 48, amount: 80 }],
      estimate: { now: '2026-11-22T09:00:00Z', amount: 2600, monthToDate: 1700, pendingHours: 30 },
      warnings: [
        { code: 'missing-snapshots', message: '3 snapshots missing from 2026-11-10T02:00:00Z' }
      ]
    },
    pendingHoursLeft: { 'acc-2|2026-11-21T03:00:00Z': 18 },
    estimatedDays: [{ date: '2026-11-23', hours: 24, amount: 100 }],
    bill: null,
    ...overrides
  };
}

function usageState(): string | null {
  return document.querySelector('[data-page="usage"]')?.getAttribute('data-view-state') ?? null;
}

/** Opens the Usage page on `view` and waits until it shows the month (or says it has none). */
async function openUsage(view: UsageMonthView = sampleView(), bridge = new FakeBridge()) {
  bridge.handle('usage:get-month', () => ok(view));
  bridge.handle('usage:export-csv', (input) =>
    ok({ filename: `hostdeck-usage-${input.month}-${input.what}.csv`, csv: 'resource_id,kind\r\n' })
  );
  window.history.replaceState(null, '', '/#/usage');
  const rendered = await renderReadyApp(bridge);
  const settled = view.report === null ? 'empty' : 'ready';
  await waitFor(() => expect(usageState()).toBe(settled));
  return rendered;
}

function text(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}

function resourceOrder(): string[] {
  return [...document.querySelectorAll('table.usage-table tbody tr[data-resource]')].map(
    (tr) => tr.getAttribute('data-resource') ?? ''
  );
}

describe('the Usage page', () => {
  beforeEach(() => useUsageUiStore.getState().reset());
  afterEach(() => vi.restoreAllMocks());

  it('shows the summary, the Provisional badge, the warnings and every row', async () => {
    await openUsage();
    expect(text(screen.getByTestId('usage-total'))).toContain('€17.00');
    expect(text(screen.getByTestId('usage-estimate'))).toContain('€26.00');
    expect(screen.getByText('Provisional')).toBeTruthy();
    expect(text(screen.getByRole('status', { name: 'Data warnings' }))).toContain(
      'Missing snapshots'
    );
    expect(resourceOrder()).toEqual(['acc-1', 'acc-1', 'acc-2', 'acc-3', 'ssl-1']);
  });

  it('labels each status, and says when a pending run will be charged', async () => {
    await openUsage();
    const rows = document.querySelectorAll('table.usage-table tbody tr');
    const byResource = (id: string) =>
      [...rows].find((tr) => tr.getAttribute('data-resource') === id) as HTMLElement;
    expect(text(byResource('acc-2'))).toContain('Pending');
    expect(text(byResource('acc-2'))).toContain('charged in 18 h unless deleted');
    expect(text(byResource('acc-3'))).toContain('Free');
    expect(text(byResource('acc-3'))).not.toContain('charged in');
    expect(text(byResource('ssl-1'))).toContain('Charged');
    expect(text(byResource('ssl-1'))).toContain('on acc-1');
  });

  it('sorts by a clicked column header and flips on the second click, keeping an upgraded account together', async () => {
    const user = userEvent.setup();
    await openUsage();
    const amount = screen.getByRole('columnheader', { name: /Amount/ });
    expect(amount.getAttribute('aria-sort')).toBe('none');
    expect(screen.getByRole('columnheader', { name: /Resource/ }).getAttribute('aria-sort')).toBe(
      'ascending'
    );
    await user.click(within(amount).getByRole('button'));
    expect(amount.getAttribute('aria-sort')).toBe('descending');
    // acc-1's Pro row (9.00) ranks first, and its Starter row (3.00) follows it rather than ssl-1 (5.00).
    expect(resourceOrder()).toEqual(['acc-1', 'acc-1', 'ssl-1', 'acc-2', 'acc-3']);
    await user.click(within(amount).getByRole('button'));
    expect(amount.getAttribute('aria-sort')).toBe('ascending');
    // The group sits at its best-ranked row: acc-1's Starter row (3.00) comes before ssl-1 (5.00).
    expect(resourceOrder()).toEqual(['acc-2', 'acc-3', 'acc-1', 'acc-1', 'ssl-1']);
  });

  it('marks the second row of an upgraded account as "upgraded", in time order', async () => {
    await openUsage();
    const accOne = [...document.querySelectorAll('tr[data-resource="acc-1"]')];
    expect(text(accOne[0])).toContain('Starter');
    expect(accOne[0]?.querySelector('.usage-marker')).toBeNull();
    expect(text(accOne[1])).toContain('Pro');
    expect(text(accOne[1]?.querySelector('.usage-marker'))).toContain('upgraded');
  });

  it('filters by text and by status', async () => {
    const user = userEvent.setup();
    await openUsage();
    await user.type(screen.getByLabelText('Filter rows'), 'ssl');
    expect(resourceOrder()).toEqual(['ssl-1']);
    await user.clear(screen.getByLabelText('Filter rows'));
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'pending');
    expect(resourceOrder()).toEqual(['acc-2']);
    await user.type(screen.getByLabelText('Filter rows'), 'nothing-like-this');
    expect(screen.getByText('No rows match the filters.')).toBeTruthy();
  });

  it('exports rows and the daily breakdown through usage:export-csv and a blob download', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:usage-test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicks.push({ href: this.href, download: this.download });
    });
    const { bridge } = await openUsage();
    await user.click(screen.getByRole('button', { name: 'Export rows (CSV)' }));
    await screen.findByText('Saved hostdeck-usage-2026-11-rows.csv');
    await user.click(screen.getByRole('button', { name: 'Export daily (CSV)' }));
    await screen.findByText('Saved hostdeck-usage-2026-11-daily.csv');
    expect(
      bridge.calls.filter((c) => c.channel === 'usage:export-csv').map((c) => c.input)
    ).toEqual([
      { month: '2026-11', what: 'rows' },
      { month: '2026-11', what: 'daily' }
    ]);
    expect(clicks).toEqual([
      { href: 'blob:usage-test', download: 'hostdeck-usage-2026-11-rows.csv' },
      { href: 'blob:usage-test', download: 'hostdeck-usage-2026-11-daily.csv' }
    ]);
    expect(await created[0]?.text()).toBe('resource_id,kind\r\n');
  });

  it('asks for the month picked in the month picker', async () => {
    const user = userEvent.setup();
    const { bridge } = await openUsage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '2026-10');
    await waitFor(() =>
      expect(
        bridge.calls.some(
          (c) =>
            c.channel === 'usage:get-month' && (c.input as { month?: string }).month === '2026-10'
        )
      ).toBe(true)
    );
  });

  it('shows the bill check: green when equal, amber with a rounding note when a few cents apart', async () => {
    const bill = {
      invoiceId: '9',
      invoiceNumber: 'INV-9',
      issuedOn: '2026-12-01',
      invoiced: 1702,
      computed: 1700,
      difference: 2
    };
    await openUsage(sampleView({ bill }));
    const difference = screen.getByTestId('usage-bill-difference');
    expect(text(difference)).toContain('+€0.02');
    expect(difference.className).toContain('usage-diff--warn');
    expect(text(screen.getByTestId('usage-bill'))).toMatch(/rounded once/);
  });

  it('shows a green difference when the invoice matches', async () => {
    await openUsage(
      sampleView({
        bill: {
          invoiceId: '9',
          invoiceNumber: 'INV-9',
          issuedOn: null,
          invoiced: 1700,
          computed: 1700,
          difference: 0
        }
      })
    );
    expect(screen.getByTestId('usage-bill-difference').className).toContain('usage-diff--ok');
    expect(text(screen.getByTestId('usage-bill'))).toContain('INV-9');
  });

  it('explains a provider that does not report usage', async () => {
    await openUsage(sampleView({ available: false, report: null, months: [] }));
    expect(screen.getByText('Your provider does not report usage')).toBeTruthy();
  });

  it('explains a month that has no snapshots', async () => {
    await openUsage(
      sampleView({ month: '2026-08', report: null, pendingHoursLeft: {}, estimatedDays: [] })
    );
    expect(screen.getByText(/No snapshots for/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export rows (CSV)' })).toBeNull();
  });
});
