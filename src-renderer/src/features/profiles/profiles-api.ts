/**
 * Profiles reads and actions: the list (`profiles:list`) and switch, rename, remove. Every
 * action can change the active profile, so each refreshes the status and the list.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/** Query options for every profile and the active one's id. */
export function profilesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.profiles.key('list'),
    queryFn: () => call('profiles:list', undefined)
  });
}

/** The profiles list. */
export function useProfiles() {
  return useQuery(profilesQueryOptions());
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.status.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all })
    ]);
}

/** `profiles:switch`: makes another profile active (main syncs it). */
export function useSwitchProfile() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) => call('profiles:switch', { id }),
    onSuccess: refresh
  });
}

/** `profiles:rename`. */
export function useRenameProfile() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: { readonly id: string; readonly name: string }) =>
      call('profiles:rename', input),
    onSuccess: refresh
  });
}

/** `profiles:remove`: deletes the profile, its cached data and its stored secret. */
export function useRemoveProfile() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) => call('profiles:remove', { id }),
    onSuccess: refresh
  });
}
