import { listKeysFrom, threadFactsFrom } from './005-ticket-search';
import type { Migration } from './types';

/**
 * The ticket search index written by the ticket writers, never by a trigger on `tickets`.
 *
 * A statement on `tickets` whose triggers could write the FTS5 table paid the index's
 * statement upkeep on every row, written or not: about 50 µs per listed ticket and per stored
 * thread, most of a sync's tickets step. The triggers now keep only `ticket_state` (list
 * keys and thread facts, plain tables) and mark the ticket in `ticket_search_pending` when its
 * document is missing or out of date. The writers in `tickets/ticket-write-repository.ts`
 * write the documents: the thread writer for the threads it stores (with their facts, from
 * the messages it holds, while `ticket_thread_writer` holds its row inside its own
 * transaction), and `indexPendingTickets` for every ticket still marked, which each writer of
 * tickets calls before its transaction ends (a sync's tickets step calls it once, at its end:
 * the listing's tickets get their document with their thread). `ticket_state.search_doc` says
 * whether the index holds the ticket's document, so a first document is written without
 * deleting one that is not there. Deletions still remove the document in their trigger (one
 * statement per listing). `ticket_search_deferred` (migration 014) has no use left.
 */
export const migration015: Migration = {
  version: 15,
  name: 'ticket-search-by-writers',
  up: (db) => {
    db.exec(`
      CREATE TABLE ticket_thread_writer (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;
      ALTER TABLE ticket_state ADD COLUMN search_doc INTEGER NOT NULL DEFAULT 0;
      UPDATE ticket_state SET search_doc = 1
       WHERE docid NOT IN (SELECT docid FROM ticket_search_pending);
      DROP TABLE ticket_search_deferred;

      DROP TRIGGER tickets_derive_insert;
      CREATE TRIGGER tickets_derive_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${listKeysFrom('new')}, ${threadFactsFrom('new')}
         WHERE ticket_id = new.id;
        INSERT INTO ticket_search_pending (docid)
          SELECT docid FROM ticket_state WHERE ticket_id = new.id
          ON CONFLICT (docid) DO NOTHING;
      END;

      DROP TRIGGER tickets_derive_text;
      CREATE TRIGGER tickets_derive_subject AFTER UPDATE OF subject ON tickets
        WHEN old.subject IS NOT new.subject
      BEGIN
        INSERT INTO ticket_search_pending (docid)
          SELECT docid FROM ticket_state WHERE ticket_id = new.id
          ON CONFLICT (docid) DO NOTHING;
      END;
      CREATE TRIGGER tickets_derive_thread AFTER UPDATE OF thread_json ON tickets
        WHEN old.thread_json IS NOT new.thread_json
          AND NOT EXISTS (SELECT 1 FROM ticket_thread_writer)
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${threadFactsFrom('new')} WHERE ticket_id = new.id;
        INSERT INTO ticket_search_pending (docid)
          SELECT docid FROM ticket_state WHERE ticket_id = new.id
          ON CONFLICT (docid) DO NOTHING;
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
