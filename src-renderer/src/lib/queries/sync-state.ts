/**
 * Per-entity sync freshness (`sync:get-state`): which entity failed last and why. Under the
 * `status` scope because main announces a finished or failed sync with that scope.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../call';
import { queryKeys } from '../query-keys';

/** Query options for the sync state of the active profile. */
export function syncStateQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.status.key('sync-state'),
    queryFn: () => call('sync:get-state', undefined)
  });
}

/** The sync state of the active profile. */
export function useSyncState() {
  return useQuery(syncStateQueryOptions());
}
