/**
 * The outbox in the status bar: how many writes wait to be sent (and how many failed), a
 * link to the tickets, and "Send now". Reads `outbox:list`, which `outbox:changed` and every
 * tickets `cache:changed` refresh, so the count follows main without polling.
 */
import { errorMessage } from '../../lib/call';
import { navigate } from '../../lib/router';
import { outboxCounts } from './outbox-lib';
import { useSendNow } from './ticket-actions';
import { useOutbox } from './tickets-queries';

/** `data-testid="status-outbox"`; nothing while the outbox is empty or unknown. */
export function OutboxStatus() {
  const outbox = useOutbox();
  const sendNow = useSendNow();
  if (!outbox.data) return null;
  const { pending, failed } = outboxCounts(outbox.data.items);
  if (pending === 0 && failed === 0) return null;

  const words = [
    pending > 0 ? `${pending} waiting to send` : null,
    failed > 0 ? `${failed} failed` : null
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
        title="Open the tickets"
        onClick={() => navigate('tickets')}
      >
        <span className="outbox-status__dot" aria-hidden="true" />
        Outbox: {words}
      </button>
      {pending > 0 ? (
        <button
          type="button"
          className="button status-bar__send-now"
          disabled={sendNow.isPending}
          onClick={() => sendNow.mutate()}
        >
          {sendNow.isPending ? 'Sending…' : 'Send now'}
        </button>
      ) : null}
      {sendNow.data && sendNow.data.queued > 0 && !sendNow.isPending ? (
        <span role="status" className="outbox-status__note">
          The provider is not reachable yet.
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
