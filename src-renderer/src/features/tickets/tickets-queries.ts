/**
 * The ticket reads (`tickets:list`, `tickets:get`) and opening a ticket in the provider's
 * client area. `cache:changed` with scope 'tickets' refreshes both reads after a sync.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { InvokeInput } from '../../../../src-shared/contract';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/** Query options for the cached tickets matching `input`. */
export function ticketsQueryOptions(input: InvokeInput<'tickets:list'>) {
  return queryOptions({
    queryKey: queryKeys.tickets.key('list', input),
    queryFn: () => call('tickets:list', input),
    // Typing in the search box must not flash "Loading…" between keystrokes.
    placeholderData: keepPreviousData
  });
}

/** The ticket list for the given filters. */
export function useTickets(input: InvokeInput<'tickets:list'>) {
  return useQuery(ticketsQueryOptions(input));
}

/** Query options for one ticket with its thread. */
export function ticketQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.tickets.key('detail', id),
    queryFn: () => call('tickets:get', { id })
  });
}

/** One ticket with its thread, oldest message first. */
export function useTicket(id: string) {
  return useQuery(ticketQueryOptions(id));
}

/**
 * Opens a URL in the system browser. The web shell cannot, and says so with `opened:false`:
 * then a new tab is opened without handing it our window.
 */
export function useOpenInClientArea() {
  return useMutation({
    mutationFn: async (url: string) => {
      const result = await call('app:open-external', { url });
      if (!result.opened) window.open(url, '_blank', 'noopener,noreferrer');
      return result;
    }
  });
}
