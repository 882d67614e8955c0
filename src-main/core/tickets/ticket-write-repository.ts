/**
 * The ticket rows the writes need: a ticket re-read after the outbox confirmed a write to it
 * (its list row and its thread in one transaction, so the reseller's message, the new ticket
 * or the closed status shows at once instead of at the next sync), the threads the sync
 * fetches, the search index's upkeep, and the lookups the writes check their input with.
 * The triggers on `tickets` keep the list keys and mark a new or changed ticket pending
 * (migration 015); what a thread says (its facts and search document) is written here:
 * storeThreads for the threads it stores, indexPendingTickets for the rest, which every
 * writer of tickets calls before its transaction ends.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Ticket, TicketMessage, TicketSummary } from '@shared/model';
import { inTransaction } from '../cache/database';
import { bodiesOf, threadFactsFrom } from '../cache/migrations/005-ticket-search';
import { upsertEntities } from '../cache/repositories/entities';
import { forgetPageHashes } from '../cache/repositories/list-page-hashes';
import { getSyncState } from '../cache/repositories/sync-state';
import { prepared } from '../cache/statements';
import { threadFactsOf } from './thread-facts';

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
    db.prepare('UPDATE tickets SET run_id = ? WHERE id = ?').run(runId, ticket.id);
    storeThreads(db, [{ id: ticket.id, messages }]);
    indexPendingTickets(db);
  });
}

/**
 * Tickets whose thread is missing or older than their last reply, latest reply first. The
 * WHERE is the partial index tickets_thread_stale's own (migration 017), word for word.
 */
export function staleThreadIds(db: DatabaseSync): string[] {
  const rows = prepared(db, STALE_THREADS).all() as { id: string }[];
  return rows.map((r) => r.id);
}

/** staleThreadIds' query; its WHERE is the partial index's. */
export const STALE_THREADS =
  'SELECT id FROM tickets WHERE thread_json IS NULL OR thread_last_reply_at IS NOT last_reply_at ORDER BY last_reply_at DESC';

/** A fetched thread, to store for ticket `id`. */
export interface FetchedThread {
  readonly id: string;
  readonly messages: readonly TicketMessage[];
}

/**
 * Stores fetched threads as current up to each ticket's last reply, with what they say: the
 * list's facts and the search document, from the messages in hand (migration 015). A ticket
 * no longer cached is skipped. Call inside a transaction. Returns how many threads were stored.
 *
 * The documents go to the search index in ascending docid (FTS rowid) order, old ones removed
 * first: FTS5 writes what it holds as a new segment whenever a write's rowid is not above the
 * last one's, so threads stored as they arrive (four at a time, newest reply first) made a
 * segment of almost every thread, and merging those cost three times the indexing (the large
 * data's 10,000 threads: about 47 µs a thread indexed in arrival order, 10-15 in order).
 */
export function storeThreads(db: DatabaseSync, threads: readonly FetchedThread[]): number {
  const current = prepared(
    db,
    `SELECT s.docid AS docid, t.subject AS subject, t.thread_json IS ? AS same,
            s.search_doc AS searchDoc,
            EXISTS (SELECT 1 FROM ticket_search_pending p WHERE p.docid = s.docid) AS pending
       FROM tickets t JOIN ticket_state s ON s.ticket_id = t.id WHERE t.id = ?`
  );
  const write = prepared(
    db,
    'UPDATE tickets SET thread_json = ?, thread_last_reply_at = last_reply_at WHERE id = ?'
  );
  const facts = prepared(
    db,
    `UPDATE ticket_state SET message_count = ?, technician = ?, staff_reply_at = ?, search_doc = 1
      WHERE docid = ?`
  );
  const unindex = prepared(db, 'DELETE FROM ticket_search WHERE rowid = ?');
  const unpend = prepared(db, 'DELETE FROM ticket_search_pending WHERE docid = ?');
  const index = prepared(db, 'INSERT INTO ticket_search (rowid, subject, body) VALUES (?, ?, ?)');
  let stored = 0;
  // By docid: a thread given twice is derived once, from the messages stored last.
  const derived = new Map<
    number,
    {
      readonly subject: string;
      readonly indexed: boolean;
      readonly messages: readonly TicketMessage[];
    }
  >();
  for (const { id, messages } of threads) {
    const json = JSON.stringify(messages);
    const state = current.get(json, id) as
      | { docid: number; subject: string; same: number; searchDoc: number; pending: number }
      | undefined;
    if (state === undefined) continue;
    write.run(json, id);
    stored += 1;
    // The same thread again, nothing pending: its facts and document are those stored.
    if (state.same === 1 && state.pending === 0) continue;
    derived.set(state.docid, { subject: state.subject, indexed: state.searchDoc === 1, messages });
  }
  const ordered = [...derived].sort(([a], [b]) => a - b);
  for (const [docid, { indexed }] of ordered) if (indexed) unindex.run(docid);
  for (const [docid, { subject, messages }] of ordered) {
    const { messageCount, technician, staffReplyAt, bodies } = threadFactsOf(messages);
    facts.run(messageCount, technician, staffReplyAt, docid);
    index.run(docid, subject, bodies);
    // The trigger marked a changed thread: it is derived now.
    unpend.run(docid);
  }
  return stored;
}

/**
 * Merges the search index's segments into one (about 0.2 s for 10,000 tickets with
 * threads). Every ticket write adds a small FTS5 segment; after a sync has written many, a
 * keyword that matches thousands of tickets must merge them all on every search.
 */
export function compactTicketSearch(db: DatabaseSync): void {
  db.exec("INSERT INTO ticket_search (ticket_search) VALUES ('optimize')");
}

/**
 * Derives what the thread says (facts, search document) of every ticket marked pending (new,
 * or whose subject or thread changed outside storeThreads), from its stored JSON, replacing
 * the document the index holds. Every writer of tickets calls it before its transaction ends
 * (migration 015); a sync's tickets step calls it once, at its end. Call inside a transaction.
 */
export function indexPendingTickets(db: DatabaseSync): void {
  db.exec(`
    UPDATE ticket_state AS s SET ${threadFactsFrom('t')}
      FROM tickets t
     WHERE t.id = s.ticket_id AND s.docid IN (SELECT docid FROM ticket_search_pending);
    DELETE FROM ticket_search WHERE rowid IN (
      SELECT s.docid FROM ticket_search_pending p JOIN ticket_state s ON s.docid = p.docid
       WHERE s.search_doc = 1);
    INSERT INTO ticket_search (rowid, subject, body)
      SELECT s.docid, t.subject, ${bodiesOf('t')}
        FROM ticket_search_pending p
        JOIN ticket_state s ON s.docid = p.docid
        JOIN tickets t ON t.id = s.ticket_id;
    UPDATE ticket_state SET search_doc = 1
     WHERE search_doc = 0 AND docid IN (SELECT docid FROM ticket_search_pending);
    DELETE FROM ticket_search_pending;
  `);
}

/** A cached ticket by internal id or number ("#482913"); the id wins. Null when not cached. */
export function cachedTicketRef(
  db: DatabaseSync,
  reference: string
): { readonly id: string; readonly publicId: string } | null {
  const text = reference.trim();
  const byId = db.prepare('SELECT id, public_id FROM tickets WHERE id = ?').get(text) as
    { id: string; public_id: string } | undefined;
  if (byId) return { id: byId.id, publicId: byId.public_id };
  const number = /^#?\s*([A-Za-z0-9-]+)$/.exec(text)?.[1];
  if (number === undefined) return null;
  const byNumber = db
    .prepare('SELECT id, public_id FROM tickets WHERE public_id = ? ORDER BY id LIMIT 1')
    .get(number) as { id: string; public_id: string } | undefined;
  return byNumber ? { id: byNumber.id, publicId: byNumber.public_id } : null;
}

/**
 * The cached departments, by name: `caseless` sorts as people read (any case, then id), else
 * by the name's bytes.
 */
export function cachedDepartments(
  db: DatabaseSync,
  caseless: boolean
): { readonly id: string; readonly name: string }[] {
  const rows = db
    .prepare(
      caseless
        ? 'SELECT id, name FROM departments ORDER BY name COLLATE NOCASE, id'
        : 'SELECT id, name FROM departments ORDER BY name'
    )
    .all() as { id: string; name: string }[];
  return rows.map((d) => ({ id: d.id, name: d.name }));
}

/** Whether the service or domain a new ticket is about is cached. */
export function relatedItemCached(
  db: DatabaseSync,
  related: { readonly kind: 'service' | 'domain'; readonly id: string }
): boolean {
  const table = related.kind === 'service' ? 'services' : 'domains';
  return db.prepare(`SELECT 1 AS found FROM ${table} WHERE id = ?`).get(related.id) !== undefined;
}
