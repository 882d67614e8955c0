import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  countLine,
  NO_INVOICE_FILTERS,
  presetPeriod,
  toInvoiceListInput
} from '@renderer/features/invoices/invoices-lib';
import { navigate } from '@renderer/lib/router';
import type { InvokeInput } from '@shared/contract';
import { formatMoney } from '@shared/money';
import { err, ok } from '@shared/result';
import {
  billingBridge,
  INVOICES,
  inputsOf,
  openRoute,
  statement,
  statementPageOf
} from '../../billing-fixtures';
import { sampleStatus, type FakeBridge } from '../../fake-bridge';

type ListInput = InvokeInput<'invoices:list'>;

function pageRoot(): Element | null {
  return document.querySelector('[data-page="invoices"]');
}

async function viewState(expected: string) {
  await waitFor(() => expect(pageRoot()?.getAttribute('data-view-state')).toBe(expected));
}

function rowNumbers(): string[] {
  return screen
    .getAllByTestId('invoice-row')
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

function lastListInput(bridge: FakeBridge): ListInput {
  return inputsOf<ListInput>(bridge, 'invoices:list').at(-1)!;
}

async function openList(bridge = billingBridge()) {
  const rendered = await openRoute(bridge, 'invoices');
  await viewState('ready');
  return rendered;
}

beforeEach(() => {
  window.location.hash = '';
});

describe('invoice list helpers', () => {
  it('turns the filter bar, order and page into list input, putting a reversed range right', () => {
    expect(toInvoiceListInput(NO_INVOICE_FILTERS)).toEqual({
      status: 'all',
      sort: 'issued',
      dir: 'desc',
      offset: 0,
      limit: 50
    });
    expect(
      toInvoiceListInput(
        { status: 'overdue', q: ' 15.95 ', from: '2026-03-31', to: '2026-01-01' },
        { sort: 'total', dir: 'asc' },
        3
      )
    ).toEqual({
      status: 'overdue',
      q: '15.95',
      from: '2026-01-01',
      to: '2026-03-31',
      sort: 'total',
      dir: 'asc',
      offset: 150,
      limit: 50
    });
  });

  it('counts the page within the filtered set and the cache', () => {
    expect(countLine(1, 50, 20_000, 20_000)).toBe(
      `51–100 of ${(20_000).toLocaleString()} invoices`
    );
    expect(countLine(0, 3, 3, 60)).toBe('3 invoices matching, 60 cached');
  });

  it('resolves the statement periods around today, across a year boundary', () => {
    expect(presetPeriod('last-month', '2026-01-15')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31'
    });
    expect(presetPeriod('this-quarter', '2024-02-29')).toEqual({
      from: '2024-01-01',
      to: '2024-03-31'
    });
    expect(presetPeriod('last-quarter', '2026-02-10')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31'
    });
    expect(presetPeriod('last-12-months', '2026-03-21')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31'
    });
  });
});

describe('the invoice list', () => {
  it('lists every invoice of every status, newest first, with the total of the set', async () => {
    const bridge = billingBridge();
    await openList(bridge);
    expect(rowNumbers()).toEqual(INVOICES.map((i) => i.number));
    expect(screen.getByTestId('invoices-count').textContent).toBe('5 invoices');
    const sum = INVOICES.reduce((n, i) => n + i.total.amountMinor, 0);
    expect(screen.getByTestId('invoices-sums').textContent).toContain(
      formatMoney({ amountMinor: sum, currency: 'EUR' })
    );
    const overdue = screen.getAllByTestId('invoice-row')[1]!;
    expect(within(overdue).getByText('Overdue')).toBeTruthy();
    expect(lastListInput(bridge)).toMatchObject({ status: 'all', sort: 'issued', dir: 'desc' });
  });

  it('filters by status, overdue included, and by text, and sums only the filtered set', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openList(bridge);

    await user.click(screen.getByRole('radio', { name: 'Overdue' }));
    await waitFor(() => expect(rowNumbers()).toEqual(['HD-2026-0071']));
    expect(screen.getByTestId('invoices-sums').textContent).toContain(
      formatMoney({ amountMinor: 15_000, currency: 'EUR' })
    );
    expect(screen.getByTestId('invoices-count').textContent).toBe('1 invoice matching, 5 cached');

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByLabelText('Search'), '0064');
    await waitFor(() => expect(rowNumbers()).toEqual(['HD-2026-0064']));
    expect(lastListInput(bridge)).toMatchObject({ status: 'all', q: '0064', offset: 0 });
  });

  it('filters by issue date range', async () => {
    const bridge = billingBridge();
    await openList(bridge);
    act(() => navigate('invoices?from=2026-01-01&to=2026-02-15'));
    await waitFor(() => expect(rowNumbers()).toEqual(['HD-2026-0064', 'HD-2026-0060']));
    expect(lastListInput(bridge)).toMatchObject({ from: '2026-01-01', to: '2026-02-15' });
    expect(screen.getByLabelText('Issued from')).toHaveProperty('value', '2026-01-01');
  });

  it('flips a column on a second click and starts amounts largest first, status A to Z', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openList(bridge);
    const sortBy = (name: RegExp) =>
      user.click(within(screen.getByRole('columnheader', { name })).getByRole('button', { name }));
    await sortBy(/Issued/);
    await waitFor(() =>
      expect(lastListInput(bridge)).toMatchObject({ sort: 'issued', dir: 'asc' })
    );
    await sortBy(/Total/);
    await waitFor(() =>
      expect(lastListInput(bridge)).toMatchObject({ sort: 'total', dir: 'desc' })
    );
    await sortBy(/Status/);
    await waitFor(() =>
      expect(lastListInput(bridge)).toMatchObject({ sort: 'status', dir: 'asc' })
    );
  });

  it('keeps filters, sort and page in the address, so Back from an invoice restores them', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...INVOICES[1]!,
      id: String(1000 + i),
      number: `N-${1000 + i}`
    }));
    const bridge = billingBridge({ invoices: many });
    await openList(bridge);
    await user.click(screen.getByRole('radio', { name: 'Unpaid' }));
    await user.click(within(screen.getByRole('columnheader', { name: /Due/ })).getByRole('button'));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(screen.getByText('Page 2 of 3')).toBeTruthy());
    expect(window.location.hash).toBe('#/invoices?status=unpaid&sort=due&dir=desc&page=2');
    expect(lastListInput(bridge)).toMatchObject({ status: 'unpaid', sort: 'due', offset: 50 });

    await user.click(screen.getAllByTestId('invoice-row')[0]!);
    await viewState('ready');
    expect(window.location.hash).toMatch(/^#\/invoices\/\d+$/);
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(screen.getByText('Page 2 of 3')).toBeTruthy());
    expect(screen.getByRole('radio', { name: 'Unpaid' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('columnheader', { name: /Due/ }).getAttribute('aria-sort')).toBe(
      'descending'
    );
    expect(lastListInput(bridge)).toMatchObject({ status: 'unpaid', sort: 'due', offset: 50 });

    // Back again steps through the list's own history: page 1 of the same filter and sort.
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(screen.getByText('Page 1 of 3')).toBeTruthy());
    expect(window.location.hash).toBe('#/invoices?status=unpaid&sort=due&dir=desc');
  });

  it('reads a hand-edited address, falling back to the defaults for what does not parse', async () => {
    const bridge = billingBridge();
    await openRoute(bridge, 'invoices?status=bogus&sort=nope&page=-2&from=yesterday&q=0064');
    await viewState('ready');
    expect(lastListInput(bridge)).toEqual({
      status: 'all',
      q: '0064',
      sort: 'issued',
      dir: 'desc',
      offset: 0,
      limit: 50
    });
    expect(screen.getByLabelText('Search')).toHaveProperty('value', '0064');
  });

  it('sorts on a header click, and again the other way', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openList(bridge);
    const header = () => screen.getByRole('columnheader', { name: /Total/ });
    await user.click(within(header()).getByRole('button'));
    await waitFor(() => expect(rowNumbers()[0]).toBe('HD-2026-0071'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    await user.click(within(header()).getByRole('button'));
    await waitFor(() => expect(rowNumbers()[0]).toBe('HD-2026-0060'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(lastListInput(bridge)).toMatchObject({ sort: 'total', dir: 'asc' });
  });

  it('pages through main: the second page asks for the next offset', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...INVOICES[2]!,
      id: String(1000 + i),
      number: `N-${1000 + i}`
    }));
    const bridge = billingBridge({ invoices: many });
    await openList(bridge);
    expect(screen.getAllByTestId('invoice-row')).toHaveLength(50);
    expect(screen.getByTestId('invoices-count').textContent).toBe('1–50 of 120 invoices');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await waitFor(() =>
      expect(screen.getByTestId('invoices-count').textContent).toBe('51–100 of 120 invoices')
    );
    expect(lastListInput(bridge)).toMatchObject({ offset: 50, limit: 50 });
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
  });

  it('says when nothing is cached yet', async () => {
    await openRoute(billingBridge({ invoices: [] }), 'invoices');
    await viewState('empty');
    expect(screen.getByRole('heading', { name: 'No invoices cached yet' })).toBeTruthy();
  });

  it('says when nothing matches, and clears the filters from there', async () => {
    const user = userEvent.setup();
    await openList();
    await user.type(screen.getByLabelText('Search'), 'no such invoice');
    await viewState('empty');
    expect(screen.getByRole('heading', { name: 'No invoices match these filters' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await viewState('ready');
    expect(rowNumbers()).toHaveLength(5);
  });

  it('shows the error with a Retry that reads again', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    bridge.handle('invoices:list', () => err('internal', 'The cache could not be read.'));
    await openRoute(bridge, 'invoices');
    await viewState('error');
    expect(screen.getByRole('alert').textContent).toContain('The cache could not be read.');
    const calls = bridge.callCount('invoices:list');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bridge.callCount('invoices:list')).toBeGreaterThan(calls));
  });

  it('opens the list on one status from a link such as the dashboard’s overdue figure', async () => {
    await openRoute(billingBridge(), 'invoices/filter/overdue');
    await viewState('ready');
    expect(window.location.hash).toBe('#/invoices?status=overdue');
    expect(screen.getByRole('radio', { name: 'Overdue' }).getAttribute('aria-checked')).toBe(
      'true'
    );
    expect(rowNumbers()).toEqual(['HD-2026-0071']);
  });

  it('shows the PDF downloader at work from its progress events', async () => {
    const bridge = billingBridge();
    await openList(bridge);
    expect(screen.getByTestId('pdf-cache').textContent).toContain('PDFs available offline: 4 of 5');
    act(() =>
      bridge.emit('invoices:pdf-progress', {
        phase: 'downloading',
        done: 3,
        total: 10,
        failed: 0,
        invoiceId: '71',
        message: null
      })
    );
    expect(screen.getByTestId('pdf-cache').getAttribute('data-running')).toBe('true');
    expect(screen.getByTestId('pdf-cache').textContent).toContain('Downloading 3 of 10');
  });
});

describe('one invoice', () => {
  it('opens with Enter on a row, takes focus, and Escape goes back to that row', async () => {
    const user = userEvent.setup();
    await openList();
    const row = screen.getAllByTestId('invoice-row')[2]!;
    within(row).getByRole('link').focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/invoices/64');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Invoice HD-2026-0064'));
    await user.keyboard('{Escape}');
    await viewState('ready');
    await waitFor(() =>
      expect(document.activeElement?.closest('tr')?.getAttribute('data-invoice')).toBe('64')
    );
  });

  it('shows dates, lines, totals, payment method and the payments that paid it', async () => {
    await openRoute(billingBridge(), 'invoices/64');
    await viewState('ready');
    const detail = screen.getByTestId('invoice-detail');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(
      'Invoice HD-2026-0064'
    );
    expect(within(detail).getByText('Paid', { selector: '.status-chip' })).toBeTruthy();
    const lines = screen.getByTestId('invoice-lines');
    expect(lines.textContent).toContain('Reseller Hosting - Pro 10 - urbanbistro.be');
    expect(lines.textContent).toContain('Domain renewal - bluelab.be');
    for (const [label, minor] of [
      ['Subtotal', 2_090],
      ['Tax', 400],
      ['Total', 2_490]
    ] as const) {
      const row = within(lines).getByRole('rowheader', { name: label }).closest('tr')!;
      expect(row.textContent).toContain(formatMoney({ amountMinor: minor, currency: 'EUR' }));
    }
    expect(detail.textContent).toContain('banktransfer');
    const payments = screen.getByTestId('invoice-transactions');
    expect(payments.textContent).toContain('stripe');
    expect(payments.textContent).toContain('ch_3PZ81');
    expect(screen.queryByRole('button', { name: 'Pay' })).toBeNull();
  });

  it('lands on the invoice an overdue alert is about, and says so when it is gone', async () => {
    await openRoute(billingBridge(), 'invoices/71');
    await viewState('ready');
    expect(screen.getByTestId('invoice-detail').getAttribute('data-invoice')).toBe('71');
    expect(screen.getByText('Overdue', { selector: '.status-chip' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/invoices/999';
    });
    await viewState('error');
    expect(screen.getByRole('alert').textContent).toContain('Invoice 999 is not in the cache');
  });

  it('offline with the PDF not cached: says it is not downloaded yet, asks nothing of main', async () => {
    const bridge = billingBridge();
    bridge.status = sampleStatus({ online: false });
    await openRoute(bridge, 'invoices/71');
    await viewState('ready');
    const panel = screen.getByTestId('invoice-pdf');
    expect(panel.getAttribute('data-pdf-state')).toBe('missing');
    expect(panel.textContent).toContain('Not downloaded yet.');
    expect(bridge.callCount('invoices:get-pdf')).toBe(0);
    // Pay needs the provider; Save PDF has nothing to save; Copy number still works.
    expect(screen.getByRole('button', { name: 'Pay' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save PDF…' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Copy number' })).toHaveProperty('disabled', false);
  });

  it('reads a cached PDF from main even offline', async () => {
    const bridge = billingBridge();
    bridge.status = sampleStatus({ online: false });
    await openRoute(bridge, 'invoices/64');
    await viewState('ready');
    await waitFor(() => expect(inputsOf(bridge, 'invoices:get-pdf')).toEqual([{ id: '64' }]));
    expect(screen.getByTestId('invoice-pdf-meta').textContent).toContain('Available offline');
    expect(screen.getByRole('button', { name: 'Save PDF…' })).toHaveProperty('disabled', false);
  });

  it('says the provider is unreachable when a PDF not cached cannot be downloaded', async () => {
    const bridge = billingBridge();
    bridge.handle('invoices:get-pdf', () =>
      err(
        'offline',
        'The PDF of invoice HD-2026-0071 is not cached yet and the provider cannot be reached.'
      )
    );
    await openRoute(bridge, 'invoices/71');
    await waitFor(() =>
      expect(screen.getByTestId('invoice-pdf').getAttribute('data-pdf-state')).toBe('missing')
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('pays through the provider’s page, opened by the vetted external-link path', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    bridge.handle('invoices:pay-url', () =>
      ok({ url: 'https://billing.example.net/viewinvoice.php?id=71', singleSignOn: true })
    );
    await openRoute(bridge, 'invoices/71');
    await viewState('ready');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() =>
      expect(inputsOf(bridge, 'app:open-external')).toEqual([
        { url: 'https://billing.example.net/viewinvoice.php?id=71' }
      ])
    );
    expect(screen.getByTestId('invoice-action-outcome').textContent).toContain('already logged in');
  });

  it('says why Pay cannot open a page, as main words it', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    bridge.handle('invoices:pay-url', () =>
      err('unsupported', 'The demo provider has no payment page a browser could open.', undefined, {
        code: 'demo-no-payment-page'
      })
    );
    await openRoute(bridge, 'invoices/75');
    await viewState('ready');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() =>
      expect(screen.getByTestId('invoice-action-outcome').textContent).toBe(
        'The demo provider has no payment page to open.'
      )
    );
    expect(bridge.callCount('app:open-external')).toBe(0);
  });

  it('copies the number', async () => {
    const user = userEvent.setup();
    await openRoute(billingBridge(), 'invoices/64');
    await viewState('ready');
    await user.click(screen.getByRole('button', { name: 'Copy number' }));
    await waitFor(() =>
      expect(screen.getByTestId('invoice-action-outcome').textContent).toBe('Copied HD-2026-0064')
    );
    expect(await navigator.clipboard.readText()).toBe('HD-2026-0064');
  });

  it('never invents lines the provider refused to give', async () => {
    const bridge = billingBridge({
      details: { '60': { lines: [], detailError: 'Invoice ID Not Found' } }
    });
    await openRoute(bridge, 'invoices/60');
    await viewState('ready');
    expect(screen.getByTestId('invoice-detail').textContent).toContain(
      'The provider gave no line items for this invoice (Invoice ID Not Found)'
    );
  });
});

describe('the statement and the accountant’s bundle', () => {
  it('lists payments, refunds and credits with running balances, and exports the CSV', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openRoute(bridge, 'statement');
    await waitFor(() =>
      expect(
        document.querySelector('[data-page="statement"]')?.getAttribute('data-view-state')
      ).toBe('ready')
    );
    // The navigation keeps Invoices marked on the statement.
    expect(
      screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')
        ?.textContent
    ).toContain('Invoices');
    const entries = screen.getAllByTestId('statement-entry');
    expect(entries.map((e) => e.getAttribute('data-kind'))).toEqual([
      'payment',
      'credit',
      'payment',
      'refund'
    ]);
    expect(entries[3]!.textContent).toContain(
      formatMoney({ amountMinor: 12_990, currency: 'EUR' })
    );
    expect(screen.getByTestId('statement-refunds').textContent).toContain(
      formatMoney({ amountMinor: 1_000, currency: 'EUR' })
    );

    await user.selectOptions(screen.getByLabelText('Period'), 'last-year');
    const period = inputsOf<{ from: string; to: string }>(bridge, 'statement:get').at(-1)!;
    expect(period.from.endsWith('-01-01')).toBe(true);
    expect(period.to.endsWith('-12-31')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The CSV is the whole period; the screen asked for its first page.
    expect(period).toMatchObject({ offset: 0, limit: 100 });
    await waitFor(() =>
      expect(inputsOf(bridge, 'statement:export-csv')).toEqual([
        { from: period.from, to: period.to }
      ])
    );
    expect(
      await screen.findByText(`Saved hostdeck-statement-${period.from}-to-${period.to}.csv`)
    ).toBeTruthy();
  });

  it('exports the bundle of the period and lists the PDFs it lacks', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    bridge.handle('invoices:export-bundle', (period) =>
      ok({
        filename: `hostdeck-bundle-${period.from}-to-${period.to}.zip`,
        base64: btoa('PK'),
        sizeBytes: 2,
        invoices: 5,
        pdfs: 4,
        transactions: 7,
        missing: [{ invoiceId: '71', number: 'HD-2026-0071', reason: 'not-cached' }]
      })
    );
    await openRoute(bridge, 'statement');
    await user.click(await screen.findByRole('button', { name: 'Export bundle (ZIP)' }));
    const outcome = screen.getByTestId('bundle-outcome');
    await waitFor(() =>
      expect(outcome.textContent).toContain('5 invoices, 4 PDFs, 7 transactions')
    );
    const missing = within(screen.getByTestId('bundle-missing')).getByRole('link', {
      name: 'HD-2026-0071'
    });
    expect(missing.closest('li')?.textContent).toContain('not downloaded yet');
    await user.click(missing);
    expect(window.location.hash).toBe('#/invoices/71');
  });

  it('asks main for one page of a long period at a time, the opening on the first and the closing on the last', async () => {
    const bridge = billingBridge();
    const base = statement({ from: '2026-01-01', to: '2026-03-21' });
    const many = Array.from({ length: 230 }, (_, i) => ({
      ...base.entries[0]!,
      key: `tx:${i + 1}`,
      date: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`,
      description: `Payment ${i + 1}`
    }));
    bridge.handle('statement:get', (query) =>
      ok(statementPageOf({ ...statement(query), entries: many }, query))
    );
    const user = userEvent.setup();
    await openRoute(bridge, 'statement');
    const ready = () =>
      waitFor(() =>
        expect(
          document.querySelector('[data-page="statement"]')?.getAttribute('data-view-state')
        ).toBe('ready')
      );
    await ready();
    const shown = () => screen.getAllByTestId('statement-entry');
    expect(shown()).toHaveLength(100);
    expect(shown()[0]!.textContent).toContain('Payment 1');
    expect(screen.getByText('Opening balance')).toBeTruthy();
    expect(screen.queryByText('Totals of the period, closing balances')).toBeNull();

    await user.click(screen.getByRole('button', { name: /next/i }));
    await waitFor(() => expect(shown()[0]!.textContent).toContain('Payment 101'));
    await ready();
    expect(inputsOf<{ offset: number }>(bridge, 'statement:get').at(-1)?.offset).toBe(100);
    expect(screen.queryByText('Opening balance')).toBeNull();

    await user.click(screen.getByRole('button', { name: /next/i }));
    await waitFor(() => expect(shown()).toHaveLength(30));
    expect(shown()[29]!.textContent).toContain('Payment 230');
    expect(screen.getByText('Totals of the period, closing balances')).toBeTruthy();
    // No answer ever held more than a page.
    expect(
      bridge.calls
        .filter((c) => c.channel === 'statement:get')
        .every((c) => (c.input as { limit: number }).limit === 100)
    ).toBe(true);
  });

  it('says when the period holds nothing', async () => {
    const bridge = billingBridge();
    bridge.handle('statement:get', (query) =>
      ok(
        statementPageOf(
          { ...statement(query), entries: [], totals: { ...statement(query).totals, payments: 0 } },
          query
        )
      )
    );
    await openRoute(bridge, 'statement');
    await waitFor(() =>
      expect(
        document.querySelector('[data-page="statement"]')?.getAttribute('data-view-state')
      ).toBe('empty')
    );
    expect(screen.getByRole('heading', { name: 'Nothing in this period' })).toBeTruthy();
  });
});
