/**
 * The closed list of cache scopes, on its own so the contract's schemas can name them without
 * importing the per-channel table (cache-scopes.ts), which is typed over the contract's
 * channels: the contract and that table would otherwise import each other.
 */
/** Every cache scope: the closed list `cache:changed` may name. */
export const CACHE_SCOPES = [
  /** Connection, the running sync and its per-entity state, the last sync time. */
  'status',
  'settings',
  'profiles',
  'account',
  /** Invoices with their details and PDFs, transactions and credits (the statement). */
  'invoices',
  'services',
  'domains',
  /** Usage snapshots, Hostdeck's own hourly record and the computed months. */
  'usage',
  /** The active profile's price list. */
  'prices',
  /** The stored alert pass, snoozes and acknowledgements. */
  'alerts',
  /** Tickets, their threads, read state and the support departments. */
  'tickets',
  /** Ticket actions waiting to be sent, failed or recently sent. */
  'outbox'
] as const;
export type CacheScope = (typeof CACHE_SCOPES)[number];
