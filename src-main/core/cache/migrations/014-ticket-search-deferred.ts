import { bodiesOf, listKeysFrom, threadFactsFrom } from './005-ticket-search';
import type { Migration } from './types';

/** The search document of `new.id` is written later (see below), so none is there to replace. */
const NOT_PENDING = 'docid NOT IN (SELECT docid FROM ticket_search_pending)';

/**
 * The ticket search index written once per ticket during a sync. A listing writes tickets
 * without their threads, which the sync fetches right after: indexing the subject alone and
 * then replacing that document with subject and thread cost most of the listing's writes
 * (an FTS5 delete is several times an insert). While `ticket_search_deferred` holds its row
 * (the sync's tickets step sets it and clears it when the step ends, done, failed or
 * cancelled), a ticket inserted without a thread is put in `ticket_search_pending` instead
 * of being indexed; storing its thread writes its one document, and the step's end writes
 * the documents of the tickets still pending (a thread that could not be fetched). A sync
 * killed midway leaves pending tickets, which the next tickets step indexes with its own.
 * Every other write keeps the index in step inside its own transaction, as before.
 */
export const migration014: Migration = {
  version: 14,
  name: 'ticket-search-deferred',
  up: (db) => {
    db.exec(`
      CREATE TABLE ticket_search_deferred (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;
      CREATE TABLE ticket_search_pending (docid INTEGER PRIMARY KEY) STRICT;

      DROP TRIGGER tickets_derive_insert;
      CREATE TRIGGER tickets_derive_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${listKeysFrom('new')}, ${threadFactsFrom('new')}
         WHERE ticket_id = new.id;
        INSERT OR IGNORE INTO ticket_search_pending (docid)
          SELECT docid FROM ticket_state
           WHERE ticket_id = new.id AND new.thread_json IS NULL
             AND EXISTS (SELECT 1 FROM ticket_search_deferred);
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id AND ${NOT_PENDING});
        INSERT INTO ticket_search (rowid, subject, body)
          SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state
           WHERE ticket_id = new.id AND ${NOT_PENDING};
      END;

      DROP TRIGGER tickets_derive_text;
      CREATE TRIGGER tickets_derive_text AFTER UPDATE OF subject, thread_json ON tickets
        WHEN old.subject IS NOT new.subject OR old.thread_json IS NOT new.thread_json
      BEGIN
        INSERT INTO ticket_state (ticket_id) VALUES (new.id) ON CONFLICT (ticket_id) DO NOTHING;
        UPDATE ticket_state SET ${threadFactsFrom('new')} WHERE ticket_id = new.id;
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id AND ${NOT_PENDING});
        DELETE FROM ticket_search_pending
         WHERE docid = (SELECT docid FROM ticket_state WHERE ticket_id = new.id);
        INSERT INTO ticket_search (rowid, subject, body)
          SELECT docid, new.subject, ${bodiesOf('new')} FROM ticket_state WHERE ticket_id = new.id;
      END;

      DROP TRIGGER tickets_derive_delete;
      CREATE TRIGGER tickets_derive_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search
         WHERE rowid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id AND ${NOT_PENDING});
        DELETE FROM ticket_search_pending
         WHERE docid = (SELECT docid FROM ticket_state WHERE ticket_id = old.id);
        DELETE FROM ticket_state WHERE ticket_id = old.id;
      END;
    `);
  }
};
