/**
 * The ticket table: number, subject (with "Awaiting you"), department, status chip, last
 * reply and message count. A row opens the ticket on click or Enter.
 */
import type { KeyboardEvent } from 'react';
import type { TicketListItem } from '../../../../src-shared/contract';
import { formatDateTime } from '../../lib/format-time';
import { navigate, routeHref } from '../../lib/router';
import { formatLastReply, ticketPath } from './tickets-lib';
import { TicketStatusChip } from './ticket-status-chip';

/** The rows of `tickets`, already filtered and sorted by main. */
export function TicketsTable({
  tickets,
  now,
  timeZone
}: {
  readonly tickets: readonly TicketListItem[];
  readonly now: number;
  readonly timeZone: string | undefined;
}) {
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    navigate(ticketPath(id));
  };

  return (
    <div className="table-wrap">
      <table className="data-table tickets-table" data-testid="tickets-table">
        <caption className="visually-hidden">
          Tickets, last reply newest first. Press Enter on a row to open the ticket.
        </caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Subject</th>
            <th scope="col">Department</th>
            <th scope="col">Status</th>
            <th scope="col">Last reply</th>
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
              className="tickets-table__row"
              data-testid="ticket-row"
              data-ticket={ticket.id}
              data-awaiting={ticket.awaitingYou ? 'true' : 'false'}
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
                {ticket.awaitingYou ? (
                  <span className="badge tickets-awaiting">Awaiting you</span>
                ) : null}
              </th>
              <td>{ticket.departmentName ?? <span className="muted">—</span>}</td>
              <td>
                <TicketStatusChip status={ticket.status} />
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
