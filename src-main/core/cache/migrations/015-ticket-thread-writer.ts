import { bodiesOf, threadFactsFrom } from './005-ticket-search';
import type { Migration } from './types';

/** `ticket_state` row `s` waits for its thread to be indexed (migration 014). */
const PENDING = 'EXISTS (SELECT 1 FROM ticket_search_pending p WHERE p.docid = s.docid)';

/**
 * Threads stored with what they say, by their writer. The sync and the outbox hold every thread
 * they store already parsed; the trigger read it again from its JSON, four times (count,
 * technician, waiting reply, the bodies for the search), which was most of a sync's tickets
 * step. While `ticket_thread_writer` holds its row, the thread writer of
 * `tickets/ticket-write-repository.ts` writes the facts and the search document itself
 * (`tickets/thread-facts.ts` reads the same as `threadFactsFrom` and `bodiesOf`); it sets the
 * row and clears it inside its own transaction, so no other write ever sees it. Any other
 * write of a thread or a subject keeps the index in step through the trigger, as before.
 * The pending checks read `ticket_search_pending` by its key instead of listing it per row.
 */
export const migration015: Migration = {
  version: 15,
  name: 'ticket-thread-writer',
  up: (db) => {
    db.exec(`
      CREATE TABLE ticket_thread_writer (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

      DROP TRIGGER tickets_derive_text;
      CREATE TRIGGER tickets_derive_text AFTER UPDATE OF subject, thread_json ON tickets
        WHEN (old.subject IS NOT new.subject OR old.thread_json IS NOT new.thread_json)
          AND NOT EXISTS (SELECT 1 FROM ticket_thread_writer)
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${threadFactsFrom('new')} WHERE ticket_id = new.id;
        DELETE FROM ticket_search
         WHERE rowid = (SELECT s.docid FROM ticket_state s WHERE s.ticket_id = new.id AND NOT ${PENDING});
        DELETE FROM ticket_search_pending
         WHERE docid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id);
        INSERT INTO ticket_search (rowid, subject, body)
          SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state WHERE ticket_id = new.id;
      END;

      DROP TRIGGER tickets_derive_delete;
      CREATE TRIGGER tickets_derive_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search
         WHERE rowid = (SELECT s.docid FROM ticket_state s WHERE s.ticket_id = old.id AND NOT ${PENDING});
        DELETE FROM ticket_search_pending
         WHERE docid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id);
        DELETE FROM ticket_state WHERE ticket_id = old.id;
      END;
    `);
  }
};
