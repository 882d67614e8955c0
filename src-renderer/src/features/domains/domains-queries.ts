/**
 * The domain reads (`domains:list`, `domains:get`) and the renew action.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { DomainListInput } from '@shared/contract';
import { call } from '../../lib/call';
import { mutationKey, queryKey } from '../../lib/query-keys';

/** Query options for one page of domains (with days left and alert state) and its totals. */
export function domainsQueryOptions(input: DomainListInput) {
  return queryOptions({
    queryKey: queryKey('domains:list', input),
    queryFn: () => call('domains:list', input),
    // The page on screen stays while the next one loads.
    placeholderData: keepPreviousData
  });
}

/** One page of domains, the totals and renewals ahead, plus the reseller's "today". */
export function useDomains(input: DomainListInput) {
  return useQuery(domainsQueryOptions(input));
}

/** Query options for one domain with its alert history. */
export function domainQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKey('domains:get', id),
    queryFn: () => call('domains:get', { id })
  });
}

/** One domain and its alert history. */
export function useDomain(id: string) {
  return useQuery(domainQueryOptions(id));
}

/**
 * Renews a domain. When main hands back the renewal page's address (the web shell cannot
 * open the system browser for us), open it in a new tab without giving it our window.
 */
export function useRenewDomain(shell: 'electron' | 'web' | null) {
  return useMutation({
    mutationKey: mutationKey('domains:renew'),
    mutationFn: (id: string) => call('domains:renew', { id }),
    onSuccess: (result) => {
      if (result.mode === 'page-url' && result.url && shell === 'web') {
        window.open(result.url, '_blank', 'noopener,noreferrer');
      }
    }
  });
}
