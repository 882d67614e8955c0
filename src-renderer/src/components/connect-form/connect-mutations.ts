/**
 * The connect form's two calls: test a connection (nothing saved) and create the profile
 * (saved, secret to the keychain, made active). Creating refreshes what a profile switch
 * changes (the channel declares it).
 */
import { useMutation } from '@tanstack/react-query';
import type { ProviderConnection } from '@shared/contract';
import { call } from '../../lib/call';
import { mutationKey } from '../../lib/query-keys';

/** `profiles:test-connection` as a mutation: it is an action the user starts, not a read. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (connection: ProviderConnection) => call('profiles:test-connection', connection)
  });
}

/** `profiles:create`; on success the new profile is active, so status and profiles change. */
export function useCreateProfile() {
  return useMutation({
    mutationKey: mutationKey('profiles:create'),
    mutationFn: (input: { readonly name: string; readonly connection: ProviderConnection }) =>
      call('profiles:create', input)
  });
}
