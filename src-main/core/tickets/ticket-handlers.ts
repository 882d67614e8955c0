/**
 * The ticket read channels over the active profile's cache, so the inbox opens instantly and
 * works offline. Opening a ticket marks it read here in main, and ends its "staff replied"
 * alert, whichever shell or window asked. Writes go through the outbox (../outbox).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ContractHandlers } from '@shared/contract';
import { alertSummary } from '../alerts/alert-centre';
import { refreshTicketAlerts } from '../alerts/alert-service';
import { acknowledgeKey, appendHistory } from '../alerts/alerts-repository';
import { alertSettingsFrom } from '../alerts/settings';
import { inTransaction } from '../cache/database';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import { readAcknowledgement } from './read-clears-alert';
import { getTicket, listTickets, type OutboxReader } from './ticket-repository';
import { markTicketRead, type MarkedRead } from './ticket-read-repository';
import { cachedDepartments } from './ticket-write-repository';

type TicketReadChannels = 'tickets:list' | 'tickets:get' | 'tickets:list-departments';

/** Marks ticket `id` read and acknowledges the alert of the reply that was waiting. */
function markRead(db: DatabaseSync, id: string, at: string): MarkedRead | null {
  return inTransaction(db, () => {
    const marked = markTicketRead(db, id);
    if (marked === null) return null;
    const { key, history } = readAcknowledgement(marked, at);
    if (acknowledgeKey(db, key, at)) appendHistory(db, history);
    return marked;
  });
}

/** Ticket read handlers; `outbox` reads a ticket's unsent outbox items for its thread. */
export function createTicketHandlers(
  ctx: HandlerContext,
  outbox?: OutboxReader
): Pick<ContractHandlers, TicketReadChannels> {
  return {
    'tickets:list': async (input) => {
      const session = ctx.requireSession();
      return listTickets(session.cache.db, input, ctx.settings().timeZone);
    },
    'tickets:get': async ({ id }) => {
      const session = ctx.requireSession();
      const { db } = session.cache;
      const now = ctx.clock.now();
      const marked = markRead(db, id, new Date(now).toISOString());
      // The demo provider has no client area a browser could open.
      const baseUrl = session.profile.kind === 'demo' ? null : (session.profile.baseUrl ?? null);
      const ticket = getTicket(db, id, ctx.settings().timeZone, { baseUrl }, outbox);
      if (ticket === null) {
        throw new AppFailure(
          'not-found',
          'This ticket is not in the cache. It may have been removed at the provider.',
          { code: 'ticket-not-cached' }
        );
      }
      if (marked !== null) {
        const settings = alertSettingsFrom(ctx.settings());
        const refreshed = refreshTicketAlerts(db, settings, now);
        const { openCount } = alertSummary(db, now, refreshed.baselinePending);
        ctx.events.emit('alerts:changed', { openCount });
        ctx.events.emit('cache:changed', { scopes: ['tickets', 'alerts'] });
      }
      return ticket;
    },
    'tickets:list-departments': async () => {
      const { db } = ctx.requireSession().cache;
      return { departments: cachedDepartments(db, true) };
    }
  };
}
