/**
 * The alert centre read (`alerts:list`) and the two alert actions. Lives in lib because the
 * status bar's alert count, the alert centre and the domain detail all need them.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../call';
import { queryKeys } from '../query-keys';

/** Query options for the open and snoozed alerts with the open count. */
export function alertsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.alerts.key('list'),
    queryFn: () => call('alerts:list', undefined)
  });
}

/** Open and snoozed alerts; `alerts:changed` invalidates it. */
export function useAlerts() {
  return useQuery(alertsQueryOptions());
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
