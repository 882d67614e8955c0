/**
 * Issue 10: the Usage page's data is asked as soon as its address is shown, while the page's
 * code still loads (app/first-queries.ts, features/usage/usage-first-queries.ts), with the
 * month, filters, sort and page read from the address as the page reads them; the page then
 * finds those answers and asks nothing twice. Once its code arrives the page shows at once.
 *
 * The page's module is held back by a gate here, as a slow chunk would be.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '@renderer/app/app';
import { createQueryClient } from '@renderer/app/providers';
import type { UsageMonthView, UsageRowsView } from '@shared/contract';
import { ok } from '@shared/result';
import { recordedSource } from '../../combell-fixtures';
import { FakeBridge } from '../../fake-bridge';

const chunk = vi.hoisted(() => {
  let open = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { loaded, open: () => open() };
});

vi.mock('@renderer/features/usage/usage-page', async (importOriginal) => {
  await chunk.loaded;
  return importOriginal();
});

const MONTH = '2026-10';

function monthView(): UsageMonthView {
  return {
    available: true,
    currency: 'EUR',
    months: ['2026-11', MONTH],
    month: MONTH,
    lastSnapshot: '2026-10-31T22:00:00Z',
    report: {
      month: MONTH,
      timeZone: 'Europe/Brussels',
      monthStart: '2026-09-30T22:00:00Z',
      monthEnd: '2026-10-31T23:00:00Z',
      hoursInMonth: 745,
      asOf: '2026-10-31T23:00:00Z',
      final: true,
      total: 0,
      billedAccounts: 0,
      billedAddons: 0,
      packsUsed: [],
      rowCount: 150,
      daily: [],
      estimate: { now: '2026-10-31T23:00:00Z', amount: 0, monthToDate: 0, pendingHours: 0 },
      warnings: [],
      warningCounts: {}
    },
    estimatedDays: [],
    bill: null
  };
}

function rowsView(month: string): UsageRowsView {
  return {
    month,
    rows: [],
    total: 150,
    totals: { amount: 0, activeHours: 0, billedHours: 0 },
    rowCount: 150
  };
}

/** One turn of Node's event loop (setImmediate: no timer, so the faked ones do not matter). */
function nextTurn(): Promise<void> {
  const node = globalThis as unknown as { setImmediate(callback: () => void): void };
  return new Promise((next) => node.setImmediate(next));
}

function usageRoot(): Element | null {
  return document.querySelector('[data-page="usage"]');
}

describe('opening the Usage page', () => {
  // The page's real code and the pages' words, compiled before the test: the gate alone
  // decides when the page's code "arrives".
  beforeAll(async () => {
    await vi.importActual('@renderer/features/usage/usage-page');
    await import('@shared/i18n/locales/en');
  }, 60_000);
  afterEach(() => chunk.open());

  it('asks for the month, its rows and its source while the page’s code loads, then asks nothing again', async () => {
    const bridge = new FakeBridge();
    bridge.handle('usage:get-month', () => ok(monthView()));
    bridge.handle('usage:list-rows', (input) => ok(rowsView(input.month ?? '2026-11')));
    bridge.handle('usage:get-source', () => ok(recordedSource()));
    window.hostdeck = bridge;
    window.history.replaceState(
      null,
      '',
      `/#/usage?month=${MONTH}&status=pending&sort=amount&dir=desc&page=2`
    );
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    // The app's own client: its answers stay fresh for a while, so a page mounting on them
    // does not ask again.
    const client = createQueryClient();
    render(<App queryClient={client} />, { container: root });

    // The page's code has not arrived: its stand-in shows, yet its data is asked already.
    await waitFor(() => expect(bridge.callCount('usage:get-source')).toBe(1));
    expect(usageRoot()?.getAttribute('aria-busy')).toBe('true');
    expect(usageRoot()?.getAttribute('data-view-state')).toBe('loading');
    const inputs = (channel: string) =>
      bridge.calls.filter((call) => call.channel === channel).map((call) => call.input);
    expect(inputs('usage:get-month')).toEqual([{ month: MONTH }]);
    expect(inputs('usage:list-rows')).toEqual([
      {
        month: MONTH,
        q: '',
        status: 'pending',
        sort: 'amount',
        dir: 'desc',
        offset: 100,
        limit: 100
      }
    ]);
    expect(inputs('usage:get-source')).toEqual([{ month: MONTH }]);

    // The code arrives: the page replaces its stand-in at once, not when a timer fires
    // (React holds back a suspended page's reveal until 300 ms after the last stand-in
    // appeared, unless its boundary re-renders: app/lazy-page.ts), and shows those answers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      chunk.open();
      for (let turn = 0; turn < 100 && !usageRoot()?.matches('[data-view-state="ready"]'); turn++)
        await nextTurn();
      expect(usageRoot()?.getAttribute('data-view-state')).toBe('ready');
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByTestId('usage-recording-since')).toBeTruthy();
    expect(bridge.callCount('usage:get-month')).toBe(1);
    expect(bridge.callCount('usage:list-rows')).toBe(1);
    expect(bridge.callCount('usage:get-source')).toBe(1);
  });
});
