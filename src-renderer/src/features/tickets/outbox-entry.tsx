/**
 * One write of the reseller's in a thread, below the messages: the reply (or close request)
 * with its state — "Sending…", "Sent", "Queued — will be sent when the provider is
 * reachable" or "Failed: <reason>" with Retry and Discard.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/i18n/format';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { formatBytes } from './attachments-lib';
import { MessageBody } from './message-body';
import { stateLabel, type ThreadEntry } from './outbox-lib';
import { useOutboxItemActions, useReplyEchoStore, useSendReply } from './ticket-actions';

/** A pending or just-sent write of ticket `ticketId`. */
export function OutboxEntry({
  entry,
  ticketId,
  timeZone
}: {
  readonly entry: ThreadEntry;
  readonly ticketId: string;
  readonly timeZone: string | undefined;
}) {
  const { retry, discard } = useOutboxItemActions();
  const { resend } = useSendReply(ticketId);
  const removeEcho = useReplyEchoStore((state) => state.remove);
  const busy = retry.isPending || discard.isPending;
  const { t } = useTranslation('tickets');
  const locale = useLocale();

  const onRetry = (): void => {
    if (entry.itemId) retry.mutate(entry.itemId);
    else if (entry.localId) void resend(entry.localId);
  };
  const onDiscard = (): void => {
    if (entry.itemId) discard.mutate(entry.itemId);
    else if (entry.localId) removeEcho(entry.localId);
  };
  const actionError = retry.error ?? discard.error;

  return (
    <li
      className={`ticket-message ticket-message--customer ticket-message--outbox ticket-message--${entry.state}`}
      data-testid="outbox-entry"
      data-send-state={entry.state}
      data-kind={entry.kind}
    >
      <header className="ticket-message__head">
        <span className="ticket-message__who">{t('thread.you')}</span>
        <span className="ticket-message__name">
          {entry.kind === 'close' ? t('outbox.closeRequest') : t('outbox.yourReply')}
        </span>
        <time className="muted ticket-message__time" dateTime={entry.createdAt}>
          {formatDateTime(Date.parse(entry.createdAt), locale, { timeZone })}
        </time>
      </header>
      {entry.message !== null ? <MessageBody body={entry.message} format="markdown" /> : null}
      {entry.attachments.length > 0 ? (
        <AttachmentNames>
          {entry.attachments.map((file) => (
            <li key={file.name}>
              {file.name} <span className="muted">({formatBytes(file.size, locale)})</span>
            </li>
          ))}
        </AttachmentNames>
      ) : null}
      <div className="outbox-state__row">
        <p
          className={`outbox-state outbox-state--${entry.state}`}
          role="status"
          data-testid="outbox-state"
        >
          <span className="outbox-state__dot" aria-hidden="true" />
          {stateLabel(entry.state, entry.error)}
        </p>
        {entry.state === 'failed' ? (
          <button type="button" className="button" disabled={busy} onClick={onRetry}>
            {t('outbox.retry')}
          </button>
        ) : null}
        {entry.state === 'failed' || entry.state === 'queued' ? (
          <button type="button" className="button" disabled={busy} onClick={onDiscard}>
            {t('outbox.discard')}
          </button>
        ) : null}
      </div>
      {actionError ? (
        <p role="alert" className="ticket-message__link-error">
          {errorMessage(actionError)}
        </p>
      ) : null}
    </li>
  );
}

/** The "Attachments" strip of a message. */
export function AttachmentNames({ children }: { readonly children: ReactNode }) {
  const count = Array.isArray(children) ? children.length : 1;
  const { t } = useTranslation('tickets');
  return (
    <div className="ticket-message__attachments">
      <span className="ticket-message__attachments-label">
        {t('outbox.attachmentsLabel', { count })}
      </span>
      <ul aria-label={t('outbox.attachments')}>{children}</ul>
    </div>
  );
}
