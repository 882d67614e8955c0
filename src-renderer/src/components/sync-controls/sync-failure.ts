/**
 * Which failure the status bar should report, from the live progress event or, after a
 * reload, from the stored per-entity sync state, worded from the error's kind in the chosen
 * language (the status bar re-renders on a language switch through its own useTranslation).
 */
import type { InvokeOutput, SyncProgress } from '@shared/contract';
import { errorReason } from '@shared/i18n/error-text';
import { i18n } from '../../lib/i18n';

type SyncState = InvokeOutput<'sync:get-state'>;

const reason = (error: { readonly kind: string; readonly message: string }): string =>
  errorReason(i18n.getFixedT(null, 'errors'), error);

/**
 * Why the last sync failed, or null when the last run did not fail. A live event wins; a
 * stored error counts only if no success came after the attempt that failed.
 */
export function lastSyncFailure(
  progress: SyncProgress | null,
  state: SyncState | undefined
): string | null {
  if (progress) {
    if (progress.phase !== 'failed') return null;
    if (progress.errorKind)
      return reason({ kind: progress.errorKind, message: progress.message ?? '' });
    // '' when the run failed without a message: the status bar says so in its language.
    return progress.message ?? '';
  }
  for (const entity of state?.entities ?? []) {
    if (!entity.lastError) continue;
    const failedAt = entity.lastAttemptAt ? Date.parse(entity.lastAttemptAt) : 0;
    const succeededAt = entity.lastSuccessAt ? Date.parse(entity.lastSuccessAt) : -1;
    if (failedAt > succeededAt) return reason(entity.lastError);
  }
  return null;
}
