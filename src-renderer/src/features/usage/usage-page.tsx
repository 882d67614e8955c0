/**
 * The pay-as-you-use breakdown. For now an empty state pointing at Settings.
 */
import { EmptyState } from '../../components/empty-state';
import { navigate } from '../../lib/router';

/** The Usage page (route `usage`). */
export function UsagePage() {
  return (
    <div data-page="usage">
      <EmptyState
        title="No usage data yet"
        action={{ label: 'Open Settings', onClick: () => navigate('settings') }}
      >
        <p>
          Connect your provider in Settings, or use the demo provider. The daily pay-as-you-use
          breakdown and the month&apos;s estimate will appear here after the first sync.
        </p>
      </EmptyState>
    </div>
  );
}
