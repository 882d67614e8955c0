/**
 * The one place that listens to main's events: cache invalidation, navigation requests and
 * sync progress. Mounted once by the app frame.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { HostdeckBridge } from '../../../src-shared/contract';
import { queryKeys } from '../lib/query-keys';
import { navigate } from '../lib/router';
import { useSyncProgressStore } from './sync-progress-store';

/** Subscribes to `cache:changed`, `app:navigate` and `sync:progress` for the app's lifetime. */
export function useMainEvents(bridge: HostdeckBridge): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = [
      bridge.on('cache:changed', ({ scopes }) => {
        for (const scope of new Set(scopes)) {
          void queryClient.invalidateQueries({ queryKey: queryKeys[scope].all });
        }
      }),
      bridge.on('app:navigate', ({ route }) => navigate(route)),
      bridge.on('sync:progress', (progress) =>
        useSyncProgressStore.getState().setProgress(progress)
      )
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [bridge, queryClient]);
}
