/**
 * What a ticket message must be to be sent, shared by the reply composer and the new-ticket
 * form. Kept apart from the composer so the list (with its new-ticket form) does not pull the
 * markdown preview's libraries into its chunk.
 */
import { TICKET_MESSAGE_MAX_CHARS } from '@shared/contract/ticket-limits';
import { formatNumber } from '@shared/i18n/format';
import { currentLocale, i18n } from '../../lib/i18n';

/** Why a message cannot be sent, or null when it can. */
export function messageProblem(message: string, locale = currentLocale()): string | null {
  if (message.trim() === '') return i18n.t('tickets:composer.empty');
  if (message.length > TICKET_MESSAGE_MAX_CHARS)
    return i18n.t('tickets:composer.tooLong', {
      length: formatNumber(message.length, locale),
      max: formatNumber(TICKET_MESSAGE_MAX_CHARS, locale)
    });
  return null;
}
