/**
 * New tickets the provider has not received yet (opened offline, or refused), above the
 * list: each with its state and, when it failed, Retry and Discard. Replies and close
 * requests show in their ticket's thread instead.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { failureReason, stateLabel } from './outbox-lib';
import { useOutboxItemActions } from './ticket-actions';
import { useOutbox } from './tickets-queries';

/** The panel, or nothing when every new ticket has been opened. */
export function UnsentTickets() {
  const outbox = useOutbox();
  const { retry, discard } = useOutboxItemActions();
  const { t } = useTranslation('tickets');
  const unsent = (outbox.data?.items ?? []).filter(
    (item) => item.kind === 'open' && item.state !== 'sent'
  );
  if (unsent.length === 0) return null;
  const busy = retry.isPending || discard.isPending;
  const actionError = retry.error ?? discard.error;
  return (
    <section className="card unsent-tickets" aria-labelledby="unsent-tickets-title">
      <h2 id="unsent-tickets-title" className="unsent-tickets__title">
        {t('outbox.unsentTitle')}
      </h2>
      <ul className="unsent-tickets__list">
        {unsent.map((item) => (
          <li
            key={item.id}
            className="unsent-tickets__item"
            data-testid="unsent-ticket"
            data-send-state={item.state}
          >
            <span className="unsent-tickets__subject">{item.subject ?? t('outbox.newTicket')}</span>
            <span className={`outbox-state outbox-state--${item.state}`} role="status">
              <span className="outbox-state__dot" aria-hidden="true" />
              {stateLabel(item.state, failureReason(item.lastError))}
            </span>
            {item.state === 'failed' ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => retry.mutate(item.id)}
              >
                {t('outbox.retry')}
              </button>
            ) : null}
            {item.state === 'failed' || item.state === 'queued' ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => discard.mutate(item.id)}
              >
                {t('outbox.discard')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {actionError ? (
        <p role="alert" className="ticket-message__link-error">
          {errorMessage(actionError)}
        </p>
      ) : null}
    </section>
  );
}
