/**
 * What the reseller has read. A ticket is unread while the thread's last message is a staff
 * reply (not one the app posted) newer than the staff reply they last opened; answering
 * (the customer writing last) ends it too. The columns are kept by migration 005's triggers;
 * this module only moves `read_through` and reads the result.
 */
import type { DatabaseSync } from 'node:sqlite';

/** `unread` is a stored generated column of ticket_state: staff_reply_at later than read_through. */
const UNREAD = 's.unread = 1';

/** The staff reply a ticket was just marked read at; null when nothing was unread. */
export interface MarkedRead {
  readonly ticketId: string;
  /** The provider time of the staff reply now read (part of its alert key). */
  readonly staffReplyAt: string;
}

/** Marks ticket `id` read up to its latest staff reply. Null when it had nothing unread. */
export function markTicketRead(db: DatabaseSync, id: string): MarkedRead | null {
  const row = db
    .prepare(
      `UPDATE ticket_state AS s SET read_through = s.staff_reply_at
        WHERE s.ticket_id = ? AND ${UNREAD} RETURNING staff_reply_at AS at`
    )
    .get(id) as { at: string } | undefined;
  return row ? { ticketId: id, staffReplyAt: row.at } : null;
}

/** Marks every cached ticket read (the first sync's baseline: old replies are not news). */
export function markAllTicketsRead(db: DatabaseSync): number {
  const result = db
    .prepare(`UPDATE ticket_state AS s SET read_through = s.staff_reply_at WHERE ${UNREAD}`)
    .run();
  return Number(result.changes);
}

/** How many cached tickets hold a staff reply not yet opened. */
export function countUnreadTickets(db: DatabaseSync): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM ticket_state s WHERE ${UNREAD}`).get() as {
      n: number;
    }
  ).n;
}

/** A staff reply waiting to be read, as the alert rules need it. */
export interface UnreadStaffReply {
  readonly id: string;
  readonly subject: string;
  readonly staffReplyAt: string;
}

/** Every unread staff reply, by ticket id. */
export function unreadStaffReplies(db: DatabaseSync): UnreadStaffReply[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.subject, s.staff_reply_at FROM ticket_state s
         JOIN tickets t ON t.id = s.ticket_id
        WHERE ${UNREAD} ORDER BY t.id`
    )
    .all() as { id: string; subject: string; staff_reply_at: string }[];
  return rows.map((r) => ({ id: r.id, subject: r.subject, staffReplyAt: r.staff_reply_at }));
}
