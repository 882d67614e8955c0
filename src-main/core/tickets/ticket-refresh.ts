/**
 * Re-reads one ticket from the provider into the cache — its list row and its thread in one
 * transaction — after the outbox confirmed a write to it, so the reseller's message (or the
 * new ticket, or the closed status) shows at once instead of at the next sync. The search
 * index and reading state follow through the triggers on `tickets`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Ticket, TicketSummary } from '@shared/model';
import { inTransaction } from '../cache/database';
import { upsertEntities } from '../cache/repositories/entities';
import { forgetPageHashes } from '../cache/repositories/list-page-hashes';
import { getSyncState } from '../cache/repositories/sync-state';

/** Stores a ticket read from the provider (list row + thread) in one transaction. */
export function storeFetchedTicket(db: DatabaseSync, ticket: Ticket): void {
  const { messages, ...fields } = ticket;
  const summary: TicketSummary = fields;
  inTransaction(db, () => {
    const row = db.prepare('SELECT run_id FROM tickets WHERE id = ?').get(ticket.id) as
      { run_id: string | null } | undefined;
    // Keep the row's listing run, or join the current one, so a listing that completes
    // later does not take the row for one the provider no longer has.
    const runId = row ? row.run_id : (getSyncState(db, 'tickets')?.runId ?? null);
    upsertEntities(db, 'tickets', [summary], runId ?? '');
    // The row now says what GetTicket said: the next sync reads the ticket listing again.
    forgetPageHashes(db, 'tickets');
    db.prepare(
      'UPDATE tickets SET thread_json = ?, thread_last_reply_at = last_reply_at, run_id = ? WHERE id = ?'
    ).run(JSON.stringify(messages), runId, ticket.id);
  });
}
