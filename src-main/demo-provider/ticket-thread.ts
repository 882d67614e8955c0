/**
 * Rebuilds a ticket's generated messages and staff notes from the data seed, then appends
 * the replies added at runtime. Deterministic: the same ticket always yields the same thread.
 */
import { CUSTOMER_LINES, NOTE_LINES, STAFF_LINES } from './catalog';
import type { DemoData, DemoMessage, DemoNote, DemoTicket } from './model';
import { createPrng, deriveSeed } from './prng';

export interface TicketThread {
  readonly messages: readonly DemoMessage[];
  /** Staff-only notes: WHMCS returns them to API callers; clients must never show them. */
  readonly notes: readonly DemoNote[];
}

const CUSTOMER_FILES = ['screenshot.png', 'error.log', 'invoice-question.pdf', 'phpinfo.html'];

/** Reply id for the next runtime message of a ticket. */
export function nextReplyId(ticket: DemoTicket): number {
  return ticket.id * 1000 + ticket.seedMessages + ticket.added.length;
}

/** The full thread of one ticket: generated messages, then runtime replies, oldest first. */
export function ticketThread(
  data: Pick<DemoData, 'seed' | 'staff'>,
  ticket: DemoTicket
): TicketThread {
  const prng = createPrng(deriveSeed(data.seed, 0x7161, ticket.id));
  const messages: DemoMessage[] = [];
  const steps = Math.max(1, ticket.seedMessages - 1);
  const spanMs = Math.max(0, ticket.seedLastReplyMs - ticket.openedMs);
  let attachmentIndex = 0;
  for (let k = 0; k < ticket.seedMessages; k++) {
    const staff = k % 2 === 1;
    const atMs = ticket.openedMs + Math.floor((spanMs * k) / steps);
    const attachments = prng.chance(staff ? 0.05 : 0.2)
      ? [
          {
            filename: staff ? 'instructions.pdf' : prng.pick(CUSTOMER_FILES),
            index: attachmentIndex++
          }
        ]
      : [];
    const body =
      k === 0
        ? `${ticket.subject}\r\n\r\n${prng.pick(CUSTOMER_LINES)}`
        : prng.pick(staff ? STAFF_LINES : CUSTOMER_LINES);
    messages.push({
      replyid: k === 0 ? 0 : ticket.id * 1000 + k,
      author: staff ? 'staff' : 'customer',
      admin: staff ? prng.pick(data.staff) : '',
      atMs,
      message: body,
      attachments
    });
  }
  const notes: DemoNote[] = [];
  for (let n = 0; n < ticket.seedNotes; n++) {
    notes.push({
      noteid: ticket.id * 10 + n + 1,
      admin: prng.pick(data.staff),
      atMs: ticket.openedMs + Math.floor((spanMs * (n + 1)) / (ticket.seedNotes + 1)),
      message: prng.pick(NOTE_LINES)
    });
  }
  return { messages: [...messages, ...ticket.added], notes };
}
