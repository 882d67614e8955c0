/**
 * Profiles reads and actions: the list (`profiles:list`) and switch, rename, remove. Each
 * action's channel declares what it changes (a switch or a removal: every profile's data),
 * and the query client refreshes that once the call succeeded.
 */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { mutationKey, queryKey } from '../../lib/query-keys';

/** Query options for every profile and the active one's id. */
export function profilesQueryOptions() {
  return queryOptions({
    queryKey: queryKey('profiles:list'),
    queryFn: () => call('profiles:list', undefined)
  });
}

/** The profiles list. */
export function useProfiles() {
  return useQuery(profilesQueryOptions());
}

/** `profiles:switch`: makes another profile active (main syncs it). */
export function useSwitchProfile() {
  return useMutation({
    mutationKey: mutationKey('profiles:switch'),
    mutationFn: (id: string) => call('profiles:switch', { id })
  });
}

/** `profiles:rename`. */
export function useRenameProfile() {
  return useMutation({
    mutationKey: mutationKey('profiles:rename'),
    mutationFn: (input: { readonly id: string; readonly name: string }) =>
      call('profiles:rename', input)
  });
}

/** `profiles:remove`: deletes the profile, its cached data and its stored secret. */
export function useRemoveProfile() {
  return useMutation({
    mutationKey: mutationKey('profiles:remove'),
    mutationFn: (id: string) => call('profiles:remove', { id })
  });
}
