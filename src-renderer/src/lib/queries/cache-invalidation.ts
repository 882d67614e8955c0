/**
 * The one place that turns changed cache scopes into query invalidations. Every query key
 * starts with its channel (lib/query-keys.ts); a changed scope refetches (when on screen) or
 * marks stale the queries of every channel that reads it, and leaves every other query alone.
 *
 * Scopes arrive from main's `cache:changed` (app/use-main-events.ts) and, for the renderer's
 * own calls, from the channel's declared invalidations: the mutation cache below applies them
 * before a mutation's own `onSuccess`, so a screen that moves on after a call (onboarding to
 * the dashboard) sees fresh data even when the web shell's event arrives after the answer.
 */
import { MutationCache, type QueryClient } from '@tanstack/react-query';
import type { InvokeChannel } from '@shared/contract';
import {
  CHANNEL_SCOPES,
  channelsReading,
  invalidatedBy,
  type CacheScope
} from '@shared/contract/cache-scopes';

/** Invalidates the queries of every channel that reads one of `scopes`. */
export function invalidateScopes(
  queryClient: QueryClient,
  scopes: Iterable<CacheScope>
): Promise<void> {
  const channels = channelsReading(scopes);
  if (channels.size === 0) return Promise.resolve();
  return queryClient.invalidateQueries({
    predicate: (query) => channels.has(query.queryKey[0] as InvokeChannel)
  });
}

/** After a call of `channel` made outside a mutation: refreshes what the channel changes. */
export function invalidateAfter(queryClient: QueryClient, channel: InvokeChannel): Promise<void> {
  return invalidateScopes(queryClient, invalidatedBy(channel));
}

function isChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(CHANNEL_SCOPES, name);
}

/**
 * The mutation cache of the app's query client: a successful mutation keyed by its channel
 * (`mutationKey(channel)`) invalidates what that channel declares it changes, and its own
 * callbacks run once that is done.
 */
export function invalidatingMutationCache(): MutationCache {
  return new MutationCache({
    onSuccess: (_data, _variables, _onMutateResult, mutation, { client }) => {
      const channel = mutation.options.mutationKey?.[0];
      return isChannel(channel) ? invalidateAfter(client, channel) : undefined;
    }
  });
}
