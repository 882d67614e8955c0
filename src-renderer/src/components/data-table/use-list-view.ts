/**
 * The hook behind every list's filters, sort and page: they are read from the hash's query
 * string and written back to it. A change of filter, sort or page is a new history entry, so
 * Back and Forward step through them; typing in a search field replaces the current entry, so
 * Back does not step through every keystroke.
 */
import { useEffect, useMemo } from 'react';
import { navigate, useRouteQuery, type RoutePath, type RouteTarget } from '../../lib/router';
import type { SortOrder } from './data-table';
import { listViewPath, readListView, type ListUrlSpec, type ListView } from './list-view';

const RETURN_KEY = 'hostdeck.list-view.';

/**
 * The address of the list at `path` as the reseller last saw it (for "← All invoices" on a
 * detail page), or the plain list when it has not been shown in this session.
 */
export function listReturnPath(path: RoutePath): RouteTarget {
  // Written only by useListView below, from listViewPath: the list's own route and query.
  // Anything else found there (another route, a full address) is not followed.
  const stored = window.sessionStorage.getItem(RETURN_KEY + path);
  if (stored === null || (stored !== path && !stored.startsWith(`${path}?`))) return path;
  return stored as RouteTarget;
}

/** Options of a view change. */
export interface ViewChange {
  /** Replace the current history entry instead of adding one (typing in a search field). */
  readonly replace?: boolean;
}

/** A list's view with the changes that write it back to the address. */
export interface ListViewControls<F, S extends string> extends ListView<F, S> {
  setFilter<K extends keyof F>(key: K, value: F[K], change?: ViewChange): void;
  /** Replaces every filter (a link that opens the list on one status). */
  showOnly(filters: Partial<F>, change?: ViewChange): void;
  clearFilters(): void;
  /** A new order starts again on the first page, as a new filter does. */
  setOrder(order: SortOrder<S>): void;
  setPage(page: number, change?: ViewChange): void;
}

/** The list's view from the address, with the changes that write it back. */
export function useListView<F, S extends string>(spec: ListUrlSpec<F, S>): ListViewControls<F, S> {
  const query = useRouteQuery();
  const view = useMemo(() => readListView(spec, query), [spec, query]);
  const here = listViewPath(spec, view);
  useEffect(() => {
    window.sessionStorage.setItem(RETURN_KEY + spec.path, here);
  }, [spec.path, here]);

  const go = (next: ListView<F, S>, change: ViewChange = {}): void =>
    navigate(listViewPath(spec, next), change);
  return {
    ...view,
    setFilter<K extends keyof F>(key: K, value: F[K], change?: ViewChange): void {
      go({ ...view, filters: { ...view.filters, [key]: value }, page: 0 }, change);
    },
    showOnly(filters: Partial<F>, change?: ViewChange): void {
      go({ ...view, filters: { ...spec.noFilters, ...filters }, page: 0 }, change);
    },
    clearFilters(): void {
      go({ ...view, filters: spec.noFilters, page: 0 });
    },
    setOrder(order: SortOrder<S>): void {
      go({ ...view, order, page: 0 });
    },
    setPage(page: number, change?: ViewChange): void {
      go({ ...view, page: Math.max(0, page) }, change);
    }
  };
}
