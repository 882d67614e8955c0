/**
 * The service list's filters, order and page in zustand (the hash router carries no query
 * string), so they survive opening a service and coming back; `returnTo` is the service just
 * opened, whose row takes focus again on the way back.
 */
import { create } from 'zustand';
import type { ServiceSort } from '../../../../src-shared/contract';
import {
  DEFAULT_SERVICE_ORDER,
  NO_SERVICE_FILTERS,
  nextServiceOrder,
  type ServiceFilters,
  type ServiceOrder
} from './services-lib';

interface ServicesViewState {
  readonly filters: ServiceFilters;
  readonly order: ServiceOrder;
  readonly page: number;
  readonly returnTo: string | null;
  setFilter<K extends keyof ServiceFilters>(key: K, value: ServiceFilters[K]): void;
  clearFilters(): void;
  sortBy(sort: ServiceSort): void;
  setPage(page: number): void;
  setReturnTo(id: string | null): void;
  reset(): void;
}

/** The services view store. */
export const useServicesViewStore = create<ServicesViewState>()((set) => ({
  filters: NO_SERVICE_FILTERS,
  order: DEFAULT_SERVICE_ORDER,
  page: 0,
  returnTo: null,
  setFilter: (key, value) =>
    set((state) => ({ filters: { ...state.filters, [key]: value }, page: 0 })),
  clearFilters: () => set({ filters: NO_SERVICE_FILTERS, page: 0 }),
  sortBy: (sort) => set((state) => ({ order: nextServiceOrder(state.order, sort), page: 0 })),
  setPage: (page) => set({ page: Math.max(0, page) }),
  setReturnTo: (returnTo) => set({ returnTo }),
  reset: () =>
    set({ filters: NO_SERVICE_FILTERS, order: DEFAULT_SERVICE_ORDER, page: 0, returnTo: null })
}));
