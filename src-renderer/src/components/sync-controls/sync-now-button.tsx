/**
 * The sync button: "Sync now" when idle; while any sync runs (whoever started it) it turns
 * into "Cancel sync". A cancelled sync keeps what it wrote and the next one resumes.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { useCancelSync, useRunSync } from './use-run-sync';

export interface SyncNowButtonProps {
  /** True while a sync runs (status poll or progress events). */
  readonly syncing: boolean;
  readonly className?: string;
}

/** A button that starts an incremental sync of the active profile, or cancels the running one. */
export function SyncNowButton({ syncing, className = 'button' }: SyncNowButtonProps) {
  const run = useRunSync();
  const cancel = useCancelSync();
  const { t } = useTranslation('app');
  const busy = syncing || run.isPending;
  if (busy) {
    return (
      <button
        type="button"
        className={className}
        onClick={() => cancel.mutate()}
        disabled={cancel.isPending}
        data-testid="sync-now"
      >
        {cancel.isPending ? t('sync.cancelling') : t('sync.cancel')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className={className}
      onClick={() => run.mutate()}
      // A failed run is reported by the status bar; the title keeps the call's own error.
      title={run.isError ? t('sync.nowFailed', { reason: errorMessage(run.error) }) : undefined}
      data-testid="sync-now"
    >
      {t('sync.now')}
    </button>
  );
}
