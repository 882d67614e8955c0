/**
 * The outbox of one session: the sender wired to the session's provider and events, the
 * refresh of each ticket a flush wrote to, and a wake-up when a write that may still be in
 * flight has settled. Every flush (a sync's, "Send now", a new write) goes through here.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Clock, EventSink, Logger } from '../ports';
import type { ProviderAdapter } from '../providers/provider';
import { storeFetchedTicket } from '../tickets/ticket-write-repository';
import {
  createOutboxSender,
  type FlushResult,
  type FlushScope,
  type OutboxFlusher,
  type OutboxOwner
} from './outbox-sender';
import { getOutboxRecord, outboxCounts } from './outbox-repository';

export interface SessionOutboxDeps {
  readonly db: DatabaseSync;
  readonly adapter: () => Promise<ProviderAdapter>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventSink;
  readonly owner?: OutboxOwner;
  readonly settleMs?: number;
}

export interface SessionOutbox extends OutboxFlusher {
  /** The counts the status bar shows. */
  counts(): { readonly pending: number; readonly failed: number };
  /** Stops sending, cancels the wake-up and waits for the attempt under way. */
  close(): Promise<void>;
}

/** Builds the outbox of a session. */
export function createSessionOutbox(deps: SessionOutboxDeps): SessionOutbox {
  const { db, clock, logger, events } = deps;
  const stopping = new AbortController();
  let wakeAt: number | null = null;
  const sender = createOutboxSender({
    db,
    provider: async () => (await deps.adapter()).ticketActions(),
    clock,
    logger,
    ...(deps.owner ? { owner: deps.owner } : {}),
    ...(deps.settleMs === undefined ? {} : { settleMs: deps.settleMs }),
    onChanged: (counts) => {
      events.emit('outbox:changed', counts);
      events.emit('cache:changed', { scopes: ['outbox'] });
    }
  });

  /** Re-reads every ticket the flush wrote to, so its thread shows the message at once. */
  async function refresh(sentIds: readonly string[]): Promise<void> {
    const tickets = new Set<string>();
    for (const id of sentIds) {
      const ticketId = getOutboxRecord(db, id)?.ticketId;
      if (ticketId) tickets.add(ticketId);
    }
    if (tickets.size === 0) return;
    try {
      const adapter = await deps.adapter();
      for (const id of tickets) {
        if (stopping.signal.aborted) return;
        storeFetchedTicket(db, await adapter.getTicket(id, stopping.signal));
      }
    } catch (error) {
      // The next sync brings the thread; the outbox item shows the message until then.
      logger.log('warn', 'ticket refresh after sending failed', { error: String(error) });
    }
    events.emit('cache:changed', { scopes: ['tickets'] });
  }

  /** Flushes again once the earliest settling write may be looked for. */
  function wakeUpAt(at: number | null): void {
    if (at === null || stopping.signal.aborted || (wakeAt !== null && wakeAt <= at)) return;
    wakeAt = at;
    clock.sleep(Math.max(0, at - clock.now()), stopping.signal).then(
      () => {
        wakeAt = null;
        flush().catch((error: unknown) =>
          logger.log('warn', 'outbox flush failed', { error: String(error) })
        );
      },
      () => undefined
    );
  }

  async function flush(scope: FlushScope = {}): Promise<FlushResult> {
    const result = await sender.flush(scope);
    await refresh(result.sentIds);
    wakeUpAt(result.retryAt);
    return result;
  }

  return {
    flush,
    counts: () => outboxCounts(db),
    async close() {
      stopping.abort(new Error('session closed'));
      await sender.close();
    }
  };
}
