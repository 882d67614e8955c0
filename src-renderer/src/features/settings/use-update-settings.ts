/**
 * The `settings:update` mutation.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsUpdate } from '@shared/contract';
import { call } from '../../lib/call';
import { settingsQueryOptions } from '../../lib/queries/settings';
import { mutationKey } from '../../lib/query-keys';

/** Saves a partial update; the stored settings main returns replace the cached ones. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    // Whatever reads the settings (time zones, thresholds) refreshes once they are stored.
    mutationKey: mutationKey('settings:update'),
    mutationFn: (update: SettingsUpdate) => call('settings:update', update),
    onSuccess: (stored) => queryClient.setQueryData(settingsQueryOptions().queryKey, stored)
  });
}
