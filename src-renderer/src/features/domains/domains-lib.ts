/**
 * The domains table's pure helpers: the view's filters and sort, turned into the
 * `domains:list` query main answers from the cache (filtered, sorted and paged in SQLite).
 */
import type { TFunction } from 'i18next';
import type { DomainListInput, DomainSortKey } from '@shared/contract';
import { formatNumber } from '@shared/i18n/format';
import type { SortOrder } from '../../components/data-table/data-table';
import { oneOf, textParam, type ListUrlSpec } from '../../components/data-table/list-view';
import type { RoutePath } from '../../lib/router';
import { targetPath } from '../../lib/target-route';

/** Columns the table sorts by. */
export type SortKey = DomainSortKey;

export interface SortState {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** "Expiring within" choices; 'any' shows every domain. */
export const WITHIN_CHOICES = [7, 30, 60, 90, 'any'] as const;
export type WithinChoice = (typeof WITHIN_CHOICES)[number];

export interface DomainFilters {
  readonly within: WithinChoice;
  /** A normalised status key (see `statusKey`), or 'all'. */
  readonly status: string;
  readonly autoRenewOffOnly: boolean;
  readonly search: string;
}

/** The filters that show everything. */
export const NO_FILTERS: DomainFilters = {
  within: 'any',
  status: 'all',
  autoRenewOffOnly: false,
  search: ''
};

/** True when any filter narrows the list. */
export function hasActiveFilters(filters: DomainFilters): boolean {
  return (
    filters.within !== 'any' ||
    filters.status !== 'all' ||
    filters.autoRenewOffOnly ||
    filters.search.trim() !== ''
  );
}

/** Most urgent first: that is why the reseller opens this screen. */
export const DEFAULT_SORT: SortState = { key: 'daysLeft', direction: 'ascending' };

/** The table's order as the sort state of `toDomainListInput`. */
export function sortState(order: SortOrder<SortKey>): SortState {
  return { key: order.sort, direction: order.dir === 'asc' ? 'ascending' : 'descending' };
}

const SORT_KEYS: readonly SortKey[] = [
  'name',
  'status',
  'expiresOn',
  'daysLeft',
  'autoRenew',
  'nextDueOn',
  'renewalPrice',
  'alert'
];

const WITHIN_PARAMS = WITHIN_CHOICES.map(String);

/**
 * The table's view in its address:
 * `domains?within=30&status=active&autorenew=off&q=…&sort=name&dir=asc&page=2`.
 */
export const DOMAINS_VIEW: ListUrlSpec<DomainFilters, SortKey> = {
  path: 'domains',
  noFilters: NO_FILTERS,
  defaultOrder: { sort: DEFAULT_SORT.key, dir: 'asc' },
  sorts: SORT_KEYS,
  readFilters: (query) => {
    const within = oneOf(query.within, WITHIN_PARAMS, 'any');
    return {
      within: within === 'any' ? 'any' : (Number(within) as WithinChoice),
      // A normalised status key: letters, digits and dashes.
      status: /^[a-z0-9-]{1,40}$/.test(query.status ?? '') ? (query.status ?? 'all') : 'all',
      autoRenewOffOnly: query.autorenew === 'off',
      search: textParam(query.q)
    };
  },
  writeFilters: (filters) => ({
    within: filters.within === 'any' ? '' : String(filters.within),
    status: filters.status === 'all' ? '' : filters.status,
    autorenew: filters.autoRenewOffOnly ? 'off' : '',
    q: filters.search
  })
};

/** Path of a domain's detail view. */
export function domainPath(id: string): RoutePath {
  return targetPath({ kind: 'domain', id });
}

/** Rows per page of the domains table. */
export const DOMAIN_PAGE_SIZE = 100;

/** The `domains:list` input for the view's filters, sort and zero-based page. */
export function toDomainListInput(
  filters: DomainFilters,
  sort: SortState,
  page: number
): DomainListInput {
  return {
    within: filters.within === 'any' ? null : filters.within,
    status: filters.status,
    autoRenewOffOnly: filters.autoRenewOffOnly,
    q: filters.search.trim(),
    sort: sort.key,
    dir: sort.direction === 'ascending' ? 'asc' : 'desc',
    offset: page * DOMAIN_PAGE_SIZE,
    limit: DOMAIN_PAGE_SIZE
  };
}

/**
 * "12 domains", "101–200 of 640 domains", "3 of 640 domains", in the language of `t` with
 * the figures in `locale`.
 */
export function countLine(
  t: TFunction<'domains'>,
  locale: string,
  page: number,
  shown: number,
  total: number,
  cachedCount: number
): string {
  const n = (value: number) => formatNumber(value, locale);
  if (shown === total) {
    return total === cachedCount
      ? t('count.all', { count: total, n: n(total) })
      : t('count.ofCached', { count: cachedCount, n: n(total), cached: n(cachedCount) });
  }
  const first = page * DOMAIN_PAGE_SIZE + 1;
  const range = { first: n(first), last: n(first + shown - 1), n: n(total) };
  return total === cachedCount
    ? t('count.range', { count: total, ...range })
    : t('count.rangeMatching', { count: cachedCount, ...range, cached: n(cachedCount) });
}
