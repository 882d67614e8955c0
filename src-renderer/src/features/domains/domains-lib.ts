/**
 * The domains table's pure helpers: the view's filters and sort, turned into the
 * `domains:list` query main answers from the cache (filtered, sorted and paged in SQLite).
 */
import type { DomainListInput, DomainSortKey } from '../../../../src-shared/contract';

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

/** "12 domains", "101–200 of 640 domains", "3 of 640 domains". */
export function countLine(page: number, shown: number, total: number, cachedCount: number): string {
  const n = (value: number) => value.toLocaleString('en');
  if (shown === total) {
    return total === cachedCount
      ? `${n(total)} domain${total === 1 ? '' : 's'}`
      : `${n(total)} of ${n(cachedCount)} domains`;
  }
  const first = page * DOMAIN_PAGE_SIZE + 1;
  const range = `${n(first)}–${n(first + shown - 1)} of ${n(total)}`;
  return total === cachedCount
    ? `${range} domains`
    : `${range} matching, ${n(cachedCount)} domains`;
}
