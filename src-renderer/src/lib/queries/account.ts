/**
 * The dashboard's read: `account:get-summary`, computed by main from the cache. The summary
 * draws on the account, invoices, domains, services and tickets; its channel reads those
 * scopes and `status`, so every finished sync refreshes it whichever lists changed. Lives in
 * lib because the settings page needs the account's currency as well as the dashboard.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../call';
import { queryKey } from '../query-keys';

/** Query options for the account summary. */
export function accountSummaryQueryOptions() {
  return queryOptions({
    queryKey: queryKey('account:get-summary'),
    queryFn: () => call('account:get-summary', undefined)
  });
}

/** The account summary for the dashboard. */
export function useAccountSummary() {
  return useQuery(accountSummaryQueryOptions());
}
