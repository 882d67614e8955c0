import type { Migration } from './types';

/**
 * The tickets whose thread must be fetched (none cached, or older than the last reply) get a
 * partial index of their own. Every sync asks for them (staleThreadIds), and without it the
 * question read every ticket row through its whole thread: `thread_last_reply_at` is stored
 * after `thread_json`, which spills to overflow pages, about 50 MB for the 10,000 tickets of
 * the large data (16-50 ms per sync). The index holds only the stale tickets, usually none,
 * in the order the sync fetches them.
 */
export const migration017: Migration = {
  version: 17,
  name: 'ticket-thread-stale',
  up: (db) => {
    db.exec(`
      CREATE INDEX tickets_thread_stale ON tickets (last_reply_at)
        WHERE thread_json IS NULL OR thread_last_reply_at IS NOT last_reply_at;
    `);
  }
};
