/**
 * Every TanStack Query key starts with the channel its query calls, so `cache:changed` reaches
 * it through the scopes that channel declares it reads (src-shared/contract/cache-scopes.ts;
 * lib/queries/cache-invalidation.ts does the mapping). Only a channel that reads a scope can
 * key a query: one that reads none would never be refreshed.
 */
import type { InvokeChannel } from '@shared/contract';
import type { QueryChannel } from '@shared/contract/cache-scopes';

/** The key of a query on `channel`, e.g. `queryKey('invoices:list', input)`. */
export function queryKey<const C extends QueryChannel, const P extends readonly unknown[]>(
  channel: C,
  ...parts: P
): readonly [C, ...P] {
  return [channel, ...parts];
}

/**
 * The key of a mutation that calls `channel`: on success the query client invalidates what
 * the channel declares it changes (lib/queries/cache-invalidation.ts).
 */
export function mutationKey<const C extends InvokeChannel>(channel: C): readonly [C] {
  return [channel];
}
