/**
 * "Try the demo provider": creates (or re-activates) the built-in demo profile. Main starts
 * its first sync; the refreshed status then has a profile and the app leaves onboarding.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { queryKeys } from '../../lib/query-keys';

/** The `profiles:use-demo` mutation. */
export function useDemoProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('profiles:use-demo', undefined),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.status.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all })
      ]);
    }
  });
}
