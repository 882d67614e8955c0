/**
 * The outbox sender: delivers stored writes to the provider exactly once, in order per
 * ticket.
 *
 * Each attempt is claimed in the cache (state 'sending', attempts + 1) before anything leaves
 * and settled (sent / queued / failed) after, each in its own transaction. A write that may
 * already have reached the provider — an earlier attempt whose answer was lost, timed out,
 * or whose process died — is first looked for at the provider by its marker: a reply in the
 * ticket's thread, a new ticket among recent tickets with its subject. Closing is harmless
 * to repeat. So a SIGKILL at any instant loses nothing (the item is still in the cache) and
 * duplicates nothing (the marker is found before any resend).
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { OutboxCounts } from '@shared/contract';
import { toAppError } from '../errors';
import type { Clock, Logger } from '../ports';
import { UnsupportedError } from '../providers/errors';
import type { TicketActions } from '../providers/provider';
import {
  claimOutboxItem,
  claimedOutboxRecords,
  markOutboxSent,
  markOutboxUnsent,
  noteOutboxError,
  outboxCounts,
  releaseAbandonedClaim,
  sendableOutboxRecords,
  type OutboxRecord
} from './outbox-repository';
import {
  CLAIM_LEASE_MS,
  SETTLE_MS,
  dispositionOf,
  mayAttempt,
  settlesAt,
  type Disposition
} from './outbox-rules';

/** What the sender needs of a provider: its ticket actions. */
export type OutboxProvider = TicketActions;

/** Who claims items: a token per sender, and a way to tell whether another token's process lives. */
export interface OutboxOwner {
  readonly token: string;
  isAlive(token: string): boolean;
  /** This sender stops claiming; its token counts as dead from now on. */
  release(): void;
}

/** Error kinds an item keeps when its last attempt may still be in flight at the provider. */
export const SETTLING_KINDS: ReadonlySet<string> = new Set(['interrupted', 'timeout']);

export interface OutboxSenderDeps {
  readonly db: DatabaseSync;
  /**
   * The provider's ticket actions, connected (may throw the typed errors of a failed
   * connection); null when the provider has no tickets, which fails each item as unsupported.
   */
  readonly provider: () => Promise<OutboxProvider | null>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly owner?: OutboxOwner;
  readonly settleMs?: number;
  /** After every state change, with the new counts. */
  readonly onChanged?: (counts: OutboxCounts) => void;
}

/** What one flush did. */
export interface FlushResult {
  readonly sent: number;
  readonly failed: number;
  /** Items still queued after the flush (all of them, not only those tried). */
  readonly queued: number;
  /** Why the flush stopped early (provider unreachable, credentials refused), else null. */
  readonly stoppedBy: { readonly kind: string; readonly message: string } | null;
  /** When a settling item may be tried (ms since the epoch), if one waits. */
  readonly retryAt: number | null;
  /** Items this flush confirmed, in the order they were sent. */
  readonly sentIds: readonly string[];
}

/** Which items a flush may send: all, one ticket's sequence, or one item (if it is next in its sequence). */
export interface FlushScope {
  readonly orderKey?: string;
  readonly itemId?: string;
}

/** Something that sends the outbox now. */
export interface OutboxFlusher {
  flush(scope?: FlushScope): Promise<FlushResult>;
}

export interface OutboxSender extends OutboxFlusher {
  /** Stops claiming and waits for the attempt under way; then the owner token is released. */
  close(): Promise<void>;
}

const liveTokens = new Set<string>();

/** The owner of this process: alive while its sender is open; other processes by their pid. */
export function processOwner(): OutboxOwner {
  const token = `${process.pid}:${randomUUID()}`;
  liveTokens.add(token);
  return {
    token,
    isAlive(other) {
      const pid = Number(other.split(':', 1)[0]);
      if (pid === process.pid) return liveTokens.has(other);
      if (!Number.isInteger(pid) || pid <= 0) return false;
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        return (error as { code?: string }).code === 'EPERM';
      }
    },
    release: () => void liveTokens.delete(token)
  };
}

type FailureNote = { readonly kind: string; readonly message: string };

const INTERRUPTED: FailureNote = {
  kind: 'interrupted',
  message: 'Hostdeck stopped while sending this; it is looked for at the provider before any resend'
};

/** Builds a sender over one profile's cache. */
export function createOutboxSender(deps: OutboxSenderDeps): OutboxSender {
  const { db, clock } = deps;
  const owner = deps.owner ?? processOwner();
  const settleMs = deps.settleMs ?? SETTLE_MS;
  const iso = () => new Date(clock.now()).toISOString();
  let chain: Promise<unknown> = Promise.resolve();
  let closed = false;

  const changed = () => deps.onChanged?.(outboxCounts(db));

  /** Claims left by dead senders (or older than the lease) go back to the queue. */
  function recoverAbandoned(): void {
    let any = false;
    for (const record of claimedOutboxRecords(db)) {
      const holder = record.claimedBy;
      const expired =
        record.lastAttemptAt !== null &&
        clock.now() - Date.parse(record.lastAttemptAt) > CLAIM_LEASE_MS;
      if (holder !== null && owner.isAlive(holder) && !expired) continue;
      any = releaseAbandonedClaim(db, record.id, holder, INTERRUPTED) || any;
    }
    if (any) changed();
  }

  /** Sends a claimed item, unless an earlier attempt already landed; returns the new ticket for 'open'. */
  async function deliver(
    provider: OutboxProvider | null,
    record: OutboxRecord
  ): Promise<{ readonly ticketId: string; readonly publicId: string } | undefined> {
    if (provider === null) throw new UnsupportedError('This provider has no tickets');
    const { payload, marker } = record;
    const files = payload.attachments.flatMap((a) =>
      a.dataBase64 === undefined ? [] : [{ name: a.name, dataBase64: a.dataBase64 }]
    );
    // Attempts are counted at the claim: more than one means an earlier one may have landed.
    const mayHaveLanded = record.attempts > 1;
    switch (record.kind) {
      case 'reply': {
        const ticketId = record.ticketId ?? '';
        if (mayHaveLanded && (await provider.findReplyByMarker(ticketId, marker))) return;
        const message = payload.message ?? '';
        await provider.replyToTicket(ticketId, {
          message,
          attachments: files,
          clientMarker: marker
        });
        return;
      }
      case 'open': {
        const subject = payload.subject ?? '';
        const found = mayHaveLanded ? await provider.findTicketByMarker(subject, marker) : null;
        const created =
          found ??
          (await provider.openTicket({
            departmentId: payload.departmentId ?? '',
            subject,
            message: payload.message ?? '',
            ...(payload.priority ? { priority: payload.priority } : {}),
            ...(payload.related?.kind === 'service'
              ? { relatedServiceId: payload.related.id }
              : {}),
            ...(payload.related?.kind === 'domain' ? { relatedDomainId: payload.related.id } : {}),
            attachments: files,
            clientMarker: marker
          }));
        return { ticketId: created.id, publicId: created.publicId };
      }
      case 'close':
        // Closing a closed ticket changes nothing: no need to look first.
        await provider.closeTicket(record.ticketId ?? '');
        return;
    }
  }

  /** One attempt of a claimed item, settled in the cache; returns how it ended. */
  async function attempt(
    provider: OutboxProvider | null,
    record: OutboxRecord
  ): Promise<{ readonly outcome: 'sent' | Disposition; readonly error: FailureNote | null }> {
    let created: Awaited<ReturnType<typeof deliver>>;
    try {
      created = await deliver(provider, record);
    } catch (error) {
      const appError = toAppError(error);
      const timedOut = (error as { reason?: unknown }).reason === 'timeout';
      const disposition = dispositionOf(appError.kind);
      const note = { kind: timedOut ? 'timeout' : appError.kind, message: appError.message };
      deps.logger.log('warn', 'outbox attempt failed', {
        id: record.id,
        kind: record.kind,
        errorKind: note.kind,
        message: note.message
      });
      markOutboxUnsent(db, record.id, disposition === 'failed' ? 'failed' : 'queued', note);
      return { outcome: disposition, error: note };
    }
    markOutboxSent(db, record.id, iso(), created);
    return { outcome: 'sent', error: null };
  }

  async function run(scope: FlushScope): Promise<FlushResult> {
    let sent = 0;
    let failed = 0;
    let stoppedBy: FlushResult['stoppedBy'] = null;
    let retryAt: number | null = null;
    const sentIds: string[] = [];
    recoverAbandoned();
    const blocked = new Set<string>();
    // Undefined until the first item needs it; null for a provider without tickets.
    let provider: OutboxProvider | null | undefined;

    for (;;) {
      if (closed) break;
      const next = sendableOutboxRecords(db, scope.orderKey).find((r) => {
        if (blocked.has(r.orderKey)) return false;
        if (scope.itemId !== undefined && r.id !== scope.itemId) return false;
        const settling = r.lastError !== null && SETTLING_KINDS.has(r.lastError.kind);
        if (mayAttempt(r.lastAttemptAt, settling, clock.now(), settleMs)) return true;
        const at = settlesAt(r.lastAttemptAt ?? iso(), settleMs);
        retryAt = retryAt === null ? at : Math.min(retryAt, at);
        blocked.add(r.orderKey);
        return false;
      });
      if (!next) break;
      if (provider === undefined) {
        try {
          provider = await deps.provider();
        } catch (error) {
          const appError = toAppError(error);
          stoppedBy = { kind: appError.kind, message: appError.message };
          // Nothing left: the item keeps its attempt count and learns why it waits.
          noteOutboxError(db, next.id, stoppedBy);
          changed();
          deps.logger.log('warn', 'outbox cannot reach the provider', {
            kind: appError.kind,
            message: appError.message
          });
          break;
        }
      }
      const claimed = claimOutboxItem(db, next.id, owner.token, iso());
      if (!claimed) {
        blocked.add(next.orderKey);
        continue;
      }
      changed();
      const { outcome, error } = await attempt(provider, claimed);
      changed();
      if (outcome === 'sent') {
        sent += 1;
        sentIds.push(claimed.id);
      } else if (outcome === 'failed') {
        failed += 1;
      } else {
        blocked.add(claimed.orderKey);
        if (outcome === 'stop') {
          stoppedBy = error;
          break;
        }
      }
    }
    const queued = outboxCounts(db).pending;
    return { sent, failed, queued, stoppedBy, retryAt, sentIds };
  }

  return {
    flush(scope = {}) {
      const result = chain.then(() => run(scope));
      chain = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      await chain;
      owner.release();
    }
  };
}
