/**
 * A ticket's status as a chip: the provider's word plus a coloured dot, never colour alone.
 */
import { useTranslation } from 'react-i18next';
import { ticketStatusWords, ticketTone } from './tickets-lib';

/** The status chip (`data-tone` carries the colour family for styling and tests). */
export function TicketStatusChip({ status }: { readonly status: string }) {
  useTranslation('tickets'); // re-renders on a language change
  const tone = ticketTone(status);
  return (
    <span className={`status-chip ticket-chip--${tone}`} data-tone={tone}>
      {ticketStatusWords(status)}
    </span>
  );
}
