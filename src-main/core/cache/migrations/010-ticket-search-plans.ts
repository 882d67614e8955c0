import type { Migration } from './types';

/**
 * What the ticket search needs to answer a keyword from one cheap look at each index:
 *
 * - `ticket_state_reply_utc`: the last-reply instants in order, so a date filter reads only
 *   the tickets on one side of its range (NULL, i.e. wall-clock or no reply, sorts first and
 *   is one more range of the same index).
 * - `ticket_search_terms`: the search index's vocabulary (an fts5vocab table, nothing
 *   stored), so a typed word prefix becomes the exact words it stands for. Exact words can be
 *   tested against one ticket by seeking their lists, where a prefix makes FTS5 merge the
 *   lists of all its words again on every test.
 */
export const migration010: Migration = {
  version: 10,
  name: 'ticket-search-plans',
  up: (db) => {
    db.exec(`
      CREATE INDEX ticket_state_reply_utc ON ticket_state (last_reply_utc);
      CREATE VIRTUAL TABLE ticket_search_terms USING fts5vocab(ticket_search, 'row');
    `);
  }
};
