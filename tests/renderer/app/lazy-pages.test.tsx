/**
 * Pages are separate chunks, loaded the first time they are shown (issue 10, part 3). While a
 * page's code loads, the frame shows a stand-in that already carries the page's readiness
 * signal (`data-page`, `data-view-state="loading"`), so end-to-end tests and the open
 * benchmark wait for the page itself, never for a root without a state.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { navigate } from '@renderer/lib/router';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

function pageRoot(root: HTMLElement): Element | null {
  return root.querySelector('[data-page]');
}

describe('a page whose code is not loaded yet', () => {
  it('is stood in for by a loading root with its id, then replaced by the page', async () => {
    window.history.replaceState(null, '', '/#/settings');
    const { root } = renderApp(new FakeBridge());

    const standIn = pageRoot(root);
    expect(standIn?.getAttribute('data-page')).toBe('settings');
    expect(standIn?.getAttribute('data-view-state')).toBe('loading');
    expect(standIn?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');

    await waitFor(() => expect(pageRoot(root)?.getAttribute('data-view-state')).toBe('ready'));
    expect(pageRoot(root)?.getAttribute('data-page')).toBe('settings');
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();

    // Another page, first visit: the same stand-in, under that page's id (the router
    // resolves the new address in a few microtasks).
    act(() => navigate('alerts'));
    await waitFor(() => expect(pageRoot(root)?.getAttribute('data-page')).toBe('alerts'));
    expect(pageRoot(root)?.getAttribute('data-view-state')).toBe('loading');
    await waitFor(() => expect(pageRoot(root)?.getAttribute('aria-busy')).toBeNull());
    expect(pageRoot(root)?.getAttribute('data-page')).toBe('alerts');
  });
});
