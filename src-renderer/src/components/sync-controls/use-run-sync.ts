/**
 * "Sync now" (`sync:run-now`, incremental). The report is not kept: progress arrives as
 * events and the refreshed status and scopes carry the outcome.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/** The run-now mutation; refreshes the status (last sync, failures) when it ends either way. */
export function useRunSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('sync:run-now', { mode: 'incremental' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.status.all })
  });
}

/** Cancels the running sync (`sync:cancel`); the status refresh shows it stopped. */
export function useCancelSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('sync:cancel', undefined),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.status.all })
  });
}
