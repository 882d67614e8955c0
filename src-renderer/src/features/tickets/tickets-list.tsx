/**
 * The ticket list (route `tickets`): "New ticket" with its form, new tickets not yet sent,
 * the filter bar, one sorted page of the table with a pager, and the empty states that tell
 * "nothing synced yet" apart from "nothing matches these filters".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
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
  const { t } = useTranslation('tickets');
  const locale = useLocale();
  const columns = useMemo(
    () => ticketColumns(now, timeZone, t, locale),
    [now, timeZone, t, locale]
  );
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

  if (tickets.isPending) return <QueryLoading page="tickets" what={t('loading')} />;
  if (tickets.isError) {
    if (tickets.error instanceof BridgeError && tickets.error.kind === 'not-found') {
      return (
        <div data-page="tickets" data-view-state="empty">
          <EmptyState
            title={t('noProvider.title')}
            action={{ label: t('noProvider.action'), onClick: () => navigate('settings') }}
          >
            <p>{t('noProvider.body')}</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="tickets"
        what={t('loadFailed')}
        error={tickets.error}
        onRetry={() => void tickets.refetch()}
      />
    );
  }

  const closeForm = (result: OpenTicketOutcome | null): void => {
    setFormOpen(false);
    setOutcome(result);
    if (result?.kind === 'sent' && result.ticketId) {
      navigate(ticketPath(result.ticketId));
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
        {t('list.newTicket')}
      </button>
      {outcome && outcome.kind !== 'sent' ? (
        <p className="tickets__outcome" role="status" data-testid="open-outcome">
          {outcome.kind === 'queued'
            ? t('list.queued', { subject: outcome.subject })
            : t('list.notOpened', { subject: outcome.subject, reason: outcome.reason })}
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
        <EmptyState title={t('empty.title')}>
          <p>
            <Trans t={t} i18nKey="empty.body" components={{ strong: <strong /> }} />
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
      <section className="card tickets__list" aria-label={t('list.label')}>
        <TicketsFilters view={view} showClear={total > 0} />
        <p className="muted tickets__count" role="status" data-testid="tickets-count">
          {countLine(page, rows.length, total, cachedCount, locale)}
        </p>
        {total === 0 ? (
          filtered ? (
            <EmptyState
              title={t('empty.noMatchTitle')}
              action={{ label: t('empty.clearFilters'), onClick: view.clearFilters }}
            >
              <p>{t('empty.noMatchBody')}</p>
            </EmptyState>
          ) : (
            <EmptyState
              title={t('empty.noActiveTitle')}
              action={{ label: t('empty.showAll'), onClick: () => view.setFilter('status', 'all') }}
            >
              <p>{t('empty.noActiveBody')}</p>
            </EmptyState>
          )
        ) : rows.length === 0 ? (
          // The list shrank (a sync closed tickets) while a later page was open.
          <EmptyState
            title={t('empty.pastEndTitle')}
            action={{ label: t('empty.lastPage'), onClick: () => view.setPage(pages - 1) }}
          >
            <p>{t('empty.pastEndBody')}</p>
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
            caption={ticketsCaption(order, t)}
            noun={t('list.noun')}
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
