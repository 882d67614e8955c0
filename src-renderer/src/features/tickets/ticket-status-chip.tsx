/**
 * A ticket's status as a chip: the provider's word plus a coloured dot, never colour alone.
 */
import { ticketTone } from './tickets-lib';

/** The status chip (`data-tone` carries the colour family for styling and tests). */
export function TicketStatusChip({ status }: { readonly status: string }) {
  const tone = ticketTone(status);
  return (
    <span className={`status-chip ticket-chip--${tone}`} data-tone={tone}>
      {status}
    </span>
  );
}
