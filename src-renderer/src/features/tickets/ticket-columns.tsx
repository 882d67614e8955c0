/**
 * The ticket list's columns: number, subject (with "New reply", "Awaiting you" and unsent
 * writes), department, technician, status chip, opened, last reply and message count. Number,
 * subject, opened and last reply sort (main sorts, in SQLite); a first click sorts the
 * subject A to Z, numbers and dates newest first.
 */
import type { TFunction } from 'i18next';
import type { TicketListItem, TicketSort } from '@shared/contract';
import { formatDateTime } from '@shared/i18n/format';
import type { DataColumn } from '../../components/data-table/data-table';
import { formatDay, formatLastReply, type TicketOrder } from './tickets-lib';
import { TicketStatusChip } from './ticket-status-chip';

/**
 * The columns in the language of `t` and the `locale`; dates are worded against `now` in the
 * reseller's `timeZone`.
 */
export function ticketColumns(
  now: number,
  timeZone: string | undefined,
  t: TFunction<'tickets'>,
  locale: string
): readonly DataColumn<TicketListItem, TicketSort>[] {
  return [
    {
      id: 'number',
      header: t('columns.number'),
      sort: 'number',
      firstDir: 'desc',
      width: '9%',
      className: 'tickets-table__number',
      cell: (ticket) => `#${ticket.publicId}`
    },
    {
      id: 'subject',
      header: t('columns.subject'),
      sort: 'subject',
      firstDir: 'asc',
      rowHeader: true,
      width: 'auto',
      className: 'tickets-table__subject',
      cell: (ticket) => ticket.subject,
      after: (ticket) => (
        <>
          {ticket.unread ? (
            <span className="badge tickets-unread" data-testid="unread-badge">
              {t('columns.newReply')}
            </span>
          ) : null}
          {ticket.awaitingYou ? (
            <span className="badge tickets-awaiting">{t('columns.awaitingYou')}</span>
          ) : null}
          {ticket.pendingOutbox > 0 ? (
            <span className="badge tickets-unsent" data-testid="unsent-badge">
              {t('columns.unsent', { count: ticket.pendingOutbox })}
            </span>
          ) : null}
        </>
      )
    },
    {
      id: 'department',
      header: t('columns.department'),
      width: '12%',
      cell: (ticket) => ticket.departmentName ?? <span className="muted">—</span>
    },
    {
      id: 'technician',
      header: t('columns.technician'),
      width: '11%',
      // In the thread too; hidden in a narrow window (data-table.css).
      className: 'data-table__secondary',
      testId: 'row-technician',
      cell: (ticket) => ticket.technician ?? <span className="muted">—</span>
    },
    {
      id: 'status',
      header: t('columns.status'),
      width: '11%',
      cell: (ticket) => <TicketStatusChip status={ticket.status} />
    },
    {
      id: 'opened',
      header: t('columns.opened'),
      sort: 'opened',
      firstDir: 'desc',
      width: '10%',
      cell: (ticket) =>
        ticket.openedAt ? (
          <time dateTime={ticket.openedAt}>
            {formatDay(Date.parse(ticket.openedAt), timeZone, locale)}
          </time>
        ) : (
          <span className="muted">—</span>
        )
    },
    {
      id: 'last-reply',
      header: t('columns.lastReply'),
      sort: 'last-reply',
      firstDir: 'desc',
      width: '10%',
      className: 'tickets-table__last-reply',
      cell: (ticket) =>
        ticket.lastReplyAt ? (
          <time
            dateTime={ticket.lastReplyAt}
            title={formatDateTime(Date.parse(ticket.lastReplyAt), locale, { timeZone })}
          >
            {formatLastReply(ticket.lastReplyAt, now, timeZone, locale)}
          </time>
        ) : (
          <span className="muted">{t('columns.noReply')}</span>
        )
    },
    {
      id: 'messages',
      header: t('columns.messages'),
      numeric: true,
      width: '6%',
      cell: (ticket) => ticket.messageCount
    }
  ];
}

/** The table's caption for screen readers: "Tickets by last reply, newest first." */
export function ticketsCaption(order: TicketOrder, t: TFunction<'tickets'>): string {
  const dir =
    order.sort === 'subject'
      ? order.dir === 'asc'
        ? t('caption.aToZ')
        : t('caption.zToA')
      : order.dir === 'desc'
        ? order.sort === 'number'
          ? t('caption.highestFirst')
          : t('caption.newestFirst')
        : order.sort === 'number'
          ? t('caption.lowestFirst')
          : t('caption.oldestFirst');
  return t(`caption.${order.sort}`, { dir });
}
