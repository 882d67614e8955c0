import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  usageRowsInputSchema,
  type UsageMonthView,
  type UsageRowsInput,
  type UsageRowsView
} from '@shared/contract';
import { ok } from '@shared/result';
import { FakeBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

type Row = UsageRowsView['rows'][number];

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
    pendingHoursLeft: null,
    groupStart: true,
    groupSize: 1,
    marker: null,
    ...extra
  };
}

const ACC1_STARTER = row('acc-1', 'Starter', 300, 'charged', {
  lastHour: '2026-11-10T09:00:00Z',
  groupSize: 2
});
const ACC1_PRO = row('acc-1', 'Pro', 900, 'charged', {
  monthlyPrice: 2500,
  firstHour: '2026-11-10T10:00:00Z',
  groupStart: false,
  groupSize: 2,
  marker: 'upgraded'
});
const ACC2 = row('acc-2', 'Pro', 0, 'pending', {
  runStart: '2026-11-21T03:00:00Z',
  activeHours: 30,
  pendingHoursLeft: 18
});
const ACC3 = row('acc-3', 'Starter', 0, 'free', { activeHours: 20 });
const SSL1 = row('ssl-1', 'SSL', 500, 'charged', { kind: 'addon', parentAccountId: 'acc-1' });

/** What main answers for each query the tests make (main filters, sorts and groups). */
function rowsFor(input: UsageRowsInput): Row[] {
  if (input.q === 'ssl') return [SSL1];
  if (input.q !== '') return [];
  if (input.status === 'pending') return [ACC2];
  if (input.sort === 'amount' && input.dir === 'desc')
    return [ACC1_STARTER, ACC1_PRO, SSL1, ACC2, ACC3];
  if (input.sort === 'amount') return [ACC2, ACC3, ACC1_STARTER, ACC1_PRO, SSL1];
  return [ACC1_STARTER, ACC1_PRO, ACC2, ACC3, SSL1];
}

function page(input: UsageRowsInput, all = rowsFor(input)): UsageRowsView {
  return {
    month: input.month ?? '2026-11',
    rows: all.slice(input.offset, input.offset + input.limit),
    total: all.length,
    totals: {
      amount: all.reduce((sum, r) => sum + r.amount, 0),
      activeHours: all.reduce((sum, r) => sum + r.activeHours, 0),
      billedHours: all.reduce((sum, r) => sum + r.billedHours, 0)
    },
    rowCount: 5
  };
}

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
      rowCount: 5,
      daily: [{ date: '2026-11-01', hours: 48, amount: 80 }],
      estimate: { now: '2026-11-22T09:00:00Z', amount: 2600, monthToDate: 1700, pendingHours: 30 },
      warnings: [
        { code: 'missing-snapshots', message: '3 snapshots missing from 2026-11-10T02:00:00Z' }
      ],
      warningCounts: { 'missing-snapshots': 1 }
    },
    estimatedDays: [{ date: '2026-11-23', hours: 24, amount: 100 }],
    bill: null,
    ...overrides
  };
}

function usageState(): string | null {
  return document.querySelector('[data-page="usage"]')?.getAttribute('data-view-state') ?? null;
}

/** Opens the Usage page on `view` and waits until it shows the month (or says it has none). */
async function openUsage(
  view: UsageMonthView = sampleView(),
  bridge = new FakeBridge(),
  rows: (input: UsageRowsInput) => UsageRowsView = (input) => page(input)
) {
  bridge.handle('usage:get-month', () => ok(view));
  bridge.handle('usage:list-rows', (input) => ok(rows(usageRowsInputSchema.parse(input))));
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
  return [...document.querySelectorAll('.usage-table tbody tr[data-resource]')].map(
    (tr) => tr.getAttribute('data-resource') ?? ''
  );
}

describe('the Usage page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the summary, the Provisional badge, the warnings and every row', async () => {
    await openUsage();
    expect(text(screen.getByTestId('usage-total'))).toContain('€17.00');
    expect(text(screen.getByTestId('usage-estimate'))).toContain('€26.00');
    expect(screen.getByText('Provisional')).toBeTruthy();
    const warnings = screen.getByRole('status', { name: 'Data warnings' });
    expect(text(warnings)).toContain('Missing snapshots');
    // One case of its kind: said in one line, with nothing to open.
    expect(warnings.querySelector('details')).toBeNull();
    expect(resourceOrder()).toEqual(['acc-1', 'acc-1', 'acc-2', 'acc-3', 'ssl-1']);
  });

  it('counts every warning of a kind although main sends only the first few', async () => {
    const view = sampleView();
    if (!view.report) throw new Error('no report');
    await openUsage({
      ...view,
      report: {
        ...view.report,
        warnings: [
          { code: 'established-run', message: 'acc-1 was running before the first snapshot' },
          { code: 'established-run', message: 'acc-2 was running before the first snapshot' }
        ],
        warningCounts: { 'established-run': 3134 }
      }
    });
    const region = screen.getByRole('status', { name: 'Data warnings' });
    // Many cases: a disclosure that names them, its cases inside.
    expect(text(region.querySelector('summary'))).toMatch(/— 3134 cases$/);
    const warnings = text(region);
    expect(warnings).toContain('3134 cases');
    expect(warnings).toContain('acc-2 was running before the first snapshot');
    expect(warnings).toContain('and 3132 more');
  });

  it('labels each status, and says when a pending run will be charged', async () => {
    await openUsage();
    const rows = document.querySelectorAll('.usage-table tbody tr');
    const byResource = (id: string) =>
      [...rows].find((tr) => tr.getAttribute('data-resource') === id) as HTMLElement;
    expect(text(byResource('acc-2'))).toContain('Pending');
    expect(text(byResource('acc-2'))).toContain('charged in 18 h unless deleted');
    expect(text(byResource('acc-3'))).toContain('Free');
    expect(text(byResource('acc-3'))).not.toContain('charged in');
    expect(text(byResource('ssl-1'))).toContain('Charged');
    expect(text(byResource('ssl-1'))).toContain('on acc-1');
  });

  it('sorts by a clicked column header and flips on the second click, asking main for that order', async () => {
    const user = userEvent.setup();
    const { bridge } = await openUsage();
    const amount = screen.getByRole('columnheader', { name: /Amount/ });
    // Only the sorted column carries aria-sort.
    expect(amount.getAttribute('aria-sort')).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Resource/ }).getAttribute('aria-sort')).toBe(
      'ascending'
    );
    await user.click(within(amount).getByRole('button'));
    expect(amount.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() =>
      expect(resourceOrder()).toEqual(['acc-1', 'acc-1', 'ssl-1', 'acc-2', 'acc-3'])
    );
    await user.click(within(amount).getByRole('button'));
    expect(amount.getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() =>
      expect(resourceOrder()).toEqual(['acc-2', 'acc-3', 'acc-1', 'acc-1', 'ssl-1'])
    );
    // Each order once (the settings arriving may ask for the first page again).
    const asked = bridge.calls
      .filter((c) => c.channel === 'usage:list-rows')
      .map((c) => c.input as UsageRowsInput)
      .filter((input, i, all) => JSON.stringify(input) !== JSON.stringify(all[i - 1]));
    // The first page is asked together with the month (null: the current one, as main says).
    expect(asked.map((i) => `${i.month} ${i.sort} ${i.dir} ${i.offset}`)).toEqual([
      'null resource asc 0',
      'null amount desc 0',
      'null amount asc 0'
    ]);
  });

  it('keeps the filter, the order and the page in the address, so Back restores them', async () => {
    const user = userEvent.setup();
    await openUsage();
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'pending');
    await waitFor(() => expect(resourceOrder()).toEqual(['acc-2']));
    expect(window.location.hash).toBe('#/usage?status=pending');
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'all');
    await user.click(
      within(screen.getByRole('columnheader', { name: /Amount/ })).getByRole('button')
    );
    await waitFor(() => expect(window.location.hash).toBe('#/usage?sort=amount&dir=desc'));
    window.history.back();
    await waitFor(() => expect(window.location.hash).toBe('#/usage'));
    window.history.back();
    await waitFor(() => expect(window.location.hash).toBe('#/usage?status=pending'));
    await waitFor(() => expect(resourceOrder()).toEqual(['acc-2']));
    expect((screen.getByLabelText('Filter by status') as HTMLSelectElement).value).toBe('pending');
  });

  it('pages through the rows with the pager, asking main for the next page', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 250 }, (_, i) =>
      row(`acc-${i + 1}`, 'Starter', 100, 'charged')
    );
    await openUsage(sampleView(), new FakeBridge(), (input) => page(input, many));
    expect(resourceOrder()).toHaveLength(100);
    expect(resourceOrder()[0]).toBe('acc-1');
    expect(text(screen.getByTestId('usage-pager'))).toContain('Page 1 of 3');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(resourceOrder()[0]).toBe('acc-101'));
    expect(text(screen.getByTestId('usage-pager'))).toContain('Page 2 of 3');
    // The totals cover every matching row, not only the page.
    expect(text(document.querySelector('.usage-table__count'))).toContain('€250.00');
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
    const { bridge } = await openUsage();
    await user.type(screen.getByLabelText('Filter rows'), 'ssl');
    await waitFor(() => expect(resourceOrder()).toEqual(['ssl-1']));
    await user.clear(screen.getByLabelText('Filter rows'));
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'pending');
    await waitFor(() => expect(resourceOrder()).toEqual(['acc-2']));
    await user.type(screen.getByLabelText('Filter rows'), 'nothing-like-this');
    expect(await screen.findByText('No rows match the filters.')).toBeTruthy();
    const last = bridge.calls.filter((c) => c.channel === 'usage:list-rows').at(-1)?.input;
    expect(last).toMatchObject({ q: 'nothing-like-this', status: 'pending', offset: 0 });
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
    await openUsage(sampleView({ month: '2026-08', report: null, estimatedDays: [] }));
    expect(screen.getByText(/No snapshots for/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export rows (CSV)' })).toBeNull();
  });
});
