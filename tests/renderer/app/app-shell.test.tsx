import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTheme } from '@renderer/app/use-theme';
import { ErrorBoundary } from '@renderer/components/error-boundary';
import { err } from '@shared/result';
import { FakeBridge } from '../fake-bridge';
import { renderApp, renderReadyApp } from '../render-app';

/** A matchMedia whose dark preference the test can flip. */
function stubColorScheme(initiallyDark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: initiallyDark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener)
  };
  vi.stubGlobal('matchMedia', () => media);
  return {
    setDark(dark: boolean) {
      media.matches = dark;
      for (const listener of listeners) listener();
    }
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readiness signal', () => {
  it('marks #root ready once the first status arrived', async () => {
    const { root } = renderApp();
    await waitFor(() => expect(root.getAttribute('data-view-state')).toBe('ready'));
  });

  it('marks #root as error and shows the message when the status cannot be read', async () => {
    const bridge = new FakeBridge();
    bridge.handle('app:get-status', () =>
      err('offline', "Hostdeck's local server is not reachable.", undefined, {
        code: 'local-server-unreachable'
      })
    );
    const { root } = renderApp(bridge);
    await waitFor(() => expect(root.getAttribute('data-view-state')).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain(
      "Hostdeck's local server cannot be reached. Is it still running?"
    );
    expect(screen.getByTestId('status-profile').textContent).toBe('Status unavailable');
  });

  it('recovers to ready when Retry succeeds', async () => {
    const user = userEvent.setup();
    const bridge = new FakeBridge();
    bridge.handle('app:get-status', () => err('internal', 'Boom'));
    const { root } = renderApp(bridge);
    await waitFor(() => expect(root.getAttribute('data-view-state')).toBe('error'));
    bridge.handle('app:get-status', () => ({ ok: true, value: bridge.status }));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(root.getAttribute('data-view-state')).toBe('ready'));
  });
});

describe('theme', () => {
  it('maps the setting to light or dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system preference live when the setting is "system"', async () => {
    const scheme = stubColorScheme(true);
    await renderReadyApp();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    act(() => scheme.setDark(false));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('forces the chosen theme regardless of the system', async () => {
    stubColorScheme(true);
    const bridge = new FakeBridge();
    bridge.settings = { ...bridge.settings, theme: 'light' };
    await renderReadyApp(bridge);
    await waitFor(() => expect(bridge.callCount('settings:get')).toBe(1));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });
});

describe('error boundary', () => {
  it('shows a readable message instead of a blank page, and can try again', async () => {
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('Invoice list exploded');
      return <p>Invoices</p>;
    }
    render(
      <ErrorBoundary area="Dashboard">
        <Flaky />
      </ErrorBoundary>
    );
    expect(screen.getByRole('alert').textContent).toContain('Dashboard could not be shown');
    expect(screen.getByRole('alert').textContent).toContain('Invoice list exploded');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Invoices')).toBeTruthy();
    error.mockRestore();
  });
});
