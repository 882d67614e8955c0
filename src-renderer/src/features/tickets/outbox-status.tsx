/**
 * The outbox in the status bar: how many writes wait to be sent (and how many failed), a
 * link to the tickets, and "Send now". Reads `outbox:list`, which `outbox:changed` and every
 * tickets `cache:changed` refresh, so the count follows main without polling.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { navigate } from '../../lib/router';
import { outboxCounts } from './outbox-lib';
import { useSendNow } from './ticket-actions';
import { useOutbox } from './tickets-queries';
import './outbox-status.css';

/** `data-testid="status-outbox"`; nothing while the outbox is empty or unknown. */
export function OutboxStatus() {
  const outbox = useOutbox();
  const sendNow = useSendNow();
  const { t } = useTranslation('tickets');
  if (!outbox.data) return null;
  const { pending, failed } = outboxCounts(outbox.data.items);
  if (pending === 0 && failed === 0) return null;

  const words = [
    pending > 0 ? t('outbox.waiting', { count: pending }) : null,
    failed > 0 ? t('outbox.failedCount', { count: failed }) : null
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span
      className="status-bar__item outbox-status"
      data-testid="status-outbox"
      data-pending={pending}
      data-failed={failed}
    >
      <button
        type="button"
        className={`outbox-status__count${failed > 0 ? ' outbox-status__count--failed' : ''}`}
        title={t('outbox.openTickets')}
        onClick={() => navigate('tickets')}
      >
        <span className="outbox-status__dot" aria-hidden="true" />
        {t('outbox.status', { words })}
      </button>
      {pending > 0 ? (
        <button
          type="button"
          className="button status-bar__send-now"
          disabled={sendNow.isPending}
          onClick={() => sendNow.mutate()}
        >
          {sendNow.isPending ? t('outbox.sending') : t('outbox.sendNow')}
        </button>
      ) : null}
      {sendNow.data && sendNow.data.queued > 0 && !sendNow.isPending ? (
        <span role="status" className="outbox-status__note">
          {t('outbox.notReachable')}
        </span>
      ) : null}
      {sendNow.isError ? (
        <span role="alert" className="outbox-status__error">
          {errorMessage(sendNow.error)}
        </span>
      ) : null}
    </span>
  );
}
