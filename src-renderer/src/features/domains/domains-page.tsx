/**
 * Domains and their expiry alerts. For now an empty state pointing at Settings.
 */
import { EmptyState } from '../../components/empty-state';
import { navigate } from '../../lib/router';

/** The Domains page (route `domains`). */
export function DomainsPage() {
  return (
    <div data-page="domains">
      <EmptyState
        title="No domains yet"
        action={{ label: 'Open Settings', onClick: () => navigate('settings') }}
      >
        <p>
          Connect your provider in Settings, or use the demo provider. Domains close to expiry will
          be listed here, and Hostdeck will alert you at the thresholds you choose in Settings.
        </p>
      </EmptyState>
    </div>
  );
}
