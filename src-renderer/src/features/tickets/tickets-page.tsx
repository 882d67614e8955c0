/**
 * The support-ticket inbox. For now an empty state pointing at Settings.
 */
import { EmptyState } from '../../components/empty-state';
import { navigate } from '../../lib/router';

/** The Tickets page (route `tickets`). */
export function TicketsPage() {
  return (
    <div data-page="tickets">
      <EmptyState
        title="No tickets yet"
        action={{ label: 'Open Settings', onClick: () => navigate('settings') }}
      >
        <p>
          Connect your provider in Settings, or use the demo provider. Your support tickets and
          staff replies will appear here after the first sync.
        </p>
      </EmptyState>
    </div>
  );
}
