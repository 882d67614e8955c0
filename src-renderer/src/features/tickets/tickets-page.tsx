/**
 * The support-ticket inbox: the list with filters, paging and "New ticket" at `tickets`, one
 * ticket's thread with the composer at `tickets/<id>`. Writes go through main's outbox, so
 * they work offline and are sent exactly once.
 */
import { lazy } from 'react';
import { TicketsList } from './tickets-list';
import './tickets.css';

// One ticket's thread renders markdown (react-markdown, remark-gfm): its own chunk, loaded when
// a thread is opened, so the list's first paint does not wait for those libraries.
const TicketThread = lazy(() =>
  import('./ticket-thread').then((m) => ({ default: m.TicketThread }))
);

/** The Tickets page (route `tickets`, or `tickets/<id>` for one ticket). */
export function TicketsPage({ id }: { readonly id?: string }) {
  return id ? <TicketThread key={id} id={id} /> : <TicketsList />;
}
