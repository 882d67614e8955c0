/**
 * The ticket list's columns: number, subject (with "New reply", "Awaiting you" and unsent
 * writes), department, technician, status chip, opened, last reply and message count. Number,
 * subject, opened and last reply sort (main sorts, in SQLite); a first click sorts the
 * subject A to Z, numbers and dates newest first.
 */
import type { TicketListItem, TicketSort } from '../../../../src-shared/contract';
import type { DataColumn } from '../../components/data-table/data-table';
import { formatDateTime } from '../../lib/format-time';
import { formatDay, formatLastReply, type TicketOrder } from './tickets-lib';
import { TicketStatusChip } from './ticket-status-chip';

/** The columns; dates are worded against `now` in the reseller's `timeZone`. */
export function ticketColumns(
  now: number,
  timeZone: string | undefined
): readonly DataColumn<TicketListItem, TicketSort>[] {
  return [
    {
      id: 'number',
      header: 'Number',
      sort: 'number',
      firstDir: 'desc',
      width: '9%',
      className: 'tickets-table__number',
      cell: (ticket) => `#${ticket.publicId}`
    },
    {
      id: 'subject',
      header: 'Subject',
      sort: 'subject',
      firstDir: 'asc',
      rowHeader: true,
      width: '31%',
      className: 'tickets-table__subject',
      cell: (ticket) => ticket.subject,
      after: (ticket) => (
        <>
          {ticket.unread ? (
            <span className="badge tickets-unread" data-testid="unread-badge">
              New reply
            </span>
          ) : null}
          {ticket.awaitingYou ? <span className="badge tickets-awaiting">Awaiting you</span> : null}
          {ticket.pendingOutbox > 0 ? (
            <span className="badge tickets-unsent" data-testid="unsent-badge">
              {ticket.pendingOutbox} unsent
            </span>
          ) : null}
        </>
      )
    },
    {
      id: 'department',
      header: 'Department',
      width: '12%',
      cell: (ticket) => ticket.departmentName ?? <span className="muted">—</span>
    },
    {
      id: 'technician',
      header: 'Technician',
      width: '11%',
      testId: 'row-technician',
      cell: (ticket) => ticket.technician ?? <span className="muted">—</span>
    },
    {
      id: 'status',
      header: 'Status',
      width: '11%',
      cell: (ticket) => <TicketStatusChip status={ticket.status} />
    },
    {
      id: 'opened',
      header: 'Opened',
      sort: 'opened',
      firstDir: 'desc',
      width: '10%',
      cell: (ticket) =>
        ticket.openedAt ? (
          <time dateTime={ticket.openedAt}>{formatDay(Date.parse(ticket.openedAt), timeZone)}</time>
        ) : (
          <span className="muted">—</span>
        )
    },
    {
      id: 'last-reply',
      header: 'Last reply',
      sort: 'last-reply',
      firstDir: 'desc',
      width: '10%',
      cell: (ticket) =>
        ticket.lastReplyAt ? (
          <time
            dateTime={ticket.lastReplyAt}
            title={formatDateTime(Date.parse(ticket.lastReplyAt), timeZone)}
          >
            {formatLastReply(ticket.lastReplyAt, now, timeZone)}
          </time>
        ) : (
          <span className="muted">No reply yet</span>
        )
    },
    {
      id: 'messages',
      header: 'Messages',
      numeric: true,
      width: '6%',
      cell: (ticket) => ticket.messageCount
    }
  ];
}

const ORDER_WORDS: Record<TicketSort, string> = {
  'last-reply': 'last reply',
  opened: 'date opened',
  number: 'number',
  subject: 'subject'
};

/** The table's caption for screen readers: "Tickets by last reply, newest first." */
export function ticketsCaption(order: TicketOrder): string {
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
  return `Tickets by ${ORDER_WORDS[order.sort]}, ${dir}.`;
}
