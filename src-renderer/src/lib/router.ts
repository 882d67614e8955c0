/**
 * A tiny hash router. The route lives in `location.hash` (`#/tickets/42`), so it survives a
 * reload, works from `file://` in Electron and needs no server routes in the web shell.
 */
import { useMemo, useSyncExternalStore } from 'react';

export interface Route {
  /** The normalised path without leading slash, e.g. `tickets/42`; '' for the start page. */
  readonly path: string;
  /** The first segment, which selects the page, e.g. `tickets`. */
  readonly page: string;
  /** The remaining segments, e.g. `['42']`. */
  readonly params: readonly string[];
}

const listeners = new Set<() => void>();

function normalise(path: string): string {
  return path
    .replace(/^#/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}

/** Parses a hash (`#/tickets/42`) or a plain path (`/tickets/42`, `tickets/42`) into a route. */
export function parseRoute(hashOrPath: string): Route {
  const path = normalise(hashOrPath);
  const segments = path === '' ? [] : path.split('/').map((segment) => decodeURIComponent(segment));
  return { path, page: segments[0] ?? '', params: segments.slice(1) };
}

/** The href for a path, for real links that also work with "open in new tab". */
export function routeHref(path: string): string {
  return `#/${normalise(path)}`;
}

/** Shows `path`. Pushes a history entry so Back works; `replace` overwrites the current one. */
export function navigate(path: string, options: { readonly replace?: boolean } = {}): void {
  const href = routeHref(path);
  if (window.location.hash === href) return;
  // pushState does not fire hashchange, so listeners are told directly and synchronously.
  if (options.replace) window.history.replaceState(window.history.state, '', href);
  else window.history.pushState(window.history.state, '', href);
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('hashchange', notify);
    window.addEventListener('popstate', notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('hashchange', notify);
      window.removeEventListener('popstate', notify);
    }
  };
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route; re-renders on navigation, Back/Forward and manual hash edits. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
