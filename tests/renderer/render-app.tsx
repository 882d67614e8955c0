/**
 * Mounts the whole app against a FakeBridge, inside a `#root` like index.html's so the
 * readiness signal lands where end-to-end tests look for it.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src-renderer/src/app/app';
import { FakeBridge } from './fake-bridge';

/** A QueryClient that fails fast: retries would only slow the tests down. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } }
  });
}

/** Renders the app with `bridge` installed as window.hostdeck. */
export function renderApp(bridge: FakeBridge = new FakeBridge(), queryClient = testQueryClient()) {
  window.hostdeck = bridge;
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  const result = render(<App queryClient={queryClient} />, { container: root });
  return { ...result, bridge, root, queryClient };
}

/**
 * Renders the app and waits until the first status arrived and the page's code has loaded
 * (pages are lazy chunks; until then the frame shows an aria-busy stand-in root).
 */
export async function renderReadyApp(
  bridge: FakeBridge = new FakeBridge(),
  queryClient = testQueryClient()
) {
  const rendered = renderApp(bridge, queryClient);
  await waitFor(() => {
    if (rendered.root.getAttribute('data-view-state') !== 'ready') throw new Error('app not ready');
    if (rendered.root.querySelector('[data-page][aria-busy="true"]'))
      throw new Error('page still loading');
  });
  return rendered;
}

/** The element carrying `data-page`, i.e. the page on screen. */
export function currentPage(): string | null {
  return document.querySelector('[data-page]')?.getAttribute('data-page') ?? null;
}

export { screen };
