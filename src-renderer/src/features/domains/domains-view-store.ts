/**
 * The domains table's UI state (filters, search, sort, page) in zustand, so it survives opening a
 * domain and coming back.
 */
import { create } from 'zustand';
import { NO_FILTERS, type DomainFilters, type SortKey, type SortState } from './domains-lib';

interface DomainsViewState {
  readonly filters: DomainFilters;
  readonly sort: SortState;
  /** Zero-based page of the table. */
  readonly page: number;
  setFilter<K extends keyof DomainFilters>(key: K, value: DomainFilters[K]): void;
  clearFilters(): void;
  /** Sorts by `key`; the same key again flips the direction. */
  sortBy(key: SortKey): void;
  setPage(page: number): void;
  reset(): void;
}

/** Most urgent first: that is why the reseller opens this screen. */
export const DEFAULT_SORT: SortState = { key: 'daysLeft', direction: 'ascending' };

/** The domains view store. */
export const useDomainsViewStore = create<DomainsViewState>()((set) => ({
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  page: 0,
  setFilter: (key, value) =>
    set((state) => ({ filters: { ...state.filters, [key]: value }, page: 0 })),
  clearFilters: () => set({ filters: NO_FILTERS, page: 0 }),
  sortBy: (key) =>
    set((state) => ({
      sort:
        state.sort.key === key
          ? { key, direction: state.sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: 'ascending' },
      page: 0
    })),
  setPage: (page) => set({ page: Math.max(0, page) }),
  reset: () => set({ filters: NO_FILTERS, sort: DEFAULT_SORT, page: 0 })
}));
