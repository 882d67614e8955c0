/**
 * UI state of the Usage screen (zustand): the month picked, the table's filters and sort.
 * Server data stays in TanStack Query.
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
  readonly setMonth: (month: string | null) => void;
  readonly setText: (text: string) => void;
  readonly setStatus: (status: StatusFilter) => void;
  /** Sorts by `column`; clicking the sorted column again flips the direction. */
  readonly toggleSort: (column: SortColumn) => void;
  readonly reset: () => void;
}

const INITIAL = {
  month: null,
  text: '',
  status: 'all',
  sort: { column: 'resource', direction: 'ascending' }
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
  setMonth: (month) => set({ month }),
  setText: (text) => set({ text }),
  setStatus: (status) => set({ status }),
  toggleSort: (column) =>
    set(({ sort }) => ({
      sort:
        sort.column === column
          ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column, direction: DESCENDING_FIRST.has(column) ? 'descending' : 'ascending' }
    })),
  reset: () => set(INITIAL)
}));
