/**
 * The write channels (tickets:reply, tickets:open, tickets:close) and the outbox channels
 * (list, Send now, Retry, Discard) over the active session's outbox.
 */
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import {
  closeTicket,
  openTicket,
  replyToTicket,
  type TicketWriteContext
} from '../tickets/ticket-actions';
import { discardItem, requeueForRetry } from './outbox-actions';
import {
  getOutboxRecord,
  listOutboxRecords,
  outboxCounts,
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
      const record = requeueForRetry(db, id);
      changed(session);
      await session.outbox.flush({ orderKey: record.orderKey });
      return { item: toOutboxItem(getOutboxRecord(db, id) ?? record) };
    },
    'outbox:discard': async ({ id }) => {
      const session = ctx.requireSession();
      discardItem(session.cache.db, id);
      changed(session);
      return {};
    }
  };
}
