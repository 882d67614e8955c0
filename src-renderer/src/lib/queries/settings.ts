/**
 * The settings read (`settings:get`). Lives in lib because the app frame needs the theme
 * and time zone as well as the settings page.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../call';
import { queryKey } from '../query-keys';

/** Query options for the stored settings (defaults filled in by main). */
export function settingsQueryOptions() {
  return queryOptions({
    queryKey: queryKey('settings:get'),
    queryFn: () => call('settings:get', undefined)
  });
}

/** The stored settings. */
export function useSettings() {
  return useQuery(settingsQueryOptions());
}
