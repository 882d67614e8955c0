/**
 * Per-entity sync freshness (`sync:get-state`): which entity failed last and why. It reads
 * the `status` scope, with which main announces a finished or failed sync.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../call';
import { queryKey } from '../query-keys';

/** Query options for the sync state of the active profile. */
export function syncStateQueryOptions() {
  return queryOptions({
    queryKey: queryKey('sync:get-state'),
    queryFn: () => call('sync:get-state', undefined)
  });
}

/** The sync state of the active profile. */
export function useSyncState() {
  return useQuery(syncStateQueryOptions());
}
