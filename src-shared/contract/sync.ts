/**
 * Sync channels: run now, cancel, and per-entity freshness for "what failed and when the
 * data was last fresh".
 */
import { z } from 'zod';
import { defineInvoke } from './define';

export const entitySyncStateSchema = z.object({
  entity: z.string(),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  lastError: z.object({ kind: z.string(), message: z.string() }).nullable(),
  /** True when an interrupted run will resume from a stored cursor. */
  resumable: z.boolean()
});

export const syncReportSchema = z.object({
  ok: z.boolean(),
  cancelled: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string(),
  entities: z.array(
    z.object({
      entity: z.string(),
      ok: z.boolean(),
      written: z.number().int(),
      error: z.object({ kind: z.string(), message: z.string() }).optional()
    })
  )
});

export const syncInvokes = {
  'sync:run-now': defineInvoke(
    'Syncs the active profile now (incremental unless full is asked) and returns the report.',
    z
      .object({ mode: z.enum(['full', 'incremental']).default('incremental') })
      .default({ mode: 'incremental' }),
    syncReportSchema
  ),
  'sync:cancel': defineInvoke(
    'Cancels the running sync; the next one resumes.',
    z.undefined(),
    z.object({ cancelled: z.boolean() })
  ),
  'sync:get-state': defineInvoke(
    'Per-entity freshness and last error.',
    z.undefined(),
    z.object({ entities: z.array(entitySyncStateSchema) })
  )
} as const;
