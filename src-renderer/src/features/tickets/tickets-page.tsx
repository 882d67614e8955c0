/**
 * The support-ticket inbox: the list with filters, paging and "New ticket" at `tickets`, one
 * ticket's thread with the composer at `tickets/<id>`. Writes go through main's outbox, so
 * they work offline and are sent exactly once.
 */
import type { PageProps } from '../../app/pages';
import { TicketThread } from './ticket-thread';
import { TicketsList } from './tickets-list';
import './tickets.css';

/** The Tickets page (route `tickets`, or `tickets/<id>` for one ticket). */
export function TicketsPage({ params }: PageProps) {
  const id = params[0];
  return id ? <TicketThread key={id} id={id} /> : <TicketsList />;
}
