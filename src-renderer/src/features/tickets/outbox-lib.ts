/**
 * Pure rules of the outbox on screen: which writes a thread shows below its messages and in
 * which state, the words of each state, and the status bar's count. No React, no I/O.
 */
import type { OutboxItem, OutboxKind } from '@shared/contract';
import type { TicketMessage } from '@shared/model';
import { errorText } from '@shared/i18n/error-text';
import { i18n } from '../../lib/i18n';

/** Why an outbox item failed, in the chosen language: its kind, with the provider's words. */
export function failureReason(lastError: OutboxItem['lastError']): string | null {
  return lastError === null ? null : errorText(i18n.getFixedT(null, 'errors'), lastError);
}

/** A reply the reseller just sent from this window, shown at once while main stores it. */
export interface ReplyEcho {
  readonly localId: string;
  readonly ticketId: string;
  readonly message: string;
  readonly attachments: readonly { readonly name: string; readonly size: number }[];
  /** 'sending' until main answers; 'stored' once it returned the item; 'refused' if the call failed. */
  readonly phase: 'sending' | 'stored' | 'refused';
  /** The outbox item main stored, as first answered. */
  readonly item: OutboxItem | null;
  /** Why the call failed ('refused'). */
  readonly error: string | null;
  readonly createdAt: string;
}

/** The state a write is shown in. */
export type EntryState = 'sending' | 'sent' | 'queued' | 'failed';

/** One write shown in a thread, below the messages. */
export interface ThreadEntry {
  readonly key: string;
  readonly kind: OutboxKind;
  readonly message: string | null;
  readonly attachments: readonly { readonly name: string; readonly size: number }[];
  readonly state: EntryState;
  /** The reason of a failure, in the provider's or main's words. */
  readonly error: string | null;
  /** The outbox id (Retry and Discard act on it); null while not stored. */
  readonly itemId: string | null;
  /** The echo it came from, if any (Retry resends, Discard forgets a refused echo). */
  readonly localId: string | null;
  readonly createdAt: string;
}

/** The words of a state, as the reseller reads them next to the message. */
export function stateLabel(state: EntryState, error: string | null): string {
  switch (state) {
    case 'sending':
      return i18n.t('tickets:outbox.sending');
    case 'sent':
      return i18n.t('tickets:outbox.sent');
    case 'queued':
      return i18n.t('tickets:outbox.queued');
    case 'failed':
      return i18n.t('tickets:outbox.failed', {
        reason: error ?? i18n.t('tickets:outbox.refused')
      });
  }
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The writes of one ticket to show below its messages, oldest first:
 * - every echo of this window (sending, refused, or stored — then in the outbox's latest state);
 * - every unsent item main lists for the ticket (also those written elsewhere, e.g. the CLI).
 * A sent reply disappears once the thread holds the message it became (same text, posted by
 * this app — it carries a client marker); a sent close request disappears at once, the status
 * chip says the rest.
 */
export function threadEntries(args: {
  readonly echoes: readonly ReplyEcho[];
  /** `tickets:get`'s outbox: this ticket's unsent items. */
  readonly ticketOutbox: readonly OutboxItem[];
  /** `outbox:list`, when loaded: knows the state of recently sent items too. */
  readonly outbox: readonly OutboxItem[] | undefined;
  readonly messages: readonly TicketMessage[];
}): ThreadEntry[] {
  const latest = (item: OutboxItem): OutboxItem =>
    args.ticketOutbox.find((other) => other.id === item.id) ??
    args.outbox?.find((other) => other.id === item.id) ??
    item;

  const entries: ThreadEntry[] = [];
  const seen = new Set<string>();
  for (const echo of args.echoes) {
    if (echo.item) {
      seen.add(echo.item.id);
      entries.push({ ...fromItem(latest(echo.item)), localId: echo.localId });
    } else {
      entries.push({
        key: echo.localId,
        kind: 'reply',
        message: echo.message,
        attachments: echo.attachments,
        state: echo.phase === 'refused' ? 'failed' : 'sending',
        error: echo.error,
        itemId: null,
        localId: echo.localId,
        createdAt: echo.createdAt
      });
    }
  }
  for (const item of args.ticketOutbox) {
    if (!seen.has(item.id)) entries.push(fromItem(item));
  }

  // Each message this app posted can stand for one sent reply.
  const posted = args.messages
    .filter((message) => message.clientMarker !== null || message.author.kind === 'customer')
    .map((message) => normalize(message.body));
  return entries
    .filter((entry) => {
      if (entry.state !== 'sent') return true;
      if (entry.kind !== 'reply') return false;
      const index = posted.indexOf(normalize(entry.message ?? ''));
      if (index === -1) return true;
      posted.splice(index, 1);
      return false;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function fromItem(item: OutboxItem): ThreadEntry {
  return {
    key: item.id,
    kind: item.kind,
    message: item.message,
    attachments: item.attachments,
    state: item.state,
    error: failureReason(item.lastError),
    itemId: item.id,
    localId: null,
    createdAt: item.createdAt
  };
}

/** The status bar's numbers: writes waiting to be sent, and writes that failed. */
export function outboxCounts(items: readonly OutboxItem[]): {
  readonly pending: number;
  readonly failed: number;
} {
  let pending = 0;
  let failed = 0;
  for (const item of items) {
    if (item.state === 'queued' || item.state === 'sending') pending++;
    else if (item.state === 'failed') failed++;
  }
  return { pending, failed };
}
