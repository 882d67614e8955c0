/**
 * Reading a ticket clears its "staff replied" alert: when main marks a thread read (it
 * answers `tickets:get`), the alert of the staff reply that was waiting is acknowledged, with
 * a history line saying it was read. Whichever shell or window opened it.
 */
import { ticketReplyAlert } from '../alerts/generic-alerts';
import type { AlertHistoryEntry } from '../alerts/ledger';
import type { MarkedRead } from './ticket-read-repository';

/** The reply alert a read acknowledges, and the history line it records at `at` (ISO). */
export function readAcknowledgement(
  marked: MarkedRead,
  at: string
): { readonly key: string; readonly history: AlertHistoryEntry } {
  const { key } = ticketReplyAlert({
    id: marked.ticketId,
    subject: '',
    lastStaffReplyAt: marked.staffReplyAt
  });
  return { key, history: { key, domainId: null, at, event: 'acknowledged', detail: 'read' } };
}
