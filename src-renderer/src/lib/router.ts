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
  /**
   * True when a segment is not valid percent-encoding (`#/tickets/%E0%A4%A`, typed or pasted
   * by hand): no page can be chosen, so the app shows its not-found page.
   */
  readonly malformed: boolean;
}

const listeners = new Set<() => void>();

function normalise(path: string): string {
  return path
    .replace(/^#/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}

/**
 * Parses a hash (`#/tickets/42`) or a plain path (`/tickets/42`, `tickets/42`) into a route.
 * Segments are percent-decoded; a hash that cannot be decoded gives a malformed route
 * instead of throwing, which would leave a blank window.
 */
export function parseRoute(hashOrPath: string): Route {
  const path = normalise(hashOrPath);
  const raw = path === '' ? [] : path.split('/');
  const segments = raw.map(decodeSegment);
  if (segments.some((segment) => segment === null))
    return { path, page: raw[0] ?? '', params: raw.slice(1), malformed: true };
  const decoded = segments as readonly string[];
  return { path, page: decoded[0] ?? '', params: decoded.slice(1), malformed: false };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
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
