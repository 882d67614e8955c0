/**
 * The ticket list's filters in zustand, so they survive opening a ticket and coming back.
 */
import { create } from 'zustand';
import { NO_TICKET_FILTERS, type TicketFilters } from './tickets-lib';

interface TicketsViewState {
  readonly filters: TicketFilters;
  setFilter<K extends keyof TicketFilters>(key: K, value: TicketFilters[K]): void;
  clearFilters(): void;
}

/** The tickets view store. */
export const useTicketsViewStore = create<TicketsViewState>()((set) => ({
  filters: NO_TICKET_FILTERS,
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_TICKET_FILTERS })
}));
