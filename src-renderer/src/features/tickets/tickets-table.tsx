/**
 * The ticket table: number, subject (with "New reply", "Awaiting you" and unsent writes),
 * department, technician, status chip, opened, last reply and message count. Number,
 * subject, opened and last reply sort on a header click (main sorts, in SQLite). A row opens
 * the ticket on click or Enter.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { TicketListItem, TicketSort } from '../../../../src-shared/contract';
import { SortHeader } from '../../components/sort-header';
import { formatDateTime } from '../../lib/format-time';
import { navigate, routeHref } from '../../lib/router';
import { formatDay, formatLastReply, ticketPath, type TicketOrder } from './tickets-lib';
import { TicketStatusChip } from './ticket-status-chip';

const ORDER_WORDS: Record<TicketSort, string> = {
  'last-reply': 'last reply',
  opened: 'date opened',
  number: 'number',
  subject: 'subject'
};

/** The caption's description of the order, for screen readers. */
function orderWords(order: TicketOrder): string {
  const dir =
    order.sort === 'subject'
      ? order.dir === 'asc'
        ? 'A to Z'
        : 'Z to A'
      : order.dir === 'desc'
        ? order.sort === 'number'
          ? 'highest first'
          : 'newest first'
        : order.sort === 'number'
          ? 'lowest first'
          : 'oldest first';
  return `${ORDER_WORDS[order.sort]}, ${dir}`;
}

/** One page of tickets, already filtered, sorted and paged by main. */
export function TicketsTable({
  tickets,
  now,
  timeZone,
  order,
  onSort
}: {
  readonly tickets: readonly TicketListItem[];
  readonly now: number;
  readonly timeZone: string | undefined;
  readonly order: TicketOrder;
  readonly onSort: (sort: TicketSort) => void;
}) {
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    navigate(ticketPath(id));
  };
  const sortable = (sort: TicketSort, label: string, className?: string): ReactNode => (
    <SortHeader sort={sort} order={order} onSort={onSort} className={className}>
      {label}
    </SortHeader>
  );

  return (
    <div className="table-wrap">
      <table className="data-table tickets-table" data-testid="tickets-table">
        <caption className="visually-hidden">
          Tickets by {orderWords(order)}. Press Enter on a row to open the ticket.
        </caption>
        <thead>
          <tr>
            {sortable('number', 'Number')}
            {sortable('subject', 'Subject')}
            <th scope="col">Department</th>
            <th scope="col">Technician</th>
            <th scope="col">Status</th>
            {sortable('opened', 'Opened')}
            {sortable('last-reply', 'Last reply')}
            <th scope="col" className="data-table__num">
              Messages
            </th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr
              key={ticket.id}
              tabIndex={0}
              className={`tickets-table__row${ticket.unread ? ' tickets-table__row--unread' : ''}`}
              data-testid="ticket-row"
              data-ticket={ticket.id}
              data-awaiting={ticket.awaitingYou ? 'true' : 'false'}
              data-unread={ticket.unread ? 'true' : 'false'}
              onClick={() => navigate(ticketPath(ticket.id))}
              onKeyDown={(event) => onRowKey(event, ticket.id)}
            >
              <td className="tickets-table__number">#{ticket.publicId}</td>
              <th scope="row" className="tickets-table__subject">
                <a
                  href={routeHref(ticketPath(ticket.id))}
                  tabIndex={-1}
                  onClick={(event) => event.preventDefault()}
                >
                  {ticket.subject}
                </a>
                {ticket.unread ? (
                  <span className="badge tickets-unread" data-testid="unread-badge">
                    New reply
                  </span>
                ) : null}
                {ticket.awaitingYou ? (
                  <span className="badge tickets-awaiting">Awaiting you</span>
                ) : null}
                {ticket.pendingOutbox > 0 ? (
                  <span className="badge tickets-unsent" data-testid="unsent-badge">
                    {ticket.pendingOutbox} unsent
                  </span>
                ) : null}
              </th>
              <td>{ticket.departmentName ?? <span className="muted">—</span>}</td>
              <td data-testid="row-technician">
                {ticket.technician ?? <span className="muted">—</span>}
              </td>
              <td>
                <TicketStatusChip status={ticket.status} />
              </td>
              <td>
                {ticket.openedAt ? (
                  <time dateTime={ticket.openedAt}>
                    {formatDay(Date.parse(ticket.openedAt), timeZone)}
                  </time>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                {ticket.lastReplyAt ? (
                  <time
                    dateTime={ticket.lastReplyAt}
                    title={formatDateTime(Date.parse(ticket.lastReplyAt), timeZone)}
                  >
                    {formatLastReply(ticket.lastReplyAt, now, timeZone)}
                  </time>
                ) : (
                  <span className="muted">No reply yet</span>
                )}
              </td>
              <td className="data-table__num">{ticket.messageCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
