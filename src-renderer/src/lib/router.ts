/**
 * Navigation for every screen, on top of the app's TanStack Router (app/routes.tsx). The
 * address lives in `location.hash` (`#/tickets/42`), so it survives a reload, works from
 * `file://` in Electron and needs no server routes in the web shell. A list's view (filters,
 * sort, page) rides in the hash's query string (`#/invoices?status=unpaid&page=3`), so Back
 * and Forward restore it.
 *
 * Screens navigate by path (`navigate('invoices/7')`) and build real links with `routeHref`;
 * both take a RouteTarget, a path the route tree answers (its type comes from the tree, so a
 * misspelt or removed page does not compile). The app binds its router's history here when it
 * mounts, so this module needs nothing of app/ at run time (features may not import it).
 */
import {
  useMatch,
  useRouterState,
  type RegisteredRouter,
  type RouteIds,
  type RouterHistory
} from '@tanstack/react-router';

/** A route's path as the tree declares it (`/invoices/$id`), without its leading slash. */
type Unslashed<T> = T extends `/${infer Path}` ? Path : never;

/** A declared path with each `$parameter` segment as any text: `invoices/${string}`. */
type Filled<P extends string> = P extends `${infer Head}$${infer Rest}`
  ? Rest extends `${string}/${infer Tail}`
    ? `${Head}${string}/${Filled<Tail>}`
    : `${Head}${string}`
  : P;

/**
 * A path the app's route tree answers (`invoices`, `invoices/7`, `invoices/filter/unpaid`),
 * taken from the tree itself (app/routes.tsx registers it), so a page renamed or removed there
 * fails to compile wherever a screen still goes to it.
 */
export type RoutePath = Filled<Unslashed<RouteIds<RegisteredRouter['routeTree']>>>;

/** A route path, with or without a query string: `invoices?status=unpaid&page=2`. */
export type RouteTarget = RoutePath | `${RoutePath}?${string}`;

let boundHistory: RouterHistory | null = null;

/**
 * Makes `history` the one `navigate` drives (the app's router, while it is mounted).
 * Returns the unbinding.
 */
export function bindHistory(history: RouterHistory): () => void {
  boundHistory = history;
  return () => {
    if (boundHistory === history) boundHistory = null;
  };
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
 * the first value of each key; a malformed escape leaves that pair out. Values stay strings
 * (`page=3` is `'3'`): each list validates its own (components/data-table/list-view.ts).
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

/**
 * The query string of `search` (`?status=unpaid&q=web%20hosting`), the router's writing of a
 * location's search: string values only, in their order; '' when there are none.
 */
export function stringifyQuery(search: Readonly<Record<string, unknown>>): string {
  const pairs = Object.entries(search)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** A path without its query, leading, trailing or doubled slashes: `/invoices/` → `invoices`. */
function normalise(path: string): string {
  const at = path.indexOf('?');
  return (at === -1 ? path : path.slice(0, at))
    .replace(/^#/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}

/** The href for a path (with its query string, if any), for real links ("open in new tab"). */
export function routeHref(path: RouteTarget): string {
  const at = path.indexOf('?');
  const query = at === -1 ? '' : path.slice(at);
  return `#/${normalise(path)}${query === '?' ? '' : query}`;
}

/** Shows `path`. Pushes a history entry so Back works; `replace` overwrites the current one. */
export function navigate(path: RouteTarget, options: { readonly replace?: boolean } = {}): void {
  const href = routeHref(path);
  const history = boundHistory;
  if (!history) {
    // No router mounted (yet): the address alone; the router reads it when it starts.
    window.location.hash = href;
    return;
  }
  const location = href.slice(1);
  if (history.location.href === location) return;
  if (options.replace) history.replace(location);
  else history.push(location);
  // The address bar now, not a microtask later: a link copied or a reload right after keeps it.
  history.flush();
}

/**
 * The query string of the address the calling page is shown at, as a record; re-renders when
 * it changes (at once: a search field whose value lives in the address sees each keystroke).
 * While the router moves to another path (a list's row opened), the page, still on screen for
 * a few microtasks, keeps the query it was shown with: it neither reads the next address's
 * query as its own filters nor remembers it as the list to come back to.
 */
export function useRouteQuery(): Readonly<Record<string, string>> {
  const shownAt = useMatch({ strict: false, select: (match) => match.pathname });
  return useRouterState({
    select: (state) => {
      const location =
        state.location.pathname === shownAt
          ? state.location
          : (state.resolvedLocation ?? state.location);
      return location.search as Readonly<Record<string, string>>;
    }
  });
}
