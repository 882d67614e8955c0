/**
 * A tiny hash router. The route lives in `location.hash` (`#/tickets/42`), so it survives a
 * reload, works from `file://` in Electron and needs no server routes in the web shell. A
 * list's view (filters, sort, page) rides in the hash's query string
 * (`#/invoices?status=unpaid&page=3`), so Back and Forward restore it; the query is not
 * part of the route's path.
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

/** The hash without its query string: ids are percent-encoded, so the first `?` starts it. */
function withoutQuery(hashOrPath: string): string {
  const at = hashOrPath.indexOf('?');
  return at === -1 ? hashOrPath : hashOrPath.slice(0, at);
}

function normalise(path: string): string {
  return withoutQuery(path)
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

/**
 * The query string of a hash or path (`#/invoices?status=unpaid` gives `{ status: 'unpaid' }`),
 * the first value of each key; a malformed escape leaves that pair out.
 */
export function parseQuery(hashOrPath: string): Readonly<Record<string, string>> {
  const at = hashOrPath.indexOf('?');
  const query: Record<string, string> = {};
  if (at === -1) return query;
  for (const pair of hashOrPath.slice(at + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeSegment((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
    const value = decodeSegment((eq === -1 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '));
    if (key === null || value === null || key in query) continue;
    query[key] = value;
  }
  return query;
}

/** The href for a path (with its query string, if any), for real links ("open in new tab"). */
export function routeHref(path: string): string {
  const at = path.indexOf('?');
  const query = at === -1 ? '' : path.slice(at);
  return `#/${normalise(path)}${query === '?' ? '' : query}`;
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

function currentPathHash(): string {
  return withoutQuery(window.location.hash);
}

/**
 * The current route; re-renders on navigation, Back/Forward and manual hash edits, but not
 * when only the query changes (a list's filter typed letter by letter re-renders that list,
 * not the whole frame).
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentPathHash, currentPathHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** The current hash's query string as a record; re-renders when it changes. */
export function useRouteQuery(): Readonly<Record<string, string>> {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  const at = hash.indexOf('?');
  const search = at === -1 ? '' : hash.slice(at);
  return useMemo(() => parseQuery(search), [search]);
}
