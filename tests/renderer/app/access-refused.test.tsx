import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@renderer/app/app';
import { testQueryClient } from '../render-app';

/** An EventSource that never connects: this page's events are not the point here. */
class SilentEventSource extends EventTarget {
  constructor(readonly url: string) {
    super();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a web shell that no longer accepts the page', () => {
  it('replaces the app with the missing-token page, saying how to get back in', async () => {
    // What the web shell answers once restarted with a new token: the old cookie is refused.
    vi.stubGlobal('EventSource', SilentEventSource);
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            ok: false,
            error: { kind: 'auth', message: 'Missing or wrong access token.' }
          }),
          { status: 401, headers: { 'Content-Type': 'application/json' } }
        )
    );
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    render(<App queryClient={testQueryClient()} />, { container: root });

    expect(
      await screen.findByRole('heading', { name: 'Hostdeck needs its access link' })
    ).toBeTruthy();
    expect(screen.getByText(/printed by/).textContent).toContain('npm run web');
    const page = document.querySelector('[data-page="missing-token"]');
    expect(page?.getAttribute('data-view-state')).toBe('error');
    expect(root.getAttribute('data-view-state')).toBe('error');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
