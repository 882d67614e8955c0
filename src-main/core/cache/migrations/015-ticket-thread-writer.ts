import { utcOf } from './005-ticket-search';
import type { Migration } from './types';

/** Marks ticket `new.id`: its thread facts and search document are to be derived again. */
const MARK = `INSERT INTO ticket_search_pending (docid)
          SELECT docid FROM ticket_state WHERE ticket_id = new.id
          ON CONFLICT (docid) DO NOTHING;`;

/**
 * What a ticket's thread says (its facts in `ticket_state` and its search document) written by
 * the ticket writers, not by triggers on `tickets`.
 *
 * A statement on `tickets` whose triggers could update another table or write the FTS5 table
 * cost about 50 µs per row, whether they did or not: most of a sync's tickets step, spent on
 * the listing's tickets and the stored threads. The triggers now only insert: the list keys of
 * a new ticket (a ticket's `ticket_state` row goes with its `tickets` row, so an inserted
 * ticket has none yet), and a mark in `ticket_search_pending` when a ticket is new or its
 * subject or thread changed. The list keys of a changed ticket keep their trigger (migration
 * 005). `tickets/ticket-write-repository.ts` derives the rest: `storeThreads` the facts and
 * documents of the threads it stores, from the messages it holds, and `indexPendingTickets`
 * those of every ticket still marked, from the stored JSON. Every writer of tickets calls it
 * before its transaction ends; a sync's tickets step calls it once, at its end, so the
 * listing's tickets get their document with their thread. `ticket_state.search_doc` says
 * whether the index holds the ticket's document (so a first one is written without deleting
 * one that is not there). `ticket_search_deferred` (migration 014) has no use left.
 */
export const migration015: Migration = {
  version: 15,
  name: 'ticket-derived-by-writers',
  up: (db) => {
    db.exec(`
      ALTER TABLE ticket_state ADD COLUMN search_doc INTEGER NOT NULL DEFAULT 0;
      UPDATE ticket_state SET search_doc = 1
       WHERE docid NOT IN (SELECT docid FROM ticket_search_pending);
      DROP TABLE ticket_search_deferred;

      DROP TRIGGER tickets_derive_insert;
      CREATE TRIGGER tickets_derive_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_state (ticket_id, public_id, subject, status_key, opened_at,
            last_reply_at, last_reply_utc, activity_at)
          VALUES (new.id, new.public_id, new.subject, lower(trim(new.status)), new.opened_at,
            new.last_reply_at, ${utcOf('new.last_reply_at')},
            coalesce(new.last_reply_at, new.opened_at))
          ON CONFLICT (ticket_id) DO NOTHING;
        ${MARK}
      END;

      DROP TRIGGER tickets_derive_text;
      CREATE TRIGGER tickets_derive_subject AFTER UPDATE OF subject ON tickets
        WHEN old.subject IS NOT new.subject
      BEGIN
        ${MARK}
      END;
      CREATE TRIGGER tickets_derive_thread AFTER UPDATE OF thread_json ON tickets
        WHEN old.thread_json IS NOT new.thread_json
      BEGIN
        ${MARK}
      END;

      DROP TRIGGER tickets_derive_delete;
      CREATE TRIGGER tickets_derive_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id AND search_doc = 1);
        DELETE FROM ticket_search_pending
         WHERE docid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id);
        DELETE FROM ticket_state WHERE ticket_id = old.id;
      END;
    `);
  }
};
