/**
 * A list's view (filters, query text, sort and page) lives in the hash's query string
 * (`#/invoices?status=unpaid&sort=due&dir=desc&page=3`): the address is the state, so Back and
 * Forward restore it, a reload keeps it, and a link can open a list already filtered. Values at
 * their default are left out of the address; a value that does not parse reads as its default.
 *
 * A change of filter, sort or page is a new history entry; typing in a search field replaces
 * the current one, so Back does not step through every keystroke.
 */
import { useEffect, useMemo } from 'react';
import { navigate, pathWithQuery, useRouteQuery } from '../../lib/router';
import type { SortOrder } from './data-table';

export type Query = Readonly<Record<string, string>>;

/** What a list shows: its filters, its order and its zero-based page. */
export interface ListView<F, S extends string> {
  readonly filters: F;
  readonly order: SortOrder<S>;
  readonly page: number;
}

/** How one list's view is written into and read from its address. */
export interface ListUrlSpec<F, S extends string> {
  /** The list's route, e.g. `invoices`. */
  readonly path: string;
  readonly noFilters: F;
  readonly defaultOrder: SortOrder<S>;
  /** Every sort key main accepts for this list. */
  readonly sorts: readonly S[];
  /** The filters a query names; a missing or invalid value reads as that filter's default. */
  readonly readFilters: (query: Query) => F;
  /** The query of the filters; a filter at its default is '' (left out of the address). */
  readonly writeFilters: (filters: F) => Query;
}

/** Reads a list's view from a query. */
export function readListView<F, S extends string>(
  spec: ListUrlSpec<F, S>,
  query: Query
): ListView<F, S> {
  const sort = spec.sorts.find((s) => s === query.sort);
  const dir = query.dir === 'asc' || query.dir === 'desc' ? query.dir : undefined;
  const order: SortOrder<S> =
    sort === undefined
      ? spec.defaultOrder
      : { sort, dir: dir ?? (sort === spec.defaultOrder.sort ? spec.defaultOrder.dir : 'asc') };
  const pageNumber = /^[1-9]\d{0,5}$/.test(query.page ?? '') ? Number(query.page) : 1;
  return { filters: spec.readFilters(query), order, page: pageNumber - 1 };
}

/** The route of a list showing `view`, e.g. `invoices?status=unpaid&page=2`. */
export function listViewPath<F, S extends string>(
  spec: ListUrlSpec<F, S>,
  view: ListView<F, S>
): string {
  const isDefaultOrder =
    view.order.sort === spec.defaultOrder.sort && view.order.dir === spec.defaultOrder.dir;
  return pathWithQuery(spec.path, {
    ...spec.writeFilters(view.filters),
    sort: isDefaultOrder ? '' : view.order.sort,
    dir: isDefaultOrder ? '' : view.order.dir,
    page: view.page > 0 ? String(view.page + 1) : ''
  });
}

const RETURN_KEY = 'hostdeck.list-view.';

/**
 * The address of the list at `path` as the reseller last saw it (for "← All invoices" on a
 * detail page), or the plain list when it has not been shown in this session.
 */
export function listReturnPath(path: string): string {
  return window.sessionStorage.getItem(RETURN_KEY + path) ?? path;
}

/** Options of a view change. */
export interface ViewChange {
  /** Replace the current history entry instead of adding one (typing in a search field). */
  readonly replace?: boolean;
}

/** The list's view from the address, with the changes that write it back. */
export function useListView<F, S extends string>(spec: ListUrlSpec<F, S>) {
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
    /** Replaces every filter (a link that opens the list on one status). */
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

/** A query value that is one of `choices`, else `fallback`. */
export function oneOf<V extends string>(
  value: string | undefined,
  choices: readonly V[],
  fallback: V
): V {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** A query value that is a calendar date (YYYY-MM-DD), else ''. */
export function dateParam(value: string | undefined): string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

/** A query value as search text (at most 200 characters, like the search fields). */
export function textParam(value: string | undefined): string {
  return (value ?? '').slice(0, 200);
}
