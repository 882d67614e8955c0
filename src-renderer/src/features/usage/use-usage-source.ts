/**
 * `usage:get-source`: where a month's hourly images come from (the provider, or Hostdeck's
 * own record for Combell), since when Hostdeck records, its gaps and the packs without a
 * price. It reads the `usage` and `prices` scopes: each recorded sync and each price change
 * refresh it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { queryKey } from '../../lib/query-keys';

/** Query options for one month's source (null = the current local month, chosen by main). */
export function usageSourceQueryOptions(month: string | null) {
  return queryOptions({
    queryKey: queryKey('usage:get-source', month),
    queryFn: () => call('usage:get-source', month === null ? {} : { month })
  });
}

/** The source of `month`'s figures. */
export function useUsageSource(month: string | null) {
  return useQuery(usageSourceQueryOptions(month));
}
