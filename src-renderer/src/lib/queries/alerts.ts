/**
 * The alert reads (`alerts:summary` for the counts, `alerts:list` for the alert centre's
 * pages) and the two alert actions. Lives in lib because the status bar's alert count, the
 * alert centre and the domain detail all need them.
 */
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient
} from '@tanstack/react-query';
import type { AlertListInput } from '@shared/contract';
import { call } from '../call';
import { queryKeys } from '../query-keys';

/** Query options for the open and snoozed counts (a few bytes, whatever the alerts). */
export function alertSummaryQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.alerts.key('summary'),
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
    queryKey: queryKeys.alerts.key('list', input),
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
 * Snoozes or acknowledges an alert. Both change the open count and the domain rows' badges,
 * so both scopes are refreshed on success (main also sends `alerts:changed`; this does not
 * wait for it).
 */
export function useAlertActions() {
  const queryClient = useQueryClient();
  const refresh = async (): Promise<void> => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.domains.all })
    ]);
  };
  const snooze = useMutation({
    mutationFn: (input: { readonly key: string; readonly until: string }) =>
      call('alerts:snooze', { key: input.key, until: input.until }),
    onSuccess: refresh
  });
  const acknowledge = useMutation({
    mutationFn: (key: string) => call('alerts:acknowledge', { key }),
    onSuccess: refresh
  });
  return { snooze, acknowledge };
}
