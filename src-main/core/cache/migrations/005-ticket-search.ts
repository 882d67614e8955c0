import type { Migration } from './types';

/** A message of the row's thread (`m.value`) that staff wrote and the app did not post. */
const STAFF_NOT_OURS = `json_extract(m.value, '$.author.kind') = 'staff'
  AND json_extract(m.value, '$.clientMarker') IS NULL`;

/**
 * A provider timestamp with a zone (Z, ±HH:MM, ±HHMM) as a UTC ISO instant
 * ("2026-03-05T23:30:00.000Z"); NULL for a wall-clock time, whose instant depends on the
 * reseller's zone (the date filter reads those by their date).
 */
export function utcOf(column: string): string {
  const withColon = `CASE WHEN ${column} GLOB '*[+-][0-9][0-9][0-9][0-9]'
    THEN substr(${column}, 1, length(${column}) - 2) || ':' || substr(${column}, -2) ELSE ${column} END`;
  return `CASE WHEN ${column} GLOB '*Z' OR ${column} GLOB '*[+-][0-9][0-9]:[0-9][0-9]'
      OR ${column} GLOB '*[+-][0-9][0-9][0-9][0-9]'
    THEN strftime('%Y-%m-%dT%H:%M:%fZ', ${withColon}) END`;
}

/** The list columns of ticket_state copied from the `tickets` row `row`. */
export function listKeysFrom(row: string): string {
  return `
    public_id = ${row}.public_id,
    subject = ${row}.subject,
    status_key = lower(trim(${row}.status)),
    opened_at = ${row}.opened_at,
    last_reply_at = ${row}.last_reply_at,
    last_reply_utc = ${utcOf(`${row}.last_reply_at`)},
    activity_at = coalesce(${row}.last_reply_at, ${row}.opened_at)`;
}

/**
 * What the row's thread (`${row}.thread_json`) says: how many messages, who answered last for
 * the provider, and when the thread's last message was a staff reply (NULL when the customer
 * wrote last: nothing waits for the reseller).
 */
export function threadFactsFrom(row: string): string {
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
export function bodiesOf(row: string): string {
  return `(SELECT group_concat(json_extract(m.value, '$.body'), char(10)) FROM json_each(${row}.thread_json) m)`;
}

/** Replaces the FTS document of ticket `new.id` with its subject and bodies. */
const REINDEX = `
  DELETE FROM ticket_search WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id);
  INSERT INTO ticket_search (rowid, subject, body)
    SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state WHERE ticket_id = new.id;`;

/**
 * Ticket search, list keys and reading state, derived on write. `ticket_search` is an FTS5
 * index over each ticket's subject and every message body. `ticket_state` is one narrow row
 * per ticket: the columns the list filters, sorts and counts on (so a search never scans the
 * wide `tickets` rows with their threads), what the list shows without parsing threads
 * (message count, technician, the staff reply waiting), and what the reseller has read.
 * Triggers on `tickets` keep both in step with every write, inside the transaction of that
 * write: the list upsert and the thread store of the sync cannot commit without their index.
 * The FTS rowid is `ticket_state.docid`, an INTEGER PRIMARY KEY, so a VACUUM cannot renumber it.
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
        public_id TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        status_key TEXT NOT NULL DEFAULT '',
        opened_at TEXT,
        last_reply_at TEXT,
        last_reply_utc TEXT,
        activity_at TEXT,
        message_count INTEGER NOT NULL DEFAULT 0,
        technician TEXT,
        staff_reply_at TEXT,
        read_through TEXT,
        unread INTEGER NOT NULL GENERATED ALWAYS AS (
          staff_reply_at IS NOT NULL AND (read_through IS NULL OR staff_reply_at > read_through)
        ) STORED
      ) STRICT;
      -- One index per list order, so a page of many matches is read in order and stops early.
      CREATE INDEX ticket_state_activity ON ticket_state (activity_at);
      CREATE INDEX ticket_state_opened ON ticket_state (opened_at);
      CREATE INDEX ticket_state_subject ON ticket_state (subject COLLATE NOCASE);
      CREATE INDEX ticket_state_number ON ticket_state (length(public_id), public_id);
      CREATE INDEX ticket_state_public_id ON ticket_state (public_id COLLATE NOCASE);
      CREATE INDEX ticket_state_unread ON ticket_state (unread) WHERE unread = 1;

      CREATE VIRTUAL TABLE ticket_search USING fts5(
        subject, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER tickets_derive_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${listKeysFrom('new')}, ${threadFactsFrom('new')}
         WHERE ticket_id = new.id;
        ${REINDEX}
      END;

      CREATE TRIGGER tickets_derive_list AFTER UPDATE OF public_id, subject, status, opened_at, last_reply_at ON tickets
        WHEN old.public_id IS NOT new.public_id OR old.subject IS NOT new.subject
          OR old.status IS NOT new.status OR old.opened_at IS NOT new.opened_at
          OR old.last_reply_at IS NOT new.last_reply_at
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${listKeysFrom('new')} WHERE ticket_id = new.id;
      END;

      CREATE TRIGGER tickets_derive_text AFTER UPDATE OF subject, thread_json ON tickets
        WHEN old.subject IS NOT new.subject OR old.thread_json IS NOT new.thread_json
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${threadFactsFrom('new')} WHERE ticket_id = new.id;
        ${REINDEX}
      END;

      CREATE TRIGGER tickets_derive_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id);
        DELETE FROM ticket_state WHERE ticket_id = old.id;
      END;

      INSERT INTO ticket_state (ticket_id) SELECT id FROM tickets ORDER BY rowid;
      UPDATE ticket_state AS s SET ${listKeysFrom('t')}, ${threadFactsFrom('t')}
        FROM tickets t WHERE t.id = s.ticket_id;
      UPDATE ticket_state SET read_through = staff_reply_at;
      INSERT INTO ticket_search (rowid, subject, body)
        SELECT s.docid, t.subject, ${bodiesOf('t')}
          FROM ticket_state s JOIN tickets t ON t.id = s.ticket_id;
    `);
  }
};
