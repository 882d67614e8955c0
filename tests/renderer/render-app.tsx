/**
 * Mounts the whole app against a FakeBridge, inside a `#root` like index.html's so the
 * readiness signal lands where end-to-end tests look for it.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { beforeAll } from 'vitest';
import { App } from '@renderer/app/app';
import { invalidatingMutationCache } from '@renderer/lib/queries/cache-invalidation';
import { FakeBridge } from './fake-bridge';

/**
 * Every page's chunk, loaded before the first test of each file that renders the app. Pages
 * are lazy: in a test the first visit of a page compiles and runs its whole module graph
 * (charts, Markdown…), which takes seconds on a loaded machine, and that cost landed inside
 * the first test's one-second wait for the page ("page still loading"). Loaded here, a page
 * still suspends on its first render (the stand-in root shows, see lazy-pages.test.tsx), but
 * for a microtask, not for a compilation.
 */
const pageChunks = import.meta.glob('../../src-renderer/src/features/*/*-page.tsx');
beforeAll(async () => {
  await Promise.all(Object.values(pageChunks).map((load) => load()));
}, 60_000);

/** A QueryClient that fails fast (retries would only slow tests down), with the app's mutations. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    mutationCache: invalidatingMutationCache(),
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
