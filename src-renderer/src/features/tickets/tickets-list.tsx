/**
 * The ticket list (route `tickets`): filter bar, count and table, with the empty states that
 * tell "nothing synced yet" apart from "nothing matches these filters".
 */
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { TicketsFilters } from './tickets-filters';
import { hasActiveFilters, toListInput } from './tickets-lib';
import { useTickets } from './tickets-queries';
import { TicketsTable } from './tickets-table';
import { useNow } from './use-now';
import { useTicketsViewStore } from './tickets-view-store';

/** The list view of the Tickets page. */
export function TicketsList() {
  const filters = useTicketsViewStore((state) => state.filters);
  const setFilter = useTicketsViewStore((state) => state.setFilter);
  const clearFilters = useTicketsViewStore((state) => state.clearFilters);
  const tickets = useTickets(toListInput(filters));
  const settings = useSettings();
  const now = useNow(60_000);

  if (tickets.isPending) return <QueryLoading page="tickets" what="tickets" />;
  if (tickets.isError) {
    if (tickets.error instanceof BridgeError && tickets.error.kind === 'not-found') {
      return (
        <div data-page="tickets" data-view-state="ready">
          <EmptyState
            title="No provider connected"
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
    return (
      <QueryFailure
        page="tickets"
        what="Tickets"
        error={tickets.error}
        onRetry={() => void tickets.refetch()}
      />
    );
  }

  const { tickets: rows, total, cachedCount } = tickets.data;
  if (cachedCount === 0) {
    return (
      <div data-page="tickets" data-view-state="ready">
        <EmptyState title="No tickets cached yet">
          <p>
            Hostdeck shows the support tickets it has synced from your provider, so they stay
            readable offline. None have been synced yet: use <strong>Sync now</strong> in the status
            bar, or wait for the next automatic sync.
          </p>
        </EmptyState>
      </div>
    );
  }

  const filtered = hasActiveFilters(filters);
  return (
    <div
      data-page="tickets"
      // While a new filter's answer is on its way the old rows stay, marked as refreshing.
      data-view-state={tickets.isPlaceholderData ? 'loading' : 'ready'}
      className="tickets"
    >
      <section className="card tickets__list" aria-label="Tickets">
        <TicketsFilters showClear={total > 0} />
        <p className="muted tickets__count" role="status" data-testid="tickets-count">
          {countLine(rows.length, total, cachedCount)}
        </p>
        {total === 0 ? (
          filtered ? (
            <EmptyState
              title="No tickets match these filters"
              action={{ label: 'Clear filters', onClick: clearFilters }}
            >
              <p>Try another keyword or a wider date range, or clear the filters.</p>
            </EmptyState>
          ) : (
            <EmptyState
              title="No active tickets"
              action={{ label: 'Show all tickets', onClick: () => setFilter('status', 'all') }}
            >
              <p>Every cached ticket is closed.</p>
            </EmptyState>
          )
        ) : (
          <TicketsTable tickets={rows} now={now} timeZone={settings.data?.timeZone} />
        )}
      </section>
    </div>
  );
}

function countLine(shown: number, total: number, cached: number): string {
  if (shown < total)
    return `Showing the ${shown} most recent of ${total} matching tickets — narrow the filters to see the rest.`;
  if (total === cached) return `${total} ticket${total === 1 ? '' : 's'}`;
  return `${total} of ${cached} tickets`;
}
