/**
 * UI state of the Usage screen (zustand): the month picked, the table's filters, sort and
 * page. Server data stays in TanStack Query; main filters, sorts and pages the rows.
 */
import { create } from 'zustand';
import type { RowStatus, SortColumn, SortState } from './usage-table-model';

/** 'all' or one run status. */
export type StatusFilter = 'all' | RowStatus;

interface UsageUiState {
  /** Null follows the current month. */
  readonly month: string | null;
  readonly text: string;
  readonly status: StatusFilter;
  readonly sort: SortState;
  /** Zero-based page of the rows table. */
  readonly page: number;
  readonly setMonth: (month: string | null) => void;
  readonly setText: (text: string) => void;
  readonly setStatus: (status: StatusFilter) => void;
  /** Sorts by `column`; clicking the sorted column again flips the direction. */
  readonly toggleSort: (column: SortColumn) => void;
  readonly setPage: (page: number) => void;
  readonly reset: () => void;
}

const INITIAL = {
  month: null,
  text: '',
  status: 'all',
  sort: { column: 'resource', direction: 'ascending' },
  page: 0
} as const;

/** Numbers read best largest first; text A to Z. */
const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set([
  'price',
  'activeHours',
  'billedHours',
  'billedDays',
  'amount'
]);

export const useUsageUiStore = create<UsageUiState>()((set) => ({
  ...INITIAL,
  // Another month, filter or order starts again at the first page.
  setMonth: (month) => set({ month, page: 0 }),
  setText: (text) => set({ text, page: 0 }),
  setStatus: (status) => set({ status, page: 0 }),
  toggleSort: (column) =>
    set(({ sort }) => ({
      page: 0,
      sort:
        sort.column === column
          ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column, direction: DESCENDING_FIRST.has(column) ? 'descending' : 'ascending' }
    })),
  setPage: (page) => set({ page }),
  reset: () => set(INITIAL)
}));
