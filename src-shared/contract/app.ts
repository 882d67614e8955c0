/**
 * Application-level channels and events: status, sync progress, cache invalidation.
 */
import { z } from 'zod';
import { providerCapabilitiesSchema } from '../model/capabilities';
import { targetSchema } from '../model/target';
import { ERROR_KINDS } from '../result';
import { CACHE_SCOPES } from './cache-scope-names';
import { defineEvent, defineInvoke } from './define';
import { profileKindSchema } from './profiles';

export const profileRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: profileKindSchema
});

export const appStatusSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  dataDir: z.string(),
  logDir: z.string(),
  profile: profileRefSchema.nullable(),
  /** ISO instant of the last completed sync, or null if never synced. */
  lastSyncAt: z.string().nullable(),
  /** False when the provider cannot be reached (circuit open or network down). */
  online: z.boolean(),
  syncing: z.boolean(),
  /** Where secrets are kept, e.g. "OS keychain" or "this session only". */
  secretStorage: z.string(),
  /** Set when the cache was rebuilt at start-up (corrupt or from a newer version). */
  cacheNotice: z.string().nullable(),
  /**
   * What the active profile's provider can serve (hide what it cannot: Combell has no
   * invoices, credit, transactions or tickets); null while not known yet (a WHMCS profile
   * before its first connection), then show everything.
   */
  capabilities: providerCapabilitiesSchema.nullable(),
  /**
   * The OS's preferred languages as main sees them (Electron: the system's list; web shell and
   * CLI: the environment's LANG), most preferred first. The Language setting 'system' resolves
   * against them in main; the web shell's page uses its browser's languages instead.
   */
  systemLanguages: z.array(z.string())
});
export type AppStatus = z.output<typeof appStatusSchema>;

/** The scopes a `cache:changed` event can name (cache-scopes.ts declares each channel's). */
export const cacheScopeSchema = z.enum(CACHE_SCOPES);

export const syncProgressSchema = z.object({
  phase: z.enum(['started', 'entity', 'finished', 'failed', 'cancelled']),
  entity: z.string().nullable(),
  /** Items written so far in this entity. */
  done: z.number().int().min(0),
  /** Total items for this entity when the provider says, else null. */
  total: z.number().int().min(0).nullable(),
  /** Overall fraction 0..1 across all entities. */
  fraction: z.number().min(0).max(1),
  /** English detail (logs); the screen words a failure from `errorKind`. */
  message: z.string().nullable(),
  /** Failed runs: why, as an error kind the screen writes in the chosen language. */
  errorKind: z.enum(ERROR_KINDS).nullable().optional()
});
export type SyncProgress = z.output<typeof syncProgressSchema>;

export const appInvokes = {
  'app:get-status': defineInvoke(
    'Version, shell, data dir, active profile, last sync, online state.',
    z.undefined(),
    appStatusSchema
  ),
  'app:open-external': defineInvoke(
    'Opens an https or mailto link in the system browser, after vetting it in main.',
    z.object({ url: z.string().max(2048) }),
    z.object({ opened: z.boolean() })
  )
} as const;

export const appEvents = {
  'sync:progress': defineEvent(
    'Progress of the running sync, for the status bar.',
    syncProgressSchema
  ),
  'cache:changed': defineEvent(
    'Cached data changed; the renderer invalidates these scopes.',
    z.object({ scopes: z.array(cacheScopeSchema) })
  ),
  'app:navigate': defineEvent(
    'Main asks the renderer to show an item or a place (tray menu, notification click, app menu).',
    z.object({ target: targetSchema })
  )
} as const;
