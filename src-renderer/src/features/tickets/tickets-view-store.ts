/**
 * The ticket list's filters, order and page in zustand, so they survive opening a ticket and
 * coming back. A new filter or order starts again on the first page.
 */
import { create } from 'zustand';
import type { TicketSort } from '../../../../src-shared/contract';
import {
  DEFAULT_ORDER,
  NO_TICKET_FILTERS,
  nextOrder,
  type TicketFilters,
  type TicketOrder
} from './tickets-lib';

interface TicketsViewState {
  readonly filters: TicketFilters;
  readonly order: TicketOrder;
  /** Zero-based page of the list. */
  readonly page: number;
  setFilter<K extends keyof TicketFilters>(key: K, value: TicketFilters[K]): void;
  clearFilters(): void;
  /** Sorts by `sort`, flipping the direction when it already is the sort column. */
  sortBy(sort: TicketSort): void;
  setPage(page: number): void;
  /** Back to the defaults (tests, profile switch). */
  reset(): void;
}

/** The tickets view store. */
export const useTicketsViewStore = create<TicketsViewState>()((set) => ({
  filters: NO_TICKET_FILTERS,
  order: DEFAULT_ORDER,
  page: 0,
  setFilter: (key, value) =>
    set((state) => ({ filters: { ...state.filters, [key]: value }, page: 0 })),
  clearFilters: () => set({ filters: NO_TICKET_FILTERS, page: 0 }),
  sortBy: (sort) => set((state) => ({ order: nextOrder(state.order, sort), page: 0 })),
  setPage: (page) => set({ page: Math.max(0, page) }),
  reset: () => set({ filters: NO_TICKET_FILTERS, order: DEFAULT_ORDER, page: 0 })
}));
