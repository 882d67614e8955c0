/**
 * The price list's reads and writes (`prices:get`, `prices:save`, `prices:import-csv`).
 * The list reads the `prices` and `usage` scopes (a sync that records a new pack refreshes
 * it); a save changes `prices`, which the usage months read, so they refresh with it.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvokeInput } from '@shared/contract';
import { call } from '../../lib/call';
import { mutationKey, queryKey } from '../../lib/query-keys';

/** Query options for the active profile's price list. */
export function priceListQueryOptions() {
  return queryOptions({
    queryKey: queryKey('prices:get'),
    queryFn: () => call('prices:get', undefined)
  });
}

/** The active profile's price list. */
export function usePriceList() {
  return useQuery(priceListQueryOptions());
}

/** `prices:save`: the currency and the changed entries; the list and its months refresh. */
export function useSavePrices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKey('prices:save'),
    mutationFn: (input: InvokeInput<'prices:save'>) => call('prices:save', input),
    // The list main answered with is the stored one: show it without waiting for a read.
    onSuccess: (list) => queryClient.setQueryData(priceListQueryOptions().queryKey, list)
  });
}

/** `prices:import-csv`: all or nothing; with issues, nothing was saved. */
export function useImportPrices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKey('prices:import-csv'),
    mutationFn: (csv: string) => call('prices:import-csv', { csv }),
    onSuccess: (result) => {
      if (result.issues.length === 0)
        queryClient.setQueryData(priceListQueryOptions().queryKey, result.list);
    }
  });
}
