/**
 * The write channels (tickets:reply, tickets:open, tickets:close) and the outbox channels
 * (list, Send now, Retry, Discard) over the active session's outbox.
 */
import type { ContractHandlers } from '@shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import {
  closeTicket,
  openTicket,
  replyToTicket,
  type TicketWriteContext
} from '../tickets/ticket-actions';
import {
  discardOutboxItem,
  getOutboxRecord,
  listOutboxRecords,
  outboxCounts,
  requeueFailedItem,
  toOutboxItem
} from './outbox-repository';

type OutboxChannels =
  | 'tickets:reply'
  | 'tickets:open'
  | 'tickets:close'
  | 'outbox:list'
  | 'outbox:send'
  | 'outbox:retry'
  | 'outbox:discard';

/** Builds the outbox handlers for both shells. */
export function createOutboxHandlers(ctx: HandlerContext): Pick<ContractHandlers, OutboxChannels> {
  const changed = (session: Session) => {
    ctx.events.emit('outbox:changed', outboxCounts(session.cache.db));
    // Stored before the first attempt: the thread shows it while the attempt runs.
    ctx.events.emit('cache:changed', { scopes: ['outbox'] });
  };
  const writes = (): TicketWriteContext => {
    const session = ctx.requireSession();
    return {
      db: session.cache.db,
      outbox: session.outbox,
      adapter: () => session.adapter(),
      clock: ctx.clock,
      stored: () => changed(session)
    };
  };

  return {
    'tickets:reply': async (input) => ({ item: (await replyToTicket(writes(), input)).item }),
    'tickets:open': async (input) => ({ item: (await openTicket(writes(), input)).item }),
    'tickets:close': async (input) => ({ item: (await closeTicket(writes(), input)).item }),
    'outbox:list': async () => {
      const { db } = ctx.requireSession().cache;
      return { items: listOutboxRecords(db).map(toOutboxItem) };
    },
    'outbox:send': async () => {
      const result = await ctx.requireSession().outbox.flush();
      return { sent: result.sent, failed: result.failed, queued: result.queued };
    },
    'outbox:retry': async ({ id }) => {
      const session = ctx.requireSession();
      const { db } = session.cache;
      const record = requeueFailedItem(db, id);
      if (record === null) {
        const existing = getOutboxRecord(db, id);
        if (existing === null)
          throw new AppFailure('not-found', 'This outbox item is gone.', {
            code: 'outbox-item-not-found'
          });
        throw new AppFailure(
          'conflict',
          `Only a failed item can be retried (this one is ${existing.state}).`,
          { code: 'outbox-not-retryable', values: { state: existing.state } }
        );
      }
      changed(session);
      await session.outbox.flush({ orderKey: record.orderKey });
      return { item: toOutboxItem(getOutboxRecord(db, id) ?? record) };
    },
    'outbox:discard': async ({ id }) => {
      const session = ctx.requireSession();
      const { db } = session.cache;
      if (!discardOutboxItem(db, id)) {
        const existing = getOutboxRecord(db, id);
        if (existing === null)
          throw new AppFailure('not-found', 'This outbox item is gone.', {
            code: 'outbox-item-not-found'
          });
        throw new AppFailure(
          'conflict',
          `Only a queued or failed item can be discarded (this one is ${existing.state}).`,
          { code: 'outbox-not-discardable', values: { state: existing.state } }
        );
      }
      changed(session);
      return {};
    }
  };
}
