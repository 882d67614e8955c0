import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBridge, sampleStatus } from './fake-bridge';
import { renderReadyApp } from './render-app';

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
