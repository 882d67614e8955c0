/**
 * The ticket list (route `tickets`): "New ticket" with its form, new tickets not yet sent,
 * the filter bar, one sorted page of the table with a pager, and the empty states that tell
 * "nothing synced yet" apart from "nothing matches these filters".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { OpenTicketForm, type OpenTicketOutcome } from './open-ticket-form';
import { ticketColumns, ticketsCaption } from './ticket-columns';
import { TicketsFilters } from './tickets-filters';
import {
  PAGE_SIZE,
  TICKETS_VIEW,
  countLine,
  hasActiveFilters,
  pageCount,
  ticketPath,
  toListInput
} from './tickets-lib';
import { useTickets } from './tickets-queries';
import { UnsentTickets } from './unsent-tickets';
import { useNow } from './use-now';

/** The list view of the Tickets page. */
export function TicketsList() {
  const view = useListView(TICKETS_VIEW);
  const { filters, order, page } = view;
  const tickets = useTickets(toListInput(filters, order, page));
  const settings = useSettings();
  const now = useNow(60_000);
  const timeZone = settings.data?.timeZone;
  const columns = useMemo(() => ticketColumns(now, timeZone), [now, timeZone]);
  const [formOpen, setFormOpen] = useState(false);
  const [outcome, setOutcome] = useState<OpenTicketOutcome | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  // Set when the form closes without leaving the page: focus goes back to "New ticket" once
  // the form has gone and the button is enabled again (an effect runs after that commit).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (formOpen || !returnFocus.current) return;
    returnFocus.current = false;
    newButton.current?.focus();
  }, [formOpen]);

  if (tickets.isPending) return <QueryLoading page="tickets" what="tickets" />;
  if (tickets.isError) {
    if (tickets.error instanceof BridgeError && tickets.error.kind === 'not-found') {
      return (
        <div data-page="tickets" data-view-state="empty">
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

  const closeForm = (result: OpenTicketOutcome | null): void => {
    setFormOpen(false);
    setOutcome(result);
    if (result?.kind === 'sent' && result.ticketId) {
      navigate(`tickets/${encodeURIComponent(result.ticketId)}`);
      return;
    }
    returnFocus.current = true;
  };

  const { tickets: rows, total, cachedCount } = tickets.data;
  const head = (
    <div className="tickets__head">
      <button
        ref={newButton}
        type="button"
        className="button button--primary"
        aria-expanded={formOpen}
        disabled={formOpen}
        onClick={() => {
          setOutcome(null);
          setFormOpen(true);
        }}
      >
        New ticket
      </button>
      {outcome && outcome.kind !== 'sent' ? (
        <p className="tickets__outcome" role="status" data-testid="open-outcome">
          {outcome.kind === 'queued'
            ? `“${outcome.subject}” is queued and will be opened when the provider is reachable.`
            : `“${outcome.subject}” was not opened: ${outcome.reason}`}
        </p>
      ) : null}
    </div>
  );
  const extras = (
    <>
      {head}
      {formOpen ? <OpenTicketForm onClose={closeForm} /> : null}
      <UnsentTickets />
    </>
  );

  if (cachedCount === 0) {
    return (
      <div data-page="tickets" data-view-state="empty" className="tickets">
        {extras}
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
  const pages = pageCount(total);
  return (
    <div
      data-page="tickets"
      // While a new filter's answer is on its way the old rows stay, marked as refreshing.
      data-view-state={tickets.isPlaceholderData ? 'loading' : total === 0 ? 'empty' : 'ready'}
      className="tickets"
    >
      {extras}
      <section className="card tickets__list" aria-label="Tickets">
        <TicketsFilters view={view} showClear={total > 0} />
        <p className="muted tickets__count" role="status" data-testid="tickets-count">
          {countLine(page, rows.length, total, cachedCount)}
        </p>
        {total === 0 ? (
          filtered ? (
            <EmptyState
              title="No tickets match these filters"
              action={{ label: 'Clear filters', onClick: view.clearFilters }}
            >
              <p>Try another keyword or a wider date range, or clear the filters.</p>
            </EmptyState>
          ) : (
            <EmptyState
              title="No active tickets"
              action={{ label: 'Show all tickets', onClick: () => view.setFilter('status', 'all') }}
            >
              <p>Every cached ticket is closed.</p>
            </EmptyState>
          )
        ) : rows.length === 0 ? (
          // The list shrank (a sync closed tickets) while a later page was open.
          <EmptyState
            title="This page is past the end of the list"
            action={{ label: 'Go to the last page', onClick: () => view.setPage(pages - 1) }}
          >
            <p>The list has fewer pages now.</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={rows}
            columns={columns}
            rowId={(ticket) => ticket.id}
            rowPath={(ticket) => ticketPath(ticket.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onPage={view.setPage}
            caption={ticketsCaption(order)}
            noun="tickets"
            testId="tickets-table"
            rowTestId="ticket-row"
            pagerTestId="tickets-pager"
            className="tickets-table"
            rowClassName={(ticket) => (ticket.unread ? 'tickets-table__row--unread' : undefined)}
            rowData={(ticket) => ({
              'data-ticket': ticket.id,
              'data-awaiting': ticket.awaitingYou ? 'true' : 'false',
              'data-unread': ticket.unread ? 'true' : 'false'
            })}
          />
        )}
      </section>
    </div>
  );
}
