/**
 * Maps parsed WHMCS support replies (tickets, threads, departments) onto the model. Staff
 * notes are not in the wire schema at all, so they cannot reach the model. Date-times become
 * UTC instants, read in `serverTimeZone`, the WHMCS server's zone.
 */
import type {
  Department,
  Ticket,
  TicketMessage,
  TicketPriority,
  TicketSummary
} from '@shared/model';
import { isAwaitingCustomer, isClosedTicketStatus } from '@shared/model';
import { splitClientMarker } from './client-marker';
import { utcInstantOf } from './provider-time';
import type { WireReplyRow, WireTicketDetail, WireTicketRow } from './schemas';
import { nonEmpty, statusKey } from './text';

function ticketPriority(raw: string): TicketPriority {
  const key = statusKey(raw);
  return key === 'low' || key === 'medium' || key === 'high' ? key : 'unknown';
}

/** GetTickets row → TicketSummary; department names come from GetSupportDepartments. */
export function toTicketSummary(
  row: WireTicketRow,
  departmentNames: ReadonlyMap<string, string>,
  serverTimeZone: string
): TicketSummary {
  return {
    id: row.id,
    publicId: nonEmpty(row.tid) ?? row.id,
    subject: row.subject,
    departmentId: row.deptid,
    departmentName: departmentNames.get(row.deptid) ?? null,
    status: row.status,
    priority: ticketPriority(row.priority),
    openedAt: utcInstantOf(row.date, serverTimeZone),
    lastReplyAt: utcInstantOf(row.lastreply, serverTimeZone),
    awaitingCustomer: isAwaitingCustomer(row.status),
    isClosed: isClosedTicketStatus(row.status)
  };
}

/** Staff wrote it when `admin` is set or the requestor is an operator. */
function isStaff(reply: WireReplyRow): boolean {
  return reply.admin.trim() !== '' || reply.requestor_type.trim().toLowerCase() === 'operator';
}

function toMessage(reply: WireReplyRow, index: number, serverTimeZone: string): TicketMessage {
  const staff = isStaff(reply);
  const text = reply.message.includes('\r') ? reply.message.replace(/\r\n?/g, '\n') : reply.message;
  // Only customer messages can carry our marker; never strip text from staff replies.
  const { body, marker } = staff ? { body: text, marker: null } : splitClientMarker(text);
  return {
    id: nonEmpty(reply.replyid) ?? String(index),
    author: {
      name: (staff ? nonEmpty(reply.admin) : null) ?? nonEmpty(reply.requestor_name) ?? reply.name,
      kind: staff ? 'staff' : 'customer'
    },
    postedAt: utcInstantOf(reply.date, serverTimeZone),
    body,
    bodyFormat: 'markdown',
    attachments: (reply.attachments ?? []).map((a) => ({ index: a.index, filename: a.filename })),
    clientMarker: marker
  };
}

/** GetTicket → Ticket with the public thread (oldest first); staff notes never appear. */
export function toTicket(wire: WireTicketDetail, serverTimeZone: string): Ticket {
  const messages = wire.replies.map((reply, index) => toMessage(reply, index, serverTimeZone));
  return {
    id: wire.ticketid,
    publicId: nonEmpty(wire.tid) ?? wire.ticketid,
    subject: wire.subject,
    departmentId: wire.deptid,
    departmentName: nonEmpty(wire.deptname),
    status: wire.status,
    priority: ticketPriority(wire.priority),
    openedAt: utcInstantOf(wire.date, serverTimeZone),
    lastReplyAt: utcInstantOf(wire.lastreply, serverTimeZone),
    awaitingCustomer: isAwaitingCustomer(wire.status),
    isClosed: isClosedTicketStatus(wire.status),
    messages: [...messages].sort((a, b) => (a.postedAt ?? '').localeCompare(b.postedAt ?? ''))
  };
}

/** GetSupportDepartments row → Department. */
export function toDepartment(row: {
  id: string;
  name: string;
  opentickets?: number;
  awaitingreply?: number;
}): Department {
  return {
    id: row.id,
    name: row.name,
    openTickets: row.opentickets ?? null,
    awaitingReply: row.awaitingreply ?? null
  };
}
