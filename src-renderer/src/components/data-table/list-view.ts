/**
 * A list's view (filters, query text, sort and page) lives in the hash's query string
 * (`#/invoices?status=unpaid&sort=due&dir=desc&page=3`): the address is the state, so Back and
 * Forward restore it, a reload keeps it, and a link can open a list already filtered. Values at
 * their default are left out of the address; a value that does not parse reads as its default.
 *
 * Pure: the hook that reads and writes the address is `useListView`.
 */
import type { RoutePath, RouteTarget } from '../../lib/router';
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
  readonly path: RoutePath;
  readonly noFilters: F;
  readonly defaultOrder: SortOrder<S>;
  /** Every sort key main accepts for this list. */
  readonly sorts: readonly S[];
  /** The filters a query names; a missing or invalid value reads as that filter's default. */
  readonly readFilters: (query: Query) => F;
  /** The query of the filters; a filter at its default is '' (left out of the address). */
  readonly writeFilters: (filters: F) => Query;
}

/** A path with a query string; empty values are left out, so defaults keep a clean address. */
export function pathWithQuery(path: RoutePath, query: Query): RouteTarget {
  const search = new URLSearchParams(
    Object.entries(query).filter(([, value]) => value !== '')
  ).toString();
  return search === '' ? path : `${path}?${search}`;
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
): RouteTarget {
  const isDefaultOrder =
    view.order.sort === spec.defaultOrder.sort && view.order.dir === spec.defaultOrder.dir;
  return pathWithQuery(spec.path, {
    ...spec.writeFilters(view.filters),
    sort: isDefaultOrder ? '' : view.order.sort,
    dir: isDefaultOrder ? '' : view.order.dir,
    page: view.page > 0 ? String(view.page + 1) : ''
  });
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
