import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleStatus } from '../fake-bridge';
import { renderReadyApp } from '../render-app';

const online = () => screen.getByTestId('status-online').textContent ?? '';

describe('the status bar when the provider goes away and comes back', () => {
  it('switches to offline with the time of the shown data as soon as main says so, then back to online', async () => {
    const { bridge } = await renderReadyApp();
    expect(online()).toBe('Online');

    // A send failed in main: it reports offline and asks for the status to be read again.
    const lastSyncAt = '2026-11-20T08:30:00Z';
    bridge.status = sampleStatus({ online: false, lastSyncAt });
    act(() => bridge.emit('cache:changed', { scopes: ['status'] }));
    await waitFor(() => expect(online()).toMatch(/^Offline — showing data from /));
    const shown = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: bridge.settings.timeZone
    }).format(Date.parse(lastSyncAt));
    expect(online()).toBe(`Offline — showing data from ${shown}`);
    expect(screen.getByTestId('status-online').querySelector('.dot--offline')).not.toBeNull();

    // The next call got through.
    bridge.status = sampleStatus({ online: true });
    act(() => bridge.emit('cache:changed', { scopes: ['status'] }));
    await waitFor(() => expect(online()).toBe('Online'));
    expect(screen.getByTestId('status-online').querySelector('.dot--online')).not.toBeNull();
  });
});
