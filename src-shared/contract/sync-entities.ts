/**
 * What a sync reads, in the order it reads it. Zod-free, so the status bar can name the
 * entities without loading the contract. Each entity's facts (model, cache scope, capability,
 * indexed and export columns) are in core's entity table (src-main/core/cache/entity-table.ts),
 * keyed by these names.
 */
export const SYNC_ENTITIES = [
  'account',
  'departments',
  'services',
  'domains',
  'invoices',
  'transactions',
  'credits',
  'tickets',
  'usage',
  // Details after every list: they never hold the lists back.
  'invoice-details'
] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];
