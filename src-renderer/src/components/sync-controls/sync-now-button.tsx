/**
 * The "Sync now" button: disabled (and saying so) while any sync runs, whoever started it.
 */
import { errorMessage } from '../../lib/call';
import { useRunSync } from './use-run-sync';

export interface SyncNowButtonProps {
  /** True while a sync runs (status poll or progress events). */
  readonly syncing: boolean;
  readonly className?: string;
}

/** A button that starts an incremental sync of the active profile. */
export function SyncNowButton({ syncing, className = 'button' }: SyncNowButtonProps) {
  const run = useRunSync();
  const busy = syncing || run.isPending;
  return (
    <button
      type="button"
      className={className}
      onClick={() => run.mutate()}
      disabled={busy}
      // A failed run is reported by the status bar; the title keeps the call's own error.
      title={run.isError ? `The last "Sync now" failed: ${errorMessage(run.error)}` : undefined}
      data-testid="sync-now"
    >
      {busy ? 'Syncing…' : 'Sync now'}
    </button>
  );
}
