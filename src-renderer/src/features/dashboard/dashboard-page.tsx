/**
 * The billing dashboard. For now an empty state pointing at Settings.
 */
import { EmptyState } from '../../components/empty-state';
import { navigate } from '../../lib/router';

/** The Dashboard page (route `dashboard`). */
export function DashboardPage() {
  return (
    <div data-page="dashboard">
      <EmptyState
        title="No billing data yet"
        action={{ label: 'Open Settings', onClick: () => navigate('settings') }}
      >
        <p>
          Connect your provider in Settings, or use the demo provider. Your balance, open invoices
          and this month&apos;s costs will appear here after the first sync.
        </p>
      </EmptyState>
    </div>
  );
}
