/**
 * "Sync now" (`sync:run-now`, incremental). The report is not kept: progress arrives as
 * events and the refreshed status and scopes carry the outcome.
 */
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { mutationKey } from '../../lib/query-keys';

/** The run-now mutation; main announces what the sync changed, the status included. */
export function useRunSync() {
  return useMutation({
    mutationKey: mutationKey('sync:run-now'),
    mutationFn: () => call('sync:run-now', { mode: 'incremental' })
  });
}

/** Cancels the running sync (`sync:cancel`); the status refresh shows it stopped. */
export function useCancelSync() {
  return useMutation({
    mutationKey: mutationKey('sync:cancel'),
    mutationFn: () => call('sync:cancel', undefined)
  });
}
