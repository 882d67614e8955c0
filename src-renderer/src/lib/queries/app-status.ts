/**
 * The app status read (`app:get-status`): profile, last sync, online state, paths.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../call';
import { queryKey } from '../query-keys';

/** Polled as a safety net; `cache:changed` with `status` or `profiles` refreshes it sooner. */
export const STATUS_REFETCH_MS = 30_000;

/** Query options for the app status. */
export function appStatusQueryOptions() {
  return queryOptions({
    queryKey: queryKey('app:get-status'),
    queryFn: () => call('app:get-status', undefined),
    refetchInterval: STATUS_REFETCH_MS
  });
}

/** The app status, kept fresh by polling and by `cache:changed`. */
export function useAppStatus() {
  return useQuery(appStatusQueryOptions());
}
