/**
 * The Usage screen's view in the address (`#/usage?month=2026-10&status=pending&sort=amount&dir=desc&page=2`):
 * the month picked, the rows' filters, their order and page, so Back and Forward restore
 * them and a reload keeps them. Main filters, sorts and pages the rows.
 */
import { isMonthKey } from '@shared/calendar';
import type { UsageRowView, UsageSortKey } from '@shared/contract';
import { oneOf, textParam, type ListUrlSpec } from '../../components/data-table/list-view';

/** 'all' or one run status. */
export type StatusFilter = 'all' | UsageRowView['status'];

export interface UsageFilters {
  /** Null follows the current month. */
  readonly month: string | null;
  /** Text the resource, its parent, the pack or the kind contains. */
  readonly q: string;
  readonly status: StatusFilter;
}

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'charged', 'pending', 'free'];

const USAGE_SORTS: readonly UsageSortKey[] = [
  'resource',
  'kind',
  'pack',
  'price',
  'activeHours',
  'billedHours',
  'billedDays',
  'amount',
  'status'
];

/** Numbers read best largest first; text A to Z. */
const DESCENDING_FIRST: ReadonlySet<UsageSortKey> = new Set([
  'price',
  'activeHours',
  'billedHours',
  'billedDays',
  'amount'
]);

export const USAGE_VIEW: ListUrlSpec<UsageFilters, UsageSortKey> = {
  path: 'usage',
  noFilters: { month: null, q: '', status: 'all' },
  defaultOrder: { sort: 'resource', dir: 'asc' },
  sorts: USAGE_SORTS,
  readFilters: (query) => ({
    month: isMonthKey(query['month'] ?? '') ? (query['month'] ?? null) : null,
    q: textParam(query['q']),
    status: oneOf(query['status'], STATUS_FILTERS, 'all')
  }),
  writeFilters: (filters) => ({
    month: filters.month ?? '',
    q: filters.q,
    status: filters.status === 'all' ? '' : filters.status
  })
};

/** The direction a first click on `column` sorts in: numbers largest first, text A to Z. */
export function firstDirection(column: UsageSortKey): 'asc' | 'desc' {
  return DESCENDING_FIRST.has(column) ? 'desc' : 'asc';
}
