/**
 * The support-ticket inbox, read-only over the cache: the list with filters at `tickets`,
 * one ticket's thread at `tickets/<id>`. Replying comes with the outbox in a later issue.
 */
import type { PageProps } from '../../app/pages';
import { TicketThread } from './ticket-thread';
import { TicketsList } from './tickets-list';
import './tickets.css';

/** The Tickets page (route `tickets`, or `tickets/<id>` for one ticket). */
export function TicketsPage({ params }: PageProps) {
  const id = params[0];
  return id ? <TicketThread id={id} /> : <TicketsList />;
}
