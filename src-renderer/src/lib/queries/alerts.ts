/**
 * The alert reads (`alerts:summary` for the counts, `alerts:list` for the alert centre's
 * pages) and the two alert actions. Lives in lib because the status bar's alert count, the
 * alert centre and the domain detail all need them.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { AlertListInput } from '@shared/contract';
import { call } from '../call';
import { mutationKey, queryKey } from '../query-keys';

/** Query options for the open and snoozed counts (a few bytes, whatever the alerts). */
export function alertSummaryQueryOptions() {
  return queryOptions({
    queryKey: queryKey('alerts:summary'),
    queryFn: () => call('alerts:summary', undefined)
  });
}

/** The open and snoozed counts; `alerts:changed` invalidates them. */
export function useAlertSummary() {
  return useQuery(alertSummaryQueryOptions());
}

/** Query options for one page of each alert centre group. */
export function alertsQueryOptions(input: AlertListInput) {
  return queryOptions({
    queryKey: queryKey('alerts:list', input),
    queryFn: () => call('alerts:list', input),
    // Paging a group keeps the other groups on screen instead of flashing a spinner.
    placeholderData: keepPreviousData
  });
}

/** The alert centre's pages; `alerts:changed` invalidates them. */
export function useAlerts(input: AlertListInput) {
  return useQuery(alertsQueryOptions(input));
}

/**
 * Snoozes or acknowledges an alert. Both change the `alerts` scope: on success the open
 * count, the alert centre and the domain rows' badges (which read it) are refreshed.
 */
export function useAlertActions() {
  const snooze = useMutation({
    mutationKey: mutationKey('alerts:snooze'),
    mutationFn: (input: { readonly key: string; readonly until: string }) =>
      call('alerts:snooze', { key: input.key, until: input.until })
  });
  const acknowledge = useMutation({
    mutationKey: mutationKey('alerts:acknowledge'),
    mutationFn: (key: string) => call('alerts:acknowledge', { key })
  });
  return { snooze, acknowledge };
}
