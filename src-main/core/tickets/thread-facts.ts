/**
 * What a ticket's thread says for the list and the search, read from the messages the writer
 * already holds (the sync and the outbox have them parsed): how many messages, who answered
 * last for the provider, the staff reply waiting for the reseller, and the text the search
 * indexes. Migration 005's SQL (`threadFactsFrom`, `bodiesOf`) says the same of a stored
 * thread; `thread-facts.property.test.ts` holds the two equal.
 */
import type { TicketMessage } from '@shared/model';

/** The parts of a message the facts read. */
export type ThreadFactsMessage = Pick<
  TicketMessage,
  'author' | 'postedAt' | 'body' | 'clientMarker'
>;

export interface ThreadFacts {
  readonly messageCount: number;
  /** The name of the last staff member who wrote, not counting what the app posted. */
  readonly technician: string | null;
  /** When the last message is a staff reply (not the app's): the reply waiting; else null. */
  readonly staffReplyAt: string | null;
  /** Every message body, one per line; null for an empty thread. */
  readonly bodies: string | null;
}

/** A message staff wrote and the app did not post. */
function isStaffReply(message: ThreadFactsMessage): boolean {
  return message.author.kind === 'staff' && message.clientMarker == null;
}

export function threadFactsOf(messages: readonly ThreadFactsMessage[]): ThreadFacts {
  const last = messages.at(-1);
  let technician: string | null = null;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (isStaffReply(message)) {
      technician = message.author.name;
      break;
    }
  }
  return {
    messageCount: messages.length,
    technician,
    staffReplyAt: last !== undefined && isStaffReply(last) ? last.postedAt : null,
    bodies: messages.length === 0 ? null : messages.map((m) => m.body).join('\n')
  };
}
