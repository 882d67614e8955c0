/**
 * Contract handlers for the dashboard: the account summary, read from the active profile's
 * cache (never from the provider, so it answers instantly and offline).
 */
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import { emptyAccountSummary } from './account-summary';
import { readAccountSummary } from './account-summary-reader';

/** The account channels (the dashboard). */
export function createAccountHandlers(
  ctx: HandlerContext
): Pick<ContractHandlers, 'account:get-summary'> {
  return {
    'account:get-summary': async () => {
      // No profile (e.g. the last one was just removed) reads as "nothing cached", not an error.
      const session = ctx.session();
      if (!session) return emptyAccountSummary();
      return readAccountSummary(session.cache.db, ctx.clock.now(), ctx.settings().timeZone);
    }
  };
}
