/**
 * The ticket channels: read-only views of the active profile's cached tickets, so the inbox
 * opens instantly and works offline. Replying and new tickets go through the outbox later.
 */
import type { ContractHandlers } from '../../../src-shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import { getTicket, listTickets } from './ticket-queries';

/** Ticket handlers: `tickets:list` and `tickets:get` over the active profile's cache. */
export function createTicketHandlers(
  ctx: HandlerContext
): Pick<ContractHandlers, 'tickets:list' | 'tickets:get' | 'tickets:list-departments'> {
  return {
    'tickets:list': async (input) => {
      const session = ctx.requireSession();
      return listTickets(session.cache.db, input, ctx.settings().timeZone);
    },
    'tickets:get': async ({ id }) => {
      const session = ctx.requireSession();
      // The demo provider has no client area a browser could open.
      const baseUrl = session.profile.kind === 'demo' ? null : (session.profile.baseUrl ?? null);
      const ticket = getTicket(session.cache.db, id, ctx.settings().timeZone, { baseUrl });
      if (ticket === null) {
        throw new AppFailure(
          'not-found',
          'This ticket is not in the cache. It may have been removed at the provider.'
        );
      }
      return ticket;
    },
    'tickets:list-departments': async () => {
      const session = ctx.requireSession();
      const departments = session.cache.db
        .prepare('SELECT id, name FROM departments ORDER BY name COLLATE NOCASE, id')
        .all() as { id: string; name: string }[];
      return { departments: departments.map((d) => ({ id: d.id, name: d.name })) };
    }
  };
}
