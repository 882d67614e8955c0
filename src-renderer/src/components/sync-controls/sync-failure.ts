/**
 * Which failure the status bar should report, from the live progress event or, after a
 * reload, from the stored per-entity sync state. Pure.
 */
import type { InvokeOutput, SyncProgress } from '../../../../src-shared/contract';

type SyncState = InvokeOutput<'sync:get-state'>;

/**
 * The message of the last failed sync, or null when the last run did not fail. A live
 * event wins; a stored error counts only if no success came after the attempt that failed.
 */
export function lastSyncFailure(
  progress: SyncProgress | null,
  state: SyncState | undefined
): string | null {
  if (progress) {
    if (progress.phase !== 'failed') return null;
    // '' when the run failed without a message: the status bar says so in its language.
    return progress.message ?? '';
  }
  for (const entity of state?.entities ?? []) {
    if (!entity.lastError) continue;
    const failedAt = entity.lastAttemptAt ? Date.parse(entity.lastAttemptAt) : 0;
    const succeededAt = entity.lastSuccessAt ? Date.parse(entity.lastSuccessAt) : -1;
    if (failedAt > succeededAt) return entity.lastError.message || entity.lastError.kind;
  }
  return null;
}
