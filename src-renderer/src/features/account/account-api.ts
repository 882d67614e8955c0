/**
 * The dashboard's read: `account:get-summary`, computed by main from the cache.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/**
 * Query options for the account summary. The summary draws on invoices, domains, services
 * and tickets too, while a key can sit in one scope only; keying it by the last sync time
 * refetches it after every sync whichever scopes changed.
 */
export function accountSummaryQueryOptions(lastSyncAt: string | null | undefined) {
  return queryOptions({
    queryKey: queryKeys.account.key('summary', lastSyncAt ?? null),
    // Until the status is known the key would change right after: wait for it.
    enabled: lastSyncAt !== undefined,
    queryFn: () => call('account:get-summary', undefined),
    // A new sync time is a new key: keep showing the old figures instead of a spinner.
    placeholderData: keepPreviousData
  });
}

/** The account summary for the dashboard. */
export function useAccountSummary(lastSyncAt: string | null | undefined) {
  return useQuery(accountSummaryQueryOptions(lastSyncAt));
}
