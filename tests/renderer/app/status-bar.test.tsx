import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncProgressStore } from '@renderer/lib/sync-progress-store';
import { OFFLINE_MESSAGE } from '@renderer/lib/web-bridge';
import { err } from '@shared/result';
import { FakeBridge, sampleStatus } from '../fake-bridge';
import { renderReadyApp } from '../render-app';

afterEach(() => {
  useSyncProgressStore.getState().setProgress(null);
});

function text(testId: string): string {
  return screen.getByTestId(testId).textContent ?? '';
}

describe('status bar', () => {
  it('shows the profile name, the demo badge, the last sync and the online state', async () => {
    await renderReadyApp();
    expect(text('status-profile')).toContain('Acme Hosting');
    expect(text('status-profile')).toContain('Demo provider');
    expect(text('status-last-sync')).toBe('Last synced 5 minutes ago');
    expect(text('status-online')).toBe('Online');
    expect(screen.queryByTestId('sync-progress')).toBeNull();
  });

  it('says when no provider is connected and nothing was ever synced', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ profile: null, lastSyncAt: null });
    await renderReadyApp(bridge);
    expect(text('status-profile')).toBe('No provider connected');
    expect(text('status-last-sync')).toBe('Never synced');
  });

  it('leaves out the demo badge for a real provider', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ profile: { id: 'p2', name: 'My WHMCS', kind: 'whmcs' } });
    await renderReadyApp(bridge);
    expect(text('status-profile')).toBe('My WHMCS');
  });

  it('shows offline with the time of the cached data', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ online: false, lastSyncAt: '2026-11-20T08:30:00Z' });
    await renderReadyApp(bridge);
    const online = text('status-online');
    expect(online).toMatch(/^Offline — showing data from /);
    expect(online).toContain('2026');
  });

  it('says so when main stops answering, while keeping the last known status', async () => {
    const { bridge } = await renderReadyApp();
    bridge.handle('app:get-status', () =>
      err('offline', OFFLINE_MESSAGE, undefined, { code: 'local-server-unreachable' })
    );
    act(() => bridge.emit('cache:changed', { scopes: ['status'] }));
    await waitFor(() =>
      expect(text('status-online')).toBe(
        "Hostdeck's local server cannot be reached. Is it still running?"
      )
    );
    expect(text('status-profile')).toContain('Acme Hosting');
    expect(document.getElementById('root')?.getAttribute('data-view-state')).toBe('ready');
  });

  it('drives the progress bar from sync:progress events and hides it when the sync ends', async () => {
    const { bridge } = await renderReadyApp();
    act(() =>
      bridge.emit('sync:progress', {
        phase: 'entity',
        entity: 'invoices',
        done: 20,
        total: 50,
        fraction: 0.4,
        message: null
      })
    );
    const bar = screen.getByRole('progressbar', { name: 'Sync progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('data-testid')).toBe('sync-progress');
    expect(text('status-bar')).toContain('Syncing invoices…');

    act(() =>
      bridge.emit('sync:progress', {
        phase: 'entity',
        entity: 'domains',
        done: 5,
        total: 10,
        fraction: 0.75,
        message: null
      })
    );
    expect(screen.getByTestId('sync-progress').getAttribute('aria-valuenow')).toBe('75');

    act(() =>
      bridge.emit('sync:progress', {
        phase: 'finished',
        entity: null,
        done: 0,
        total: null,
        fraction: 1,
        message: null
      })
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('reports a failed sync with its message', async () => {
    const { bridge } = await renderReadyApp();
    act(() =>
      bridge.emit('sync:progress', {
        phase: 'failed',
        entity: 'tickets',
        done: 0,
        total: null,
        fraction: 0.5,
        message: 'Provider unreachable'
      })
    );
    expect(text('status-bar')).toContain('Sync failed: Provider unreachable');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a progress bar when the status says a sync is running before any event arrived', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ syncing: true });
    await renderReadyApp(bridge);
    await waitFor(() =>
      expect(screen.getByTestId('sync-progress').getAttribute('aria-valuenow')).toBe('0')
    );
  });
});
