/**
 * One ticket (route `tickets/<id>`): its facts, the public thread oldest first, and a way to
 * reply in the provider's client area. Opening it acknowledges its "staff replied" alert,
 * because reading the reply is what the alert asked for.
 */
import { useEffect, useRef } from 'react';
import type { TicketMessage } from '../../../../src-shared/model';
import { errorMessage } from '../../lib/call';
import { formatDateTime } from '../../lib/format-time';
import { useAlertActions, useAlerts } from '../../lib/queries/alerts';
import { useSettings } from '../../lib/queries/settings';
import { BackLink } from '../../components/back-link';
import { TicketStatusChip } from './ticket-status-chip';
import { ticketAlertKeys } from './tickets-lib';
import { useOpenInClientArea, useTicket } from './tickets-queries';

/** The thread view of ticket `id`. */
export function TicketThread({ id }: { readonly id: string }) {
  const detail = useTicket(id);
  const settings = useSettings();
  const timeZone = settings.data?.timeZone;
  useAcknowledgeOnRead(id, detail.isSuccess);

  const back = <BackLink page="tickets">← All tickets</BackLink>;

  if (detail.isPending) {
    return (
      <div data-page="tickets" data-view-state="loading" className="ticket-thread">
        {back}
        <p role="status" className="muted">
          Loading the ticket…
        </p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-page="tickets" data-view-state="error" className="ticket-thread">
        {back}
        <div className="banner banner--error" role="alert">
          <span>This ticket could not be loaded: {errorMessage(detail.error)}</span>
          <button type="button" className="button" onClick={() => void detail.refetch()}>
            Retry
          </button>
        </div>
      </div>
    );
  }

  const ticket = detail.data;
  return (
    <div
      data-page="tickets"
      data-view-state="ready"
      className="ticket-thread"
      data-testid="ticket-thread"
    >
      {back}
      <section className="card ticket-thread__head" aria-labelledby="ticket-title">
        <p className="muted ticket-thread__number">Ticket #{ticket.publicId}</p>
        <div className="ticket-thread__title-row">
          <h2 id="ticket-title" className="ticket-thread__title">
            {ticket.subject}
          </h2>
          <TicketStatusChip status={ticket.status} />
          {ticket.awaitingYou ? <span className="badge tickets-awaiting">Awaiting you</span> : null}
        </div>
        <dl className="info-list ticket-thread__facts">
          <dt>Department</dt>
          <dd>{ticket.departmentName ?? '—'}</dd>
          <dt>Priority</dt>
          <dd className="ticket-thread__priority">{ticket.priority}</dd>
          <dt>Opened</dt>
          <dd>{ticket.openedAt ? formatDateTime(Date.parse(ticket.openedAt), timeZone) : '—'}</dd>
        </dl>
        <ReplyNote providerUrl={ticket.providerUrl} />
      </section>

      {ticket.messages.length === 0 ? (
        <p className="muted">The messages of this ticket have not been synced yet.</p>
      ) : (
        <ol className="ticket-messages" aria-label="Messages, oldest first">
          {ticket.messages.map((message) => (
            <MessageItem
              key={`${message.id}-${message.postedAt ?? ''}`}
              message={message}
              timeZone={timeZone}
            />
          ))}
        </ol>
      )}
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
  return (
    <li
      className={`ticket-message ticket-message--${message.author.kind}`}
      data-testid="ticket-message"
      data-author={message.author.kind}
    >
      <header className="ticket-message__head">
        <span className="ticket-message__who">{staff ? 'Staff' : 'You'}</span>
        <span className="ticket-message__name">{message.author.name}</span>
        {message.postedAt ? (
          <time className="muted ticket-message__time" dateTime={message.postedAt}>
            {formatDateTime(Date.parse(message.postedAt), timeZone)}
          </time>
        ) : null}
      </header>
      {/* Ticket text is untrusted: rendered as text only, line breaks kept by CSS. */}
      <div className="ticket-message__body" data-testid="ticket-message-body">
        {message.body}
      </div>
      {message.attachments.length > 0 ? (
        <div className="ticket-message__attachments">
          <span className="ticket-message__attachments-label">
            {message.attachments.length === 1 ? 'Attachment' : 'Attachments'}
          </span>
          <ul aria-label="Attachments">
            {message.attachments.map((attachment) => (
              <li key={attachment.index}>{attachment.filename}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function ReplyNote({ providerUrl }: { readonly providerUrl: string | null }) {
  const open = useOpenInClientArea();
  return (
    <div className="banner banner--info ticket-thread__reply-note" data-testid="reply-note">
      <span>
        Replying from Hostdeck is not available yet — reply in your provider&apos;s client area.
      </span>
      {providerUrl ? (
        <button
          type="button"
          className="button"
          disabled={open.isPending}
          onClick={() => open.mutate(providerUrl)}
        >
          Open in client area
        </button>
      ) : null}
      {open.isError ? (
        <span role="alert" className="ticket-thread__open-error">
          {errorMessage(open.error)}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Acknowledges the open "staff replied" alerts of ticket `id` once its thread is on screen.
 * Each key is sent once per visit, however often the alert list refreshes meanwhile.
 */
function useAcknowledgeOnRead(id: string, threadShown: boolean): void {
  const alerts = useAlerts();
  const { acknowledge } = useAlertActions();
  const sent = useRef(new Set<string>());
  const keys = alerts.data ? ticketAlertKeys(alerts.data.alerts, id).join('\n') : '';

  useEffect(() => {
    if (!threadShown || keys === '') return;
    for (const key of keys.split('\n')) {
      if (sent.current.has(key)) continue;
      sent.current.add(key);
      acknowledge.mutate(key);
    }
    // `acknowledge` changes identity every render; the keys string is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [threadShown, keys]);
}
