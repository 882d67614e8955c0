/**
 * The services reads (`services:list`, `services:get`) and "Log in to control panel"
 * (`services:login-url`, opened through the vetted external-link path). The reads read the
 * 'services' scope, which the sync invalidates.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InvokeInput } from '@shared/contract';
import { call } from '../../lib/call';
import { openExternal } from '../../lib/open-external';
import { queryKey } from '../../lib/query-keys';

/** One page of the cached services matching `input`. */
export function useServices(input: InvokeInput<'services:list'>) {
  return useQuery({
    queryKey: queryKey('services:list', input),
    queryFn: () => call('services:list', input),
    placeholderData: keepPreviousData
  });
}

/** One service, and whether the provider offers a control-panel login for it. */
export function useService(id: string) {
  return useQuery({
    queryKey: queryKey('services:get', id),
    queryFn: () => call('services:get', { id })
  });
}

/** Asks main for a one-time login link and opens it in the browser. */
export function useControlPanelLogin() {
  return useMutation({
    mutationFn: async (id: string) => {
      const { url } = await call('services:login-url', { id });
      await openExternal(url);
    }
  });
}
