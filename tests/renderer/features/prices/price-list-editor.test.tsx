/**
 * The price list editor (route `prices`) of a Combell profile: prices shown as decimals in
 * the list's currency, unpriced ones flagged, Save sending minor units for what changed,
 * mistakes held back with the field named, and the CSV import's line-numbered issues.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InvokeInput, PriceListView } from '@shared/contract';
import { err, ok } from '@shared/result';
import { navigate } from '@renderer/lib/router';
import { combellStatus, priceList } from '../../combell-fixtures';
import { FakeBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

/** A Combell profile whose price list main keeps like the real handler: given entries set. */
function pricesBridge(initial: PriceListView = priceList()) {
  const bridge = new FakeBridge();
  bridge.status = combellStatus();
  let list = initial;
  const saves: InvokeInput<'prices:save'>[] = [];
  bridge.handle('prices:get', () => ok(list));
  bridge.handle('prices:save', (input) => {
    saves.push(input);
    const entries = list.entries.map((entry) => {
      const given = input.entries.find((e) => e.kind === entry.kind && e.name === entry.name);
      return given ? { ...entry, monthlyPrice: given.monthlyPrice } : entry;
    });
    list = {
      currency: input.currency,
      entries,
      unpricedCount: entries.filter((e) => e.monthlyPrice === null).length
    };
    return ok(list);
  });
  return { bridge, saves, current: () => list };
}

async function openPrices(bridge: FakeBridge) {
  await renderReadyApp(bridge);
  act(() => navigate('prices'));
  await waitFor(() =>
    expect(document.querySelector('[data-page="prices"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
  return screen.getByTestId('price-list-editor');
}

function priceInput(name: RegExp | string): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

describe('the price list editor', () => {
  it('lists every pack and add-on with its monthly price, flagging those without one', async () => {
    const { bridge } = pricesBridge();
    const editor = await openPrices(bridge);
    expect(priceInput('Monthly price of service pack Linux Basic').value).toBe('5.95');
    expect(priceInput('Monthly price of service pack Linux Pro').value).toBe('');
    expect(priceInput('Monthly price of add-on Extra storage 10 GB').value).toBe('');
    const rows = within(editor).getAllByTestId('price-row');
    expect(rows.map((row) => row.getAttribute('data-priced'))).toEqual(['true', 'false', 'false']);
    expect(within(rows[1]!).getByText('No price')).toBeTruthy();
    expect(screen.getByTestId('price-unpriced-count').textContent).toBe(
      '2 of 3 without a price: their usage counts as unknown, not free.'
    );
    expect((screen.getByLabelText('Currency') as HTMLInputElement).value).toBe('EUR');
  });

  it('saves what changed in minor units, says so, and shows the saved list', async () => {
    const user = userEvent.setup();
    const { bridge, saves } = pricesBridge();
    await openPrices(bridge);
    await user.type(priceInput('Monthly price of service pack Linux Pro'), '12,50');
    expect(screen.getByTestId('price-save-status').textContent).toBe('Unsaved changes.');
    await user.click(screen.getByRole('button', { name: 'Save prices' }));
    await waitFor(() =>
      expect(screen.getByTestId('price-save-status').textContent).toMatch(/^Price list saved/)
    );
    expect(saves).toEqual([
      {
        currency: 'EUR',
        entries: [{ kind: 'servicepack', name: 'Linux Pro', monthlyPrice: 1250 }]
      }
    ]);
    expect(priceInput('Monthly price of service pack Linux Pro').value).toBe('12.50');
    expect(screen.getByTestId('price-unpriced-count').textContent).toMatch(/^1 of 3 without/);
  });

  it('saves with Enter from a price field, and clears a price left empty', async () => {
    const user = userEvent.setup();
    const { bridge, saves } = pricesBridge();
    await openPrices(bridge);
    const basic = priceInput('Monthly price of service pack Linux Basic');
    await user.clear(basic);
    await user.type(basic, '{Enter}');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.entries).toEqual([
      { kind: 'servicepack', name: 'Linux Basic', monthlyPrice: null }
    ]);
  });

  it('saves nothing while a price cannot be read, naming the field and moving focus to it', async () => {
    const user = userEvent.setup();
    const { bridge, saves } = pricesBridge();
    await openPrices(bridge);
    await user.type(priceInput('Monthly price of service pack Linux Pro'), '9.999');
    await user.type(priceInput('Monthly price of add-on Extra storage 10 GB'), '2');
    await user.click(screen.getByRole('button', { name: 'Save prices' }));
    const bad = priceInput('Monthly price of service pack Linux Pro');
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(bad.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'At most 2 decimals.'
    );
    expect(document.activeElement).toBe(bad);
    expect(screen.getByTestId('price-save-status').textContent).toBe(
      'Nothing saved: one price needs fixing.'
    );
    expect(saves).toEqual([]);
    expect(bridge.callCount('prices:save')).toBe(0);
  });

  it('keeps the typed prices and says why when main refuses the save', async () => {
    const user = userEvent.setup();
    const { bridge } = pricesBridge();
    bridge.handle('prices:save', () =>
      err('invalid-input', 'Use a three-letter currency code such as EUR')
    );
    await openPrices(bridge);
    await user.type(priceInput('Monthly price of service pack Linux Pro'), '7');
    await user.click(screen.getByRole('button', { name: 'Save prices' }));
    await waitFor(() =>
      expect(screen.getByTestId('price-save-status').textContent).toBe(
        'The prices were not saved: The request was not valid (Use a three-letter currency code such as EUR)'
      )
    );
    expect(priceInput('Monthly price of service pack Linux Pro').value).toBe('7');
  });

  it('lists a CSV file’s issues by line and says nothing was imported', async () => {
    const user = userEvent.setup();
    const { bridge } = pricesBridge();
    const sent: string[] = [];
    bridge.handle('prices:import-csv', ({ csv }) => {
      sent.push(csv);
      return ok({
        imported: 0,
        issues: [{ line: 3, message: 'kind "pack" is not servicepack or addon' }],
        list: priceList()
      });
    });
    await openPrices(bridge);
    const csv = 'kind,name,monthly_price,currency\nservicepack,Linux Pro,12.50,EUR\npack,X,1,EUR\n';
    const picker = screen.getByTestId('price-import').querySelector('input[type="file"]');
    await user.upload(
      picker as HTMLInputElement,
      new File([csv], 'prices.csv', { type: 'text/csv' })
    );
    const result = screen.getByTestId('price-import-result');
    await waitFor(() =>
      expect(result.textContent).toMatch(/Nothing imported: prices.csv has a problem/)
    );
    expect(within(result).getByRole('listitem').textContent).toBe(
      'Line 3: kind "pack" is not servicepack or addon'
    );
    expect(sent).toEqual([csv]);
  });

  it('shows the imported prices once a CSV file is taken in', async () => {
    const user = userEvent.setup();
    const { bridge } = pricesBridge();
    const imported = priceList({
      entries: priceList().entries.map((entry) => ({ ...entry, monthlyPrice: 1000 })),
      unpricedCount: 0
    });
    bridge.handle('prices:import-csv', () => ok({ imported: 3, issues: [], list: imported }));
    await openPrices(bridge);
    const picker = screen.getByTestId('price-import').querySelector('input[type="file"]');
    await user.upload(picker as HTMLInputElement, new File(['x'], 'all.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByTestId('price-import-result').textContent).toBe(
        'Imported 3 prices from all.csv.'
      )
    );
    expect(priceInput('Monthly price of add-on Extra storage 10 GB').value).toBe('10.00');
    expect(screen.getByTestId('price-unpriced-count').textContent).toBe('All 3 priced.');
  });
});
