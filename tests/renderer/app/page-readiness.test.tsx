/**
 * The readiness signal every page root carries (issue 10, part 6): `data-page="<id>"` and
 * `data-view-state="loading|ready|empty|error"`, one spelling, on every page the router can
 * show. End-to-end tests and the open benchmark wait on it, so a page without it, or with a
 * state that does not say what the reseller sees, would leave them timing the wrong thing.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navEntries, pages } from '@renderer/app/pages';
import { navigate, type RouteTarget } from '@renderer/lib/router';
import type { UsageMonthView, UsageRowsView } from '@shared/contract';
import { err, ok } from '@shared/result';
import {
  billingBridge,
  listInvoices,
  listServices,
  statement,
  statementPageOf
} from '../billing-fixtures';
import {
  alertCounts,
  alertPages,
  domainList,
  emptyDomainList,
  sampleAlerts,
  sampleDomains
} from '../domains-fixtures';
import { FakeBridge, sampleStatus } from '../fake-bridge';
import { profileView, syncedSummary } from '../onboarding-fixtures';
import { renderReadyApp } from '../render-app';
import { LIST } from '../tickets-fixtures';
import { i18n } from '@renderer/lib/i18n';

const VIEW_STATES = ['loading', 'ready', 'empty', 'error'];

/** What each page shows once settled: with a synced cache, and before anything was synced. */
const SETTLED: Readonly<Record<string, { readonly filled: string; readonly unsynced: string }>> = {
  dashboard: { filled: 'ready', unsynced: 'empty' },
  usage: { filled: 'ready', unsynced: 'empty' },
  domains: { filled: 'ready', unsynced: 'empty' },
  tickets: { filled: 'ready', unsynced: 'empty' },
  invoices: { filled: 'ready', unsynced: 'empty' },
  services: { filled: 'ready', unsynced: 'empty' },
  settings: { filled: 'ready', unsynced: 'ready' },
  alerts: { filled: 'ready', unsynced: 'empty' },
  profiles: { filled: 'ready', unsynced: 'ready' },
  statement: { filled: 'ready', unsynced: 'empty' },
  prices: { filled: 'ready', unsynced: 'empty' }
};

/**
 * Records every page root that was ever on screen without a valid signal, including the
 * passing loading states a `waitFor` would miss.
 */
function watchPageRoots(): { readonly faults: string[]; stop(): void } {
  const faults: string[] = [];
  const check = (): void => {
    for (const root of document.querySelectorAll('[data-page]')) {
      const state = root.getAttribute('data-view-state');
      if (!VIEW_STATES.includes(state ?? ''))
        faults.push(`${root.getAttribute('data-page')}: data-view-state=${String(state)}`);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-page', 'data-view-state']
  });
  return { faults, stop: () => observer.disconnect() };
}

/** The one page root on screen: its id and state. */
function pageRoot(): { readonly page: string | null; readonly state: string | null } {
  const roots = document.querySelectorAll('[data-page]');
  expect(roots).toHaveLength(1);
  const root = roots[0]!;
  return { page: root.getAttribute('data-page'), state: root.getAttribute('data-view-state') };
}

async function expectSettled(page: string, state: string): Promise<void> {
  await waitFor(() => expect(pageRoot()).toEqual({ page, state }));
}

function usageView(withReport: boolean): UsageMonthView {
  const report: NonNullable<UsageMonthView['report']> = {
    month: '2026-11',
    timeZone: 'Europe/Brussels',
    monthStart: '2026-10-31T23:00:00Z',
    monthEnd: '2026-11-30T23:00:00Z',
    hoursInMonth: 720,
    asOf: '2026-11-22T09:00:00Z',
    final: false,
    total: 300,
    billedAccounts: 1,
    billedAddons: 0,
    packsUsed: ['Starter'],
    rowCount: 1,
    daily: [{ date: '2026-11-01', hours: 24, amount: 60 }],
    estimate: { now: '2026-11-22T09:00:00Z', amount: 500, monthToDate: 300, pendingHours: 0 },
    warnings: [],
    warningCounts: {}
  };
  return {
    available: true,
    currency: 'EUR',
    months: withReport ? ['2026-11'] : [],
    month: '2026-11',
    lastSnapshot: withReport ? '2026-11-22T08:00:00Z' : null,
    report: withReport ? report : null,
    estimatedDays: [],
    bill: null
  };
}

function usageRows(): UsageRowsView {
  return {
    month: '2026-11',
    rows: [
      {
        resourceId: 'acc-1',
        kind: 'account',
        parentAccountId: null,
        runStart: '2026-10-01T00:00:00Z',
        pack: 'Starter',
        monthlyPrice: 1000,
        activeHours: 100,
        billedHours: 100,
        billedDays: 5,
        amount: 300,
        status: 'charged',
        firstHour: '2026-11-01T00:00:00Z',
        lastHour: '2026-11-05T03:00:00Z',
        pendingHoursLeft: null,
        groupStart: true,
        groupSize: 1,
        marker: null
      }
    ],
    total: 1,
    totals: { amount: 300, activeHours: 100, billedHours: 100 },
    rowCount: 1
  };
}

/** Every channel a page reads, answered from a synced cache. */
function filledBridge(): FakeBridge {
  const bridge = billingBridge();
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('usage:get-month', () => ok(usageView(true)));
  bridge.handle('usage:list-rows', () => ok(usageRows()));
  bridge.handle('domains:list', (input) => ok(domainList(sampleDomains(), input)));
  bridge.handle('alerts:list', (input) => ok(alertPages(sampleAlerts(), input)));
  bridge.handle('alerts:summary', () => ok(alertCounts(sampleAlerts())));
  bridge.handle('tickets:list', () =>
    ok({ tickets: [...LIST], total: LIST.length, cachedCount: LIST.length, unreadCount: 1 })
  );
  bridge.handle('profiles:list', () => ok({ profiles: [profileView()], activeId: 'p1' }));
  bridge.handle('prices:get', () =>
    ok({
      currency: 'EUR',
      entries: [
        {
          kind: 'servicepack',
          name: 'Linux Basic',
          monthlyPrice: 595,
          firstSeen: '2026-11-01T00:00:00Z',
          lastSeen: '2026-11-22T08:00:00Z'
        }
      ],
      unpricedCount: 0
    })
  );
  return bridge;
}

/** The same channels for a profile that has not synced anything yet. */
function unsyncedBridge(): FakeBridge {
  const bridge = new FakeBridge();
  bridge.status = sampleStatus({ lastSyncAt: null });
  bridge.handle('usage:get-month', () => ok(usageView(false)));
  bridge.handle('domains:list', () => ok(emptyDomainList()));
  bridge.handle('alerts:list', (input) => ok(alertPages([], input)));
  bridge.handle('alerts:summary', () => ok(alertCounts([])));
  bridge.handle('tickets:list', () =>
    ok({ tickets: [], total: 0, cachedCount: 0, unreadCount: 0 })
  );
  bridge.handle('outbox:list', () => ok({ items: [] }));
  bridge.handle('invoices:list', (input) => ok(listInvoices([], input)));
  bridge.handle('invoices:get-pdf-status', () =>
    ok({ scope: '24-months', wanted: 0, cached: 0, failing: 0, running: false })
  );
  bridge.handle('services:list', (input) => ok(listServices([], input)));
  bridge.handle('statement:get', (query) =>
    ok(
      statementPageOf(
        { ...statement(query), entries: [], syncedAt: { transactions: null, credits: null } },
        query
      )
    )
  );
  bridge.handle('profiles:list', () => ok({ profiles: [profileView()], activeId: 'p1' }));
  bridge.handle('prices:get', () => ok({ currency: null, entries: [], unpricedCount: 0 }));
  return bridge;
}

/**
 * Opens every page: the navigation's entries by clicking them, as the reseller does, and the
 * pages reached only by links (alert centre, providers, statement) by their route.
 */
async function walkEveryPage(bridge: FakeBridge, cache: 'filled' | 'unsynced'): Promise<void> {
  const user = userEvent.setup();
  const watch = watchPageRoots();
  await renderReadyApp(bridge);
  const nav = screen.getByRole('navigation');
  const visited: string[] = [];
  for (const { page } of navEntries()) {
    await user.click(
      within(nav).getByRole('link', { name: new RegExp(i18n.t(`nav:pages.${page.id}`)) })
    );
    await expectSettled(page.id, SETTLED[page.id]![cache]);
    visited.push(page.id);
  }
  for (const page of pages.filter((p) => p.inNav === false)) {
    act(() => navigate(page.id));
    await expectSettled(page.id, SETTLED[page.id]![cache]);
    visited.push(page.id);
  }
  watch.stop();
  expect(watch.faults).toEqual([]);
  // Every page the router knows was opened, and the table above has no stale entry.
  const known = pages.map((p) => p.id).sort();
  expect([...visited].sort()).toEqual(known);
  expect(Object.keys(SETTLED).sort()).toEqual(known);
}

afterEach(() => vi.restoreAllMocks());

/**
 * Walking every page renders a dozen screens in one test: 4–5 s on a loaded machine, against
 * vitest's 5 s default. A larger budget for these two only; what they check is the signal,
 * not how fast it comes (the open benchmark prints that).
 */
const EVERY_PAGE_TIMEOUT_MS = 30_000;

describe('the readiness signal on every page root', () => {
  it(
    'is ready on every page once a synced cache is shown',
    async () => {
      await walkEveryPage(filledBridge(), 'filled');
    },
    EVERY_PAGE_TIMEOUT_MS
  );

  it(
    'is empty on every page that has nothing to show before the first sync',
    async () => {
      await walkEveryPage(unsyncedBridge(), 'unsynced');
    },
    EVERY_PAGE_TIMEOUT_MS
  );

  it('is error on the page whose read fails, and on the not-found page', async () => {
    const bridge = filledBridge();
    bridge.handle('domains:list', () => err('internal', 'The cache could not be read.'));
    const watch = watchPageRoots();
    await renderReadyApp(bridge);
    act(() => navigate('domains'));
    await expectSettled('domains', 'error');
    // An address no route answers: not a RouteTarget, as a hand-typed one can be.
    act(() => navigate('nowhere' as RouteTarget));
    await expectSettled('not-found', 'error');
    watch.stop();
    expect(watch.faults).toEqual([]);
  });

  it('is error on a page that failed to render, shown by the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = filledBridge();
    // Not a valid summary: the dashboard throws while drawing it.
    bridge.handle('account:get-summary', () => ok(null as never));
    await renderReadyApp(bridge);
    await expectSettled('dashboard', 'error');
    expect(screen.getByRole('alert').textContent).toContain('Dashboard could not be shown');
  });

  it('is ready on the onboarding screen, which needs no data', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ profile: null, lastSyncAt: null });
    await renderReadyApp(bridge);
    await expectSettled('onboarding', 'ready');
  });
});
