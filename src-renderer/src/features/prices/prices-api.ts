/**
 * The price list's reads and writes (`prices:get`, `prices:save`, `prices:import-csv`).
 * The list lives under the `usage` scope: a sync that records a new pack and every save
 * (main emits `cache:changed` ['usage']) refresh it with the month it prices.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvokeInput, PriceListView } from '@shared/contract';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/** Query options for the active profile's price list. */
export function priceListQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.usage.key('prices'),
    queryFn: () => call('prices:get', undefined)
  });
}

/** The active profile's price list. */
export function usePriceList() {
  return useQuery(priceListQueryOptions());
}

/** Puts the list main answered with in the cache, and refreshes what it prices. */
function useStoreList() {
  const queryClient = useQueryClient();
  return async (list: PriceListView): Promise<void> => {
    queryClient.setQueryData(priceListQueryOptions().queryKey, list);
    await queryClient.invalidateQueries({
      queryKey: queryKeys.usage.all,
      predicate: (query) => query.queryKey[1] !== 'prices'
    });
  };
}

/** `prices:save`: the currency and the changed entries. */
export function useSavePrices() {
  const store = useStoreList();
  return useMutation({
    mutationFn: (input: InvokeInput<'prices:save'>) => call('prices:save', input),
    onSuccess: store
  });
}

/** `prices:import-csv`: all or nothing; with issues, nothing was saved. */
export function useImportPrices() {
  const store = useStoreList();
  return useMutation({
    mutationFn: (csv: string) => call('prices:import-csv', { csv }),
    onSuccess: async (result) => {
      if (result.issues.length === 0) await store(result.list);
    }
  });
}
