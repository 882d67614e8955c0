/**
 * The invoice list's filters, order and page in zustand (the hash router carries no query
 * string), so they survive opening an invoice and coming back. A new filter or order starts
 * again on the first page. `returnTo` is the invoice just opened, for focus on the way back.
 */
import { create } from 'zustand';
import type { InvoiceSort } from '../../../../src-shared/contract';
import {
  DEFAULT_INVOICE_ORDER,
  NO_INVOICE_FILTERS,
  nextInvoiceOrder,
  type InvoiceFilters,
  type InvoiceOrder
} from './invoices-lib';

interface InvoicesViewState {
  readonly filters: InvoiceFilters;
  readonly order: InvoiceOrder;
  /** Zero-based page of the list. */
  readonly page: number;
  /** The invoice opened from the list, whose row takes focus again on the way back. */
  readonly returnTo: string | null;
  setFilter<K extends keyof InvoiceFilters>(key: K, value: InvoiceFilters[K]): void;
  /** Replaces every filter (a link such as the dashboard's "overdue"). */
  showOnly(filters: Partial<InvoiceFilters>): void;
  clearFilters(): void;
  sortBy(sort: InvoiceSort): void;
  setPage(page: number): void;
  setReturnTo(id: string | null): void;
  /** Back to the defaults (tests, profile switch). */
  reset(): void;
}

/** The invoices view store. */
export const useInvoicesViewStore = create<InvoicesViewState>()((set) => ({
  filters: NO_INVOICE_FILTERS,
  order: DEFAULT_INVOICE_ORDER,
  page: 0,
  returnTo: null,
  setFilter: (key, value) =>
    set((state) => ({ filters: { ...state.filters, [key]: value }, page: 0 })),
  showOnly: (filters) => set({ filters: { ...NO_INVOICE_FILTERS, ...filters }, page: 0 }),
  clearFilters: () => set({ filters: NO_INVOICE_FILTERS, page: 0 }),
  sortBy: (sort) => set((state) => ({ order: nextInvoiceOrder(state.order, sort), page: 0 })),
  setPage: (page) => set({ page: Math.max(0, page) }),
  setReturnTo: (returnTo) => set({ returnTo }),
  reset: () =>
    set({
      filters: NO_INVOICE_FILTERS,
      order: DEFAULT_INVOICE_ORDER,
      page: 0,
      returnTo: null
    })
}));
