/**
 * The outbox repository: the only place its SQL lives. Every state change is one short
 * transaction, so a crash at any instant leaves each item either queued, sending (claimed by
 * a process that may have died) or settled — never half-written.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { OutboxCounts, OutboxItem, OutboxKind, OutboxState } from '@shared/contract';
import { inTransaction } from '../cache/database';
import { prepared } from '../cache/statements';

/** A file as stored with a write until the provider confirmed it. */
export interface StoredAttachment {
  readonly name: string;
  readonly size: number;
  /** Dropped once the write is sent (the provider keeps the file). */
  readonly dataBase64?: string;
}

/** What a write carries, beyond its ticket. */
export interface OutboxPayload {
  readonly message: string | null;
  readonly subject: string | null;
  readonly departmentId?: string;
  readonly priority?: 'low' | 'medium' | 'high';
  readonly related?: { readonly kind: 'service' | 'domain'; readonly id: string };
  readonly attachments: readonly StoredAttachment[];
}

/** One outbox row, with everything the sender needs. */
export interface OutboxRecord {
  readonly seq: number;
  readonly id: string;
  readonly kind: OutboxKind;
  readonly orderKey: string;
  readonly ticketId: string | null;
  readonly ticketPublicId: string | null;
  readonly marker: string;
  readonly payload: OutboxPayload;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: { readonly kind: string; readonly message: string } | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  /** The sender holding it now ('sending'), else null. */
  readonly claimedBy: string | null;
  /** When the last attempt began (null before the first). */
  readonly lastAttemptAt: string | null;
}

/** A write to store. */
export interface NewOutboxItem {
  readonly id: string;
  readonly kind: OutboxKind;
  readonly ticketId: string | null;
  readonly ticketPublicId: string | null;
  readonly marker: string;
  readonly payload: OutboxPayload;
  readonly createdAt: string;
}

interface Row {
  readonly seq: number;
  readonly id: string;
  readonly kind: string;
  readonly order_key: string;
  readonly ticket_id: string | null;
  readonly ticket_public_id: string | null;
  readonly marker: string;
  readonly payload: string;
  readonly state: string;
  readonly attempts: number;
  readonly last_error_kind: string | null;
  readonly last_error_message: string | null;
  readonly created_at: string;
  readonly sent_at: string | null;
  readonly claimed_by: string | null;
  readonly claimed_at: string | null;
}

function toRecord(row: Row): OutboxRecord {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind as OutboxKind,
    orderKey: row.order_key,
    ticketId: row.ticket_id,
    ticketPublicId: row.ticket_public_id,
    marker: row.marker,
    payload: JSON.parse(row.payload) as OutboxPayload,
    state: row.state as OutboxState,
    attempts: row.attempts,
    lastError:
      row.last_error_kind === null
        ? null
        : { kind: row.last_error_kind, message: row.last_error_message ?? '' },
    createdAt: row.created_at,
    sentAt: row.sent_at,
    claimedBy: row.claimed_by,
    lastAttemptAt: row.claimed_at
  };
}

/** The contract's view of a record (no file data, no marker, no claim). */
export function toOutboxItem(record: OutboxRecord): OutboxItem {
  return {
    id: record.id,
    kind: record.kind,
    ticketId: record.ticketId,
    ticketPublicId: record.ticketPublicId,
    subject: record.payload.subject,
    message: record.payload.message,
    attachments: record.payload.attachments.map((a) => ({ name: a.name, size: a.size })),
    state: record.state,
    attempts: record.attempts,
    lastError: record.lastError ? { ...record.lastError } : null,
    createdAt: record.createdAt,
    sentAt: record.sentAt
  };
}

/** Writes to one ticket are sent in order; a new ticket is its own sequence. */
export function orderKeyOf(kind: OutboxKind, ticketId: string | null, id: string): string {
  return kind === 'open' || ticketId === null ? `open:${id}` : `ticket:${ticketId}`;
}

/** Stores a new write as queued (one transaction). */
export function insertOutboxItem(db: DatabaseSync, item: NewOutboxItem): OutboxRecord {
  return inTransaction(db, () => {
    prepared(
      db,
      `INSERT INTO outbox (id, kind, order_key, ticket_id, ticket_public_id, marker, payload, state, attempts, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?)`
    ).run(
      item.id,
      item.kind,
      orderKeyOf(item.kind, item.ticketId, item.id),
      item.ticketId,
      item.ticketPublicId,
      item.marker,
      JSON.stringify(item.payload),
      item.createdAt
    );
    return readOne(db, item.id)!;
  });
}

function readOne(db: DatabaseSync, id: string): OutboxRecord | null {
  const row = prepared(db, 'SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** One item by id, or null. */
export function getOutboxRecord(db: DatabaseSync, id: string): OutboxRecord | null {
  return readOne(db, id);
}

/**
 * Items that may be sent now: queued, and first of their ticket's sequence (nothing earlier
 * of the same ticket is still queued or being sent). Oldest first. `orderKey` narrows to one
 * ticket's sequence.
 */
export function sendableOutboxRecords(db: DatabaseSync, orderKey?: string): OutboxRecord[] {
  const rows = prepared(
    db,
    `SELECT * FROM outbox AS o
       WHERE o.state = 'queued' AND (? IS NULL OR o.order_key = ?)
         AND NOT EXISTS (
           SELECT 1 FROM outbox AS e
           WHERE e.order_key = o.order_key AND e.seq < o.seq AND e.state IN ('queued', 'sending'))
       ORDER BY o.seq`
  ).all(orderKey ?? null, orderKey ?? null) as unknown as Row[];
  return rows.map(toRecord);
}

/** Items claimed by a sender ('sending'), to check whether their owner still lives. */
export function claimedOutboxRecords(db: DatabaseSync): OutboxRecord[] {
  const rows = prepared(
    db,
    "SELECT * FROM outbox WHERE state = 'sending' ORDER BY seq"
  ).all() as unknown as Row[];
  return rows.map(toRecord);
}

/**
 * Claims a queued item for one attempt: state 'sending', attempts + 1, committed before
 * anything leaves. Returns the claimed record, or null when another sender got it first.
 */
export function claimOutboxItem(
  db: DatabaseSync,
  id: string,
  owner: string,
  at: string
): OutboxRecord | null {
  return inTransaction(db, () => {
    const result = prepared(
      db,
      `UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = ?, claimed_at = ?
         WHERE id = ? AND state = 'queued'`
    ).run(owner, at, id);
    return Number(result.changes) === 1 ? readOne(db, id) : null;
  });
}

/**
 * Puts an item whose sender died back in the queue with `note`, keeping its attempt count
 * and the time its last attempt began (so the next sender waits for it to settle, then looks
 * for its marker before sending again). Only if `owner` still holds it.
 */
export function releaseAbandonedClaim(
  db: DatabaseSync,
  id: string,
  owner: string | null,
  note: { readonly kind: string; readonly message: string }
): boolean {
  return inTransaction(db, () => {
    const result = prepared(
      db,
      `UPDATE outbox SET state = 'queued', claimed_by = NULL, last_error_kind = ?, last_error_message = ?
         WHERE id = ? AND state = 'sending' AND claimed_by IS ?`
    ).run(note.kind, note.message, id, owner);
    return Number(result.changes) === 1;
  });
}

/** The provider confirmed the write: sent, with the new ticket's ids for 'open'. File data is dropped. */
export function markOutboxSent(
  db: DatabaseSync,
  id: string,
  at: string,
  created?: { readonly ticketId: string; readonly publicId: string }
): void {
  inTransaction(db, () => {
    const record = readOne(db, id);
    if (!record) return;
    const payload: OutboxPayload = {
      ...record.payload,
      attachments: record.payload.attachments.map((a) => ({ name: a.name, size: a.size }))
    };
    prepared(
      db,
      `UPDATE outbox SET state = 'sent', sent_at = ?, payload = ?, last_error_kind = NULL,
         last_error_message = NULL, claimed_by = NULL, claimed_at = NULL,
         ticket_id = coalesce(?, ticket_id), ticket_public_id = coalesce(?, ticket_public_id)
       WHERE id = ?`
    ).run(at, JSON.stringify(payload), created?.ticketId ?? null, created?.publicId ?? null, id);
  });
}

/** The attempt did not confirm: back to 'queued' (try later) or 'failed' (refused for good). */
export function markOutboxUnsent(
  db: DatabaseSync,
  id: string,
  state: 'queued' | 'failed',
  error: { readonly kind: string; readonly message: string }
): void {
  inTransaction(db, () => {
    // claimed_at stays: it is when the last attempt began (see SETTLE_MS).
    prepared(
      db,
      `UPDATE outbox SET state = ?, last_error_kind = ?, last_error_message = ?, claimed_by = NULL
       WHERE id = ? AND state = 'sending'`
    ).run(state, error.kind, error.message, id);
  });
}

/** Notes why a queued item could not be tried (the provider could not be reached at all). */
export function noteOutboxError(
  db: DatabaseSync,
  id: string,
  error: { readonly kind: string; readonly message: string }
): void {
  inTransaction(db, () => {
    prepared(
      db,
      "UPDATE outbox SET last_error_kind = ?, last_error_message = ? WHERE id = ? AND state = 'queued'"
    ).run(error.kind, error.message, id);
  });
}

/** A failed item goes back to the queue (Retry). Returns the record, or null when it is not failed. */
export function requeueFailedItem(db: DatabaseSync, id: string): OutboxRecord | null {
  return inTransaction(db, () => {
    const result = prepared(
      db,
      "UPDATE outbox SET state = 'queued' WHERE id = ? AND state = 'failed'"
    ).run(id);
    return Number(result.changes) === 1 ? readOne(db, id) : null;
  });
}

/** Removes an item that is queued or failed (Discard). False when it is sending or sent. */
export function discardOutboxItem(db: DatabaseSync, id: string): boolean {
  return inTransaction(db, () => {
    const result = prepared(
      db,
      "DELETE FROM outbox WHERE id = ? AND state IN ('queued', 'failed')"
    ).run(id);
    return Number(result.changes) === 1;
  });
}

/** Everything not yet sent, every failed item and the `recentSent` most recently sent, oldest first. */
export function listOutboxRecords(db: DatabaseSync, recentSent = 20): OutboxRecord[] {
  const rows = prepared(
    db,
    `SELECT * FROM outbox
       WHERE state <> 'sent'
          OR seq IN (SELECT seq FROM outbox WHERE state = 'sent' ORDER BY sent_at DESC, seq DESC LIMIT ?)
       ORDER BY seq`
  ).all(recentSent) as unknown as Row[];
  return rows.map(toRecord);
}

/**
 * A ticket's outbox items to show in its thread: not yet sent, failed, and sent ones whose
 * message the cached thread does not hold yet (so a message never vanishes between "sent"
 * and the next thread refresh).
 */
export function outboxItemsForTicket(db: DatabaseSync, ticketId: string): OutboxItem[] {
  const rows = prepared(
    db,
    `SELECT o.* FROM outbox AS o
       LEFT JOIN tickets AS t ON t.id = o.ticket_id
       WHERE o.ticket_id = ?
         AND (o.state <> 'sent'
           OR (o.kind <> 'close' AND instr(coalesce(t.thread_json, ''), '"clientMarker":"' || o.marker || '"') = 0))
       ORDER BY o.seq`
  ).all(ticketId) as unknown as Row[];
  return rows.map((row) => toOutboxItem(toRecord(row)));
}

/** Per ticket, how many writes are not yet sent (queued, sending or failed). */
export function pendingOutboxByTicket(db: DatabaseSync): ReadonlyMap<string, number> {
  const rows = prepared(
    db,
    `SELECT ticket_id, count(*) AS n FROM outbox
       WHERE state <> 'sent' AND ticket_id IS NOT NULL GROUP BY ticket_id`
  ).all() as { ticket_id: string; n: number }[];
  return new Map(rows.map((r) => [r.ticket_id, r.n]));
}

/** The status bar's counts. */
export function outboxCounts(db: DatabaseSync): OutboxCounts {
  const row = prepared(
    db,
    `SELECT coalesce(sum(state IN ('queued', 'sending')), 0) AS pending,
              coalesce(sum(state = 'failed'), 0) AS failed
       FROM outbox`
  ).get() as { pending: number; failed: number };
  return { pending: row.pending, failed: row.failed };
}
