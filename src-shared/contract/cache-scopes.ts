/**
 * What each channel reads from the cache and what it changes, declared once per channel.
 *
 * A cache scope names one kind of cached data. Main announces changed scopes with
 * `cache:changed`: after a sync, the scopes of the entities that changed; after a call, the
 * scopes its channel declares under `invalidates`. The renderer keys every query by its
 * channel name and refetches each query whose channel `reads` a changed scope.
 *
 * Plain data without zod, so the renderer's first paint can carry it.
 */
import { CACHE_SCOPES, type CacheScope } from './cache-scope-names';
import type { InvokeChannel } from './index';

export { CACHE_SCOPES, type CacheScope };
export interface ChannelScopes {
  /** The scopes whose change makes this channel's answer stale. */
  readonly reads: readonly CacheScope[];
  /** The scopes a successful call changes; main announces them after the call. */
  readonly invalidates: readonly CacheScope[];
}

/** A call that reads nothing cached and changes nothing (links, connection tests). */
const NONE = { reads: [], invalidates: [] } as const;

/** A profile switch replaces every scope's data but the settings. */
const PROFILE_DATA = CACHE_SCOPES.filter(
  (scope): scope is Exclude<CacheScope, 'settings'> => scope !== 'settings'
);

/** The month's figures: snapshots priced with the price list, days in the set time zone. */
const USAGE_READS = ['usage', 'prices', 'settings'] as const;
/** Invoices and the statement: "today" and local dates follow the time-zone setting. */
const BILLING_READS = ['invoices', 'settings'] as const;
/** Domain rows carry their alert state; days left follow the time-zone setting. */
const DOMAIN_READS = ['domains', 'alerts', 'settings'] as const;
/** The alert pass is read with the current thresholds against the cached items. */
const ALERT_READS = ['alerts', 'domains', 'tickets', 'invoices', 'settings'] as const;
/** Ticket rows and threads show what still waits in the outbox. */
const TICKET_READS = ['tickets', 'outbox', 'settings'] as const;

/**
 * Every invoke channel's scopes. A channel missing here (or one that is not a channel)
 * fails the type check, so a new channel cannot forget to say what it reads and changes.
 */
export const CHANNEL_SCOPES = {
  'app:get-status': { reads: ['status', 'profiles'], invalidates: [] },
  'app:open-external': NONE,

  'settings:get': { reads: ['settings'], invalidates: [] },
  'settings:update': { reads: [], invalidates: ['settings'] },

  'profiles:list': { reads: ['profiles'], invalidates: [] },
  'profiles:test-connection': NONE,
  'profiles:create': { reads: [], invalidates: PROFILE_DATA },
  'profiles:use-demo': { reads: [], invalidates: PROFILE_DATA },
  'profiles:use-combell-demo': { reads: [], invalidates: PROFILE_DATA },
  'profiles:switch': { reads: [], invalidates: PROFILE_DATA },
  'profiles:rename': { reads: [], invalidates: ['profiles'] },
  // Removing the active profile leaves none active.
  'profiles:remove': { reads: [], invalidates: PROFILE_DATA },

  // The sync itself announces the entities that changed; the call changes the sync state.
  'sync:run-now': { reads: [], invalidates: ['status'] },
  'sync:cancel': { reads: [], invalidates: ['status'] },
  'sync:get-state': { reads: ['status'], invalidates: [] },

  // The dashboard draws on most lists; `status` refetches it after every sync.
  'account:get-summary': {
    reads: ['account', 'invoices', 'services', 'domains', 'tickets', 'status', 'settings'],
    invalidates: []
  },

  'usage:get-month': { reads: USAGE_READS, invalidates: [] },
  'usage:list-rows': { reads: USAGE_READS, invalidates: [] },
  'usage:export-csv': { reads: USAGE_READS, invalidates: [] },
  'usage:get-source': { reads: USAGE_READS, invalidates: [] },

  // The list is pre-filled with every service pack and add-on recorded.
  'prices:get': { reads: ['prices', 'usage'], invalidates: [] },
  'prices:save': { reads: [], invalidates: ['prices'] },
  'prices:import-csv': { reads: [], invalidates: ['prices'] },

  'domains:list': { reads: DOMAIN_READS, invalidates: [] },
  'domains:get': { reads: DOMAIN_READS, invalidates: [] },
  'domains:renew': { reads: [], invalidates: ['domains', 'alerts'] },
  'domains:set-auto-renew': { reads: [], invalidates: ['domains', 'alerts'] },

  'alerts:list': { reads: ALERT_READS, invalidates: [] },
  'alerts:summary': { reads: ALERT_READS, invalidates: [] },
  'alerts:snooze': { reads: [], invalidates: ['alerts'] },
  'alerts:acknowledge': { reads: [], invalidates: ['alerts'] },

  // Reading a thread marks it read: core announces `tickets` and `alerts` when that changed
  // anything (an unconditional announcement would refetch the thread that caused it).
  'tickets:list': { reads: TICKET_READS, invalidates: [] },
  'tickets:get': { reads: TICKET_READS, invalidates: [] },
  'tickets:list-departments': { reads: ['tickets'], invalidates: [] },
  // Stored in the outbox, then sent at once: a sent item refreshes its ticket.
  'tickets:reply': { reads: [], invalidates: ['outbox', 'tickets'] },
  'tickets:open': { reads: [], invalidates: ['outbox', 'tickets'] },
  'tickets:close': { reads: [], invalidates: ['outbox', 'tickets'] },

  'outbox:list': { reads: ['outbox'], invalidates: [] },
  'outbox:send': { reads: [], invalidates: ['outbox', 'tickets'] },
  'outbox:retry': { reads: [], invalidates: ['outbox', 'tickets'] },
  'outbox:discard': { reads: [], invalidates: ['outbox'] },

  'invoices:list': { reads: BILLING_READS, invalidates: [] },
  'invoices:get': { reads: BILLING_READS, invalidates: [] },
  // A PDF fetched on the way is announced by the PDF downloader, not by the read.
  'invoices:get-pdf': { reads: ['invoices'], invalidates: [] },
  'invoices:save-pdf': { reads: ['invoices'], invalidates: [] },
  'invoices:pay-url': NONE,
  'invoices:get-pdf-status': { reads: BILLING_READS, invalidates: [] },
  'invoices:export-bundle': { reads: BILLING_READS, invalidates: [] },
  'statement:get': { reads: BILLING_READS, invalidates: [] },
  'statement:export-csv': { reads: BILLING_READS, invalidates: [] },

  'services:list': { reads: ['services'], invalidates: [] },
  'services:get': { reads: ['services'], invalidates: [] },
  'services:login-url': NONE
} as const satisfies { readonly [C in InvokeChannel]: ChannelScopes };

/** A channel whose answer can be cached: it reads at least one scope. */
export type QueryChannel = {
  [C in InvokeChannel]: (typeof CHANNEL_SCOPES)[C]['reads'] extends readonly [] ? never : C;
}[InvokeChannel];

/** The scopes a successful call of `channel` changes. */
export function invalidatedBy(channel: InvokeChannel): readonly CacheScope[] {
  return CHANNEL_SCOPES[channel].invalidates;
}

/** Every channel that reads at least one of `scopes`. */
export function channelsReading(scopes: Iterable<CacheScope>): Set<InvokeChannel> {
  const changed = new Set(scopes);
  const channels = new Set<InvokeChannel>();
  for (const [channel, declared] of Object.entries(CHANNEL_SCOPES) as [
    InvokeChannel,
    ChannelScopes
  ][])
    if (declared.reads.some((scope) => changed.has(scope))) channels.add(channel);
  return channels;
}
