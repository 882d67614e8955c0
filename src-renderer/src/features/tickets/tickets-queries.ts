/**
 * The ticket reads (`tickets:list`, `tickets:get`, `tickets:list-departments`, `outbox:list`)
 * and opening a link through the vetted external-link path. Ticket lists and threads read the
 * 'tickets' and 'outbox' scopes, so a sync, a send and `outbox:changed` refresh them.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { InvokeInput } from '@shared/contract';
import { call } from '../../lib/call';
import { queryKey } from '../../lib/query-keys';

/** Query options for one page of the cached tickets matching `input`. */
export function ticketsQueryOptions(input: InvokeInput<'tickets:list'>) {
  return queryOptions({
    queryKey: queryKey('tickets:list', input),
    queryFn: () => call('tickets:list', input),
    // Typing in the search box must not flash "Loading…" between keystrokes.
    placeholderData: keepPreviousData
  });
}

/** The ticket list for the given filters, order and page. */
export function useTickets(input: InvokeInput<'tickets:list'>) {
  return useQuery(ticketsQueryOptions(input));
}

/**
 * Tickets with an unread staff reply, whatever the filters, for the navigation badge. One
 * row is asked for: only the count is used.
 */
export function useUnreadTicketCount(): number | undefined {
  const query = useQuery({
    ...ticketsQueryOptions({ status: 'all', limit: 1 }),
    select: (data) => data.unreadCount
  });
  return query.data;
}

/** Query options for one ticket with its thread. */
export function ticketQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKey('tickets:get', id),
    queryFn: () => call('tickets:get', { id })
  });
}

/** One ticket with its thread, oldest message first, and its unsent outbox items. */
export function useTicket(id: string) {
  return useQuery(ticketQueryOptions(id));
}

/** The departments a ticket can be opened in (cached by the sync). */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: queryKey('tickets:list-departments'),
    queryFn: () => call('tickets:list-departments', {}),
    enabled
  });
}

/** Query options for the outbox: unsent, failed and the last sent items, oldest first. */
export function outboxQueryOptions() {
  return queryOptions({
    queryKey: queryKey('outbox:list'),
    queryFn: () => call('outbox:list', {})
  });
}

/** The outbox (status bar count, message states, unsent new tickets). */
export function useOutbox() {
  return useQuery(outboxQueryOptions());
}

/**
 * Opens a URL through main, which vets it (https and mailto only) and hands it to the system
 * browser. The web shell cannot open the browser and says so with `opened:false`: then the
 * vetted URL is opened in a new tab without handing it our window. A refused URL is an error.
 */
export function useOpenExternal() {
  return useMutation({
    mutationFn: async (url: string) => {
      const result = await call('app:open-external', { url });
      if (!result.opened) window.open(url, '_blank', 'noopener,noreferrer');
      return result;
    }
  });
}
