import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentPage, renderReadyApp } from '../render-app';

function notFoundState(): string | null {
  return document.querySelector('[data-page="not-found"]')?.getAttribute('data-view-state') ?? null;
}

function heading(): string {
  return screen.getByRole('heading', { level: 1 }).textContent ?? '';
}

describe('navigation', () => {
  it('starts on the dashboard with its empty state', async () => {
    await renderReadyApp();
    expect(currentPage()).toBe('dashboard');
    expect(heading()).toBe('Dashboard');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No billing data yet' })
    ).toBeTruthy();
    expect(screen.getByText(/has not read this provider's account yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Dashboard/ }).getAttribute('aria-current')).toBe(
      'page'
    );
  });

  it('switches pages when a navigation link is clicked and marks it current', async () => {
    const user = userEvent.setup();
    await renderReadyApp();
    await user.click(screen.getByRole('link', { name: /Domains/ }));
    expect(currentPage()).toBe('domains');
    expect(heading()).toBe('Domains');
    expect(window.location.hash).toBe('#/domains');
    expect(screen.getByRole('link', { name: /Domains/ }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: /Dashboard/ }).getAttribute('aria-current')).toBeNull();
    // Focus moves to the new page's title for screen readers and keyboard users.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('opens pages with Alt+digit and Ctrl+digit, as the tooltips say', async () => {
    const user = userEvent.setup();
    await renderReadyApp();
    expect(screen.getByRole('link', { name: /Usage/ }).getAttribute('title')).toBe(
      'Usage (Alt+2 or Ctrl+2)'
    );

    await user.keyboard('{Alt>}3{/Alt}');
    expect(currentPage()).toBe('domains');
    await user.keyboard('{Control>}4{/Control}');
    expect(currentPage()).toBe('tickets');
    await user.keyboard('{Alt>}5{/Alt}');
    expect(currentPage()).toBe('invoices');
    await user.keyboard('{Alt>}7{/Alt}');
    expect(currentPage()).toBe('settings');
    // A plain digit is typing, not a shortcut.
    await user.keyboard('1');
    expect(currentPage()).toBe('settings');
  });

  it('follows the keyboard: Tab reaches the skip link first and it focuses the content', async () => {
    const user = userEvent.setup();
    await renderReadyApp();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe('main-content');
    expect(currentPage()).toBe('dashboard');
  });

  it('starts a sync from the empty state button', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderReadyApp();
    await user.click(
      await within(screen.getByRole('main')).findByRole('button', { name: 'Sync now' })
    );
    await waitFor(() => expect(bridge.callCount('sync:run-now')).toBe(1));
  });

  it('navigates when main sends app:navigate (tray menu, notification click)', async () => {
    const { bridge } = await renderReadyApp();
    act(() => bridge.emit('app:navigate', { target: { kind: 'tickets' } }));
    await waitFor(() => expect(currentPage()).toBe('tickets'));
    expect(heading()).toBe('Tickets');
  });

  it('follows Back through the history and hash edits', async () => {
    const user = userEvent.setup();
    await renderReadyApp();
    await user.click(screen.getByRole('link', { name: /Usage/ }));
    await user.click(screen.getByRole('link', { name: /Tickets/ }));
    act(() => window.history.back());
    await waitFor(() => expect(currentPage()).toBe('usage'));
    act(() => {
      window.location.hash = '#/settings';
      fireEvent(window, new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(currentPage()).toBe('settings'));
  });

  it('says so for an unknown route and links back to the dashboard', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/nowhere');
    await renderReadyApp();
    expect(heading()).toBe('Page not found');
    expect(notFoundState()).toBe('error');
    expect(screen.getByText('There is no page at “nowhere”.')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Go to the dashboard' }));
    expect(currentPage()).toBe('dashboard');
  });

  it('says so for an address longer than any route, not the page its start names', async () => {
    for (const address of ['usage/7', 'invoices/7/edit']) {
      cleanup();
      window.history.replaceState(null, '', `/#/${address}`);
      await renderReadyApp();
      expect(heading()).toBe('Page not found');
      expect(notFoundState()).toBe('error');
      expect(screen.getByText(`There is no page at “${address}”.`)).toBeTruthy();
    }
  });

  it('shows the not-found page, not a blank window, for a malformed hash on load', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/tickets/%E0%A4%A');
    await renderReadyApp();
    expect(heading()).toBe('Page not found');
    expect(notFoundState()).toBe('error');
    expect(screen.getByText('There is no page at “tickets/%E0%A4%A”.')).toBeTruthy();
    // The rest of the window still works.
    expect(screen.getByTestId('status-bar')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Go to the dashboard' }));
    expect(currentPage()).toBe('dashboard');
  });

  it('shows the not-found page when the hash is edited into a malformed one', async () => {
    await renderReadyApp();
    act(() => {
      window.location.hash = '#/%E0%A4%A';
      fireEvent(window, new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(currentPage()).toBe('not-found'));
    expect(notFoundState()).toBe('error');
    act(() => {
      window.location.hash = '#/domains';
      fireEvent(window, new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(currentPage()).toBe('domains'));
  });
});
