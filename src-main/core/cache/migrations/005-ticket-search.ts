import type { Migration } from './types';

/** A message of the row's thread (`m.value`) that staff wrote and the app did not post. */
const STAFF_NOT_OURS = `json_extract(m.value, '$.author.kind') = 'staff'
  AND json_extract(m.value, '$.clientMarker') IS NULL`;

/**
 * What the row's thread (`${row}.thread_json`) says, as SET assignments of ticket_state:
 * how many messages, who answered last for the provider, and when the thread's last message
 * was a staff reply (NULL when the customer wrote last: nothing waits for the reseller).
 */
function derivedFrom(row: string): string {
  return `
    message_count = coalesce(json_array_length(${row}.thread_json), 0),
    technician = (
      SELECT json_extract(m.value, '$.author.name') FROM json_each(${row}.thread_json) m
       WHERE ${STAFF_NOT_OURS} ORDER BY m.key DESC LIMIT 1),
    staff_reply_at = (
      SELECT CASE WHEN ${STAFF_NOT_OURS} THEN json_extract(m.value, '$.postedAt') END
        FROM json_each(${row}.thread_json) m ORDER BY m.key DESC LIMIT 1)`;
}

/** Every message body of the row's thread, one per line (NULL without a thread). */
function bodiesOf(row: string): string {
  return `(SELECT group_concat(json_extract(m.value, '$.body'), char(10)) FROM json_each(${row}.thread_json) m)`;
}

/**
 * Ticket search and reading state, derived on write. `ticket_search` is an FTS5 index over
 * each ticket's subject and every message body; `ticket_state` holds what the list shows
 * without parsing threads (message count, technician, the staff reply waiting) and what the
 * reseller has read. Triggers on `tickets` keep both in step with every write, inside the
 * transaction of that write: the list upsert and the thread store of the sync cannot commit
 * without their index. The FTS rowid is `ticket_state.docid`, an INTEGER PRIMARY KEY, so a
 * VACUUM cannot renumber it.
 *
 * `read_through` is the staff reply (its `staff_reply_at`) the reseller last opened: a ticket
 * is unread while its `staff_reply_at` is later. Tickets already cached when this runs were
 * on screen before, so they start read.
 */
export const migration005: Migration = {
  version: 5,
  name: 'ticket-search',
  up: (db) => {
    db.exec(`
      CREATE TABLE ticket_state (
        docid INTEGER PRIMARY KEY,
        ticket_id TEXT NOT NULL UNIQUE,
        message_count INTEGER NOT NULL DEFAULT 0,
        technician TEXT,
        staff_reply_at TEXT,
        read_through TEXT
      ) STRICT;
      CREATE INDEX ticket_state_unread ON ticket_state (staff_reply_at) WHERE staff_reply_at IS NOT NULL;

      CREATE VIRTUAL TABLE ticket_search USING fts5(
        subject, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER tickets_derive_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${derivedFrom('new')} WHERE ticket_id = new.id;
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id);
        INSERT INTO ticket_search (rowid, subject, body)
          SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state WHERE ticket_id = new.id;
      END;

      CREATE TRIGGER tickets_derive_update AFTER UPDATE OF subject, thread_json ON tickets
        WHEN old.subject IS NOT new.subject OR old.thread_json IS NOT new.thread_json
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${derivedFrom('new')} WHERE ticket_id = new.id;
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id);
        INSERT INTO ticket_search (rowid, subject, body)
          SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state WHERE ticket_id = new.id;
      END;

      CREATE TRIGGER tickets_derive_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id);
        DELETE FROM ticket_state WHERE ticket_id = old.id;
      END;

      INSERT INTO ticket_state (ticket_id) SELECT id FROM tickets ORDER BY rowid;
      UPDATE ticket_state AS s SET ${derivedFrom('t')}
        FROM tickets t WHERE t.id = s.ticket_id;
      UPDATE ticket_state SET read_through = staff_reply_at;
      INSERT INTO ticket_search (rowid, subject, body)
        SELECT s.docid, t.subject, ${bodiesOf('t')}
          FROM ticket_state s JOIN tickets t ON t.id = s.ticket_id;
    `);
  }
};
