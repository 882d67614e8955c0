import type { Migration } from './types';

/**
 * The outbox: every ticket write (reply, open, close) is stored here before it is sent, and
 * keeps its delivery state across restarts and crashes. `marker` travels with the write (the
 * "[hd:…]" trailer) so a write whose answer was lost can be found at the provider instead of
 * being sent twice. Items of one ticket (`order_key`) are sent in `seq` order.
 */
export const migration004: Migration = {
  version: 4,
  name: 'outbox',
  up: (db) => {
    db.exec(`
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'open', 'close')),
        -- 'ticket:<id>' for writes to an existing ticket, 'open:<item id>' for a new one.
        order_key TEXT NOT NULL,
        ticket_id TEXT,
        ticket_public_id TEXT,
        marker TEXT NOT NULL UNIQUE,
        -- The write itself as JSON (message, subject, department, attachments' data); the
        -- attachments' data is dropped once the provider confirmed the write.
        payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error_kind TEXT,
        last_error_message TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        -- Who is sending it now (a process token): another process leaves a live claim
        -- alone; a claim whose owner died is taken over (and the marker checked).
        claimed_by TEXT,
        -- When the last attempt began.
        claimed_at TEXT
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox (state, order_key, seq);
      CREATE INDEX outbox_ticket ON outbox (ticket_id, seq);
    `);
  }
};
