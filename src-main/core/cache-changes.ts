/**
 * The one place where a call's cache changes are announced: after a successful call, one
 * `cache:changed` names the scopes its channel declares under `invalidates`
 * (src-shared/contract/cache-scopes.ts). Handlers do not announce their own writes; what
 * changes outside a call (a sync, the outbox sender, the PDF downloader, an alert crossing)
 * announces itself, and so does a read that writes on the way (opening a thread marks it read).
 */
import type { ContractHandlers, InvokeChannel } from '@shared/contract';
import { invalidatedBy } from '@shared/contract/cache-scopes';
import type { EventSink } from './ports';

type AnyHandler = (input: never) => Promise<unknown>;

/** The handlers, each announcing its channel's declared invalidations when it succeeds. */
export function announcingCacheChanges(
  handlers: ContractHandlers,
  events: EventSink
): ContractHandlers {
  const wrapped: Partial<Record<InvokeChannel, AnyHandler>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, AnyHandler][]) {
    const scopes = invalidatedBy(channel);
    wrapped[channel] =
      scopes.length === 0
        ? handler
        : async (input) => {
            const value = await handler(input);
            events.emit('cache:changed', { scopes: [...scopes] });
            return value;
          };
  }
  return wrapped as ContractHandlers;
}
