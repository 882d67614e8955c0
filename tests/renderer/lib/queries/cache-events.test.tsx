import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CacheScope, InvokeChannel } from '@shared/contract';
import { err, ok } from '@shared/result';
import { FakeBridge, sampleStatus } from '../../fake-bridge';
import { syncedSummary } from '../../onboarding-fixtures';
import { renderReadyApp } from '../../render-app';

/** The reads the dashboard, the navigation and the status bar keep on screen. */
const ON_SCREEN: readonly InvokeChannel[] = [
  'app:get-status',
  'settings:get',
  'account:get-summary',
  'sync:get-state',
  'alerts:summary',
  'outbox:list',
  'tickets:list'
];

/** The dashboard with every read on screen answered and loaded. */
async function readyDashboard(): Promise<FakeBridge> {
  const bridge = new FakeBridge();
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('alerts:summary', () => ok({ openCount: 0, snoozedCount: 0 }));
  bridge.handle('outbox:list', () => ok({ items: [] }));
  bridge.handle('tickets:list', () =>
    ok({ tickets: [], total: 0, cachedCount: 0, unreadCount: 0 })
  );
  await renderReadyApp(bridge);
  await waitFor(() => {
    for (const channel of ON_SCREEN) expect(bridge.callCount(channel), channel).toBeGreaterThan(0);
  });
  // Lazy parts mount after the first paint: let their reads settle.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return bridge;
}

function counts(bridge: FakeBridge): Record<string, number> {
  return Object.fromEntries(ON_SCREEN.map((channel) => [channel, bridge.callCount(channel)]));
}

/** Emits `scopes` and returns which of the on-screen reads were asked for again. */
async function refetchedBy(bridge: FakeBridge, scopes: CacheScope[], expected: InvokeChannel[]) {
  const before = counts(bridge);
  act(() => bridge.emit('cache:changed', { scopes }));
  await waitFor(() => {
    for (const channel of expected)
      expect(bridge.callCount(channel), channel).toBe(before[channel]! + 1);
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const after = counts(bridge);
  return ON_SCREEN.filter((channel) => after[channel] !== before[channel]);
}

describe('cache:changed', () => {
  it('refetches the status when its scope changes', async () => {
    const { bridge } = await renderReadyApp();
    const before = bridge.callCount('app:get-status');
    bridge.status = sampleStatus({
      profile: { id: 'p9', name: 'Renamed Reseller', kind: 'whmcs' }
    });
    act(() => bridge.emit('cache:changed', { scopes: ['status'] }));
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toBe('Renamed Reseller')
    );
    expect(bridge.callCount('app:get-status')).toBe(before + 1);
  });

  it('refetches only the queries of the named scopes', async () => {
    const { bridge } = await renderReadyApp();
    await waitFor(() => expect(bridge.callCount('settings:get')).toBe(1));
    const statusCalls = bridge.callCount('app:get-status');
    bridge.settings = { ...bridge.settings, theme: 'dark' };
    act(() => bridge.emit('cache:changed', { scopes: ['settings', 'invoices'] }));
    await waitFor(() => expect(bridge.callCount('settings:get')).toBe(2));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(bridge.callCount('app:get-status')).toBe(statusCalls);
  });

  it('refetches exactly the queries whose channel reads a named scope', async () => {
    const bridge = await readyDashboard();
    // The open count reads the alerts; nothing else on screen does.
    expect(await refetchedBy(bridge, ['alerts'], ['alerts:summary'])).toEqual(['alerts:summary']);
    // Tickets: the navigation badge, the dashboard's open-ticket count and ticket alerts.
    expect(
      await refetchedBy(
        bridge,
        ['tickets'],
        ['account:get-summary', 'alerts:summary', 'tickets:list']
      )
    ).toEqual(['account:get-summary', 'alerts:summary', 'tickets:list']);
    // The outbox: the status bar's count and the ticket rows' unsent badges, not the figures.
    expect(await refetchedBy(bridge, ['outbox'], ['outbox:list', 'tickets:list'])).toEqual([
      'outbox:list',
      'tickets:list'
    ]);
    // A finished sync (status): the status, the sync state and the dashboard's figures.
    expect(
      await refetchedBy(
        bridge,
        ['status'],
        ['app:get-status', 'account:get-summary', 'sync:get-state']
      )
    ).toEqual(['app:get-status', 'account:get-summary', 'sync:get-state']);
  });

  it('takes alerts:changed and outbox:changed for their scope', async () => {
    const bridge = await readyDashboard();
    let before = counts(bridge);
    act(() => bridge.emit('alerts:changed', { openCount: 1 }));
    await waitFor(() =>
      expect(bridge.callCount('alerts:summary')).toBe(before['alerts:summary']! + 1)
    );
    expect(bridge.callCount('outbox:list')).toBe(before['outbox:list']);
    before = counts(bridge);
    act(() => bridge.emit('outbox:changed', { pending: 1, failed: 0 }));
    await waitFor(() => expect(bridge.callCount('outbox:list')).toBe(before['outbox:list']! + 1));
    expect(bridge.callCount('alerts:summary')).toBe(before['alerts:summary']);
  });

  it('after a successful call, refetches what its channel declares it changes, and nothing after a refused one', async () => {
    const user = userEvent.setup();
    const bridge = await readyDashboard();
    bridge.handle('sync:run-now', () => err('not-found', 'No provider is connected yet.'));
    const bar = screen.getByTestId('status-bar');
    let before = counts(bridge);
    await user.click(within(bar).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(bridge.callCount('sync:run-now')).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts(bridge)).toEqual(before);

    bridge.handle('sync:run-now', () =>
      ok({
        ok: true,
        cancelled: false,
        startedAt: '2026-11-22T09:00:00Z',
        finishedAt: '2026-11-22T09:00:05Z',
        entities: []
      })
    );
    before = counts(bridge);
    await user.click(within(bar).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(bridge.callCount('sync:run-now')).toBe(2));
    // sync:run-now changes the status: the status, the sync state and the figures refetch.
    await waitFor(() =>
      expect(bridge.callCount('sync:get-state')).toBe(before['sync:get-state']! + 1)
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = counts(bridge);
    expect(ON_SCREEN.filter((channel) => after[channel] !== before[channel])).toEqual([
      'app:get-status',
      'account:get-summary',
      'sync:get-state'
    ]);
  });

  it('unsubscribes from every event when the app unmounts', async () => {
    const bridge = new FakeBridge();
    const { unmount } = await renderReadyApp(bridge);
    expect(bridge.listenerCount('cache:changed')).toBe(1);
    expect(bridge.listenerCount('app:navigate')).toBe(1);
    expect(bridge.listenerCount('sync:progress')).toBe(1);
    unmount();
    expect(bridge.listenerCount('cache:changed')).toBe(0);
    expect(bridge.listenerCount('app:navigate')).toBe(0);
    expect(bridge.listenerCount('sync:progress')).toBe(0);
  });
});
