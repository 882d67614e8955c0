/**
 * One ticket (route `tickets/<id>`): its facts with the technician and a Close button, the
 * public thread oldest first (markdown rendered safely, staff and customer apart), the
 * reseller's unsent or just-sent writes with their state, and the reply composer. Reading
 * the thread marks it read — main does that when it answers `tickets:get`.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/i18n/format';
import { isClosedTicketStatus, type TicketMessage } from '@shared/model';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useSettings } from '../../lib/queries/settings';
import { BackLink } from '../../components/back-link';
import { MessageBody } from './message-body';
import { AttachmentNames, OutboxEntry } from './outbox-entry';
import { threadEntries } from './outbox-lib';
import { TicketComposer } from './ticket-composer';
import { TicketStatusChip } from './ticket-status-chip';
import { useCloseTicket, useReplyEchoStore, useSendReply } from './ticket-actions';
import { priorityWords } from './tickets-lib';
import { useOpenExternal, useOutbox, useTicket } from './tickets-queries';

/** The thread view of ticket `id`. */
export function TicketThread({ id }: { readonly id: string }) {
  const detail = useTicket(id);
  const outbox = useOutbox();
  const settings = useSettings();
  const timeZone = settings.data?.timeZone;
  const allEchoes = useReplyEchoStore((state) => state.echoes);
  const { send } = useSendReply(id);
  const { t } = useTranslation('tickets');
  const locale = useLocale();

  const back = <BackLink page="tickets">{t('thread.back')}</BackLink>;

  if (detail.isPending) {
    return (
      <div data-page="tickets" data-view-state="loading" className="ticket-thread">
        {back}
        <p role="status" className="muted">
          {t('thread.loading')}
        </p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-page="tickets" data-view-state="error" className="ticket-thread">
        {back}
        <div className="banner banner--error" role="alert">
          <span>{t('thread.loadFailed', { reason: errorMessage(detail.error) })}</span>
          <button type="button" className="button" onClick={() => void detail.refetch()}>
            {t('thread.retry')}
          </button>
        </div>
      </div>
    );
  }

  const ticket = detail.data;
  const closed = isClosedTicketStatus(ticket.status);
  const entries = threadEntries({
    echoes: allEchoes.filter((echo) => echo.ticketId === id),
    ticketOutbox: ticket.outbox,
    outbox: outbox.data?.items,
    messages: ticket.messages
  });
  const closePending = entries.some(
    (entry) => entry.kind === 'close' && entry.state !== 'failed' && entry.state !== 'sent'
  );

  return (
    <div
      data-page="tickets"
      data-view-state="ready"
      className="ticket-thread"
      data-testid="ticket-thread"
    >
      {back}
      <section className="card ticket-thread__head" aria-labelledby="ticket-title">
        <p className="muted ticket-thread__number">{t('thread.number', { id: ticket.publicId })}</p>
        <div className="ticket-thread__title-row">
          <h2 id="ticket-title" className="ticket-thread__title">
            {ticket.subject}
          </h2>
          <TicketStatusChip status={ticket.status} />
          {ticket.awaitingYou ? (
            <span className="badge tickets-awaiting">{t('columns.awaitingYou')}</span>
          ) : null}
        </div>
        <dl className="info-list ticket-thread__facts">
          <dt>{t('thread.department')}</dt>
          <dd>{ticket.departmentName ?? '—'}</dd>
          <dt>{t('thread.technician')}</dt>
          <dd data-testid="ticket-technician">{ticket.technician ?? t('thread.notAssigned')}</dd>
          <dt>{t('thread.priority')}</dt>
          <dd className="ticket-thread__priority">{priorityWords(ticket.priority)}</dd>
          <dt>{t('thread.opened')}</dt>
          <dd>
            {ticket.openedAt
              ? formatDateTime(Date.parse(ticket.openedAt), locale, { timeZone })
              : '—'}
          </dd>
        </dl>
        <ThreadActions
          ticketId={id}
          closed={closed}
          closePending={closePending}
          providerUrl={ticket.providerUrl}
        />
      </section>

      {ticket.messages.length === 0 && entries.length === 0 ? (
        <p className="muted">{t('thread.notSynced')}</p>
      ) : (
        <ol className="ticket-messages" aria-label={t('thread.messages')}>
          {ticket.messages.map((message) => (
            <MessageItem
              key={`${message.id}-${message.postedAt ?? ''}`}
              message={message}
              timeZone={timeZone}
            />
          ))}
          {entries.map((entry) => (
            <OutboxEntry key={entry.key} entry={entry} ticketId={id} timeZone={timeZone} />
          ))}
        </ol>
      )}

      <TicketComposer closed={closed} onSend={(draft) => void send(draft)} />
    </div>
  );
}

function MessageItem({
  message,
  timeZone
}: {
  readonly message: TicketMessage;
  readonly timeZone: string | undefined;
}) {
  const staff = message.author.kind === 'staff';
  const { t } = useTranslation('tickets');
  const locale = useLocale();
  return (
    <li
      className={`ticket-message ticket-message--${message.author.kind}`}
      data-testid="ticket-message"
      data-author={message.author.kind}
      data-sent-here={message.clientMarker !== null ? 'true' : undefined}
    >
      <header className="ticket-message__head">
        <span className="ticket-message__who">{staff ? t('thread.staff') : t('thread.you')}</span>
        <span className="ticket-message__name">{message.author.name}</span>
        {message.postedAt ? (
          <time className="muted ticket-message__time" dateTime={message.postedAt}>
            {formatDateTime(Date.parse(message.postedAt), locale, { timeZone })}
          </time>
        ) : null}
      </header>
      <MessageBody body={message.body} format={message.bodyFormat} />
      {message.clientMarker !== null ? (
        // Written in Hostdeck and confirmed by the provider: the end of "Sending…".
        <p className="outbox-state outbox-state--sent" data-testid="message-sent">
          <span className="outbox-state__dot" aria-hidden="true" />
          {t('thread.sentHere')}
        </p>
      ) : null}
      {message.attachments.length > 0 ? (
        <AttachmentNames>
          {message.attachments.map((attachment) => (
            <li key={attachment.index}>{attachment.filename}</li>
          ))}
        </AttachmentNames>
      ) : null}
    </li>
  );
}

/** Close (with the note that a reply reopens) and, where there is one, the client area. */
function ThreadActions({
  ticketId,
  closed,
  closePending,
  providerUrl
}: {
  readonly ticketId: string;
  readonly closed: boolean;
  readonly closePending: boolean;
  readonly providerUrl: string | null;
}) {
  const close = useCloseTicket(ticketId);
  const open = useOpenExternal();
  const { t } = useTranslation('tickets');
  return (
    <div className="ticket-thread__actions">
      {closed ? (
        <p className="muted ticket-thread__note">{t('thread.closedNote')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            disabled={close.isPending || closePending}
            onClick={() => close.mutate()}
          >
            {close.isPending ? t('thread.closing') : t('thread.close')}
          </button>
          <p className="muted ticket-thread__note">
            {closePending ? t('thread.closePending') : t('thread.closeNotFinal')}
          </p>
        </>
      )}
      {providerUrl ? (
        <button
          type="button"
          className="button"
          disabled={open.isPending}
          onClick={() => open.mutate(providerUrl)}
        >
          {t('thread.openClientArea')}
        </button>
      ) : null}
      {close.isError ? (
        <p role="alert" className="ticket-thread__open-error">
          {t('thread.closeFailed', { reason: errorMessage(close.error) })}
        </p>
      ) : null}
      {open.isError ? (
        <p role="alert" className="ticket-thread__open-error">
          {errorMessage(open.error)}
        </p>
      ) : null}
    </div>
  );
}
