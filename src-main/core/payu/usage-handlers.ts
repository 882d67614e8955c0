/**
 * The usage channels: thin glue between the contract and the usage service. The service
 * reads the active profile's cache; the provider is asked only for invoice lines (bill check)
 * and, when nothing is cached, whether it offers usage snapshots at all.
 */
import type { ContractHandlers } from '../../../src-shared/contract';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../session';
import { createUsageService, type UsageSource } from './usage-service';

function sourceOf(session: Session, ctx: HandlerContext): UsageSource {
  return {
    profileId: session.profile.id,
    db: session.cache.db,
    // Offline, a detail fetch would only wait out the retry budget: check the bill later.
    fetchInvoiceDetail: session.online()
      ? async (id) => (await session.adapter()).getInvoice(id)
      : null,
    supportsUsage: async () => {
      try {
        const adapter = await session.adapter();
        return adapter.capabilities().usageSnapshots && typeof adapter.getUsage === 'function';
      } catch (error) {
        // Cannot tell while the provider is unreachable; the screen then says no snapshots are cached yet.
        ctx.logger.log('warn', 'usage: could not ask the provider for its capabilities', {
          error: error instanceof Error ? error.message : String(error)
        });
        return true;
      }
    }
  };
}

/** Usage handlers: `usage:get-month` and `usage:export-csv` over the active profile's cache. */
export function createUsageHandlers(
  ctx: HandlerContext
): Pick<ContractHandlers, 'usage:get-month' | 'usage:export-csv'> {
  const service = createUsageService({ clock: ctx.clock, logger: ctx.logger });
  return {
    'usage:get-month': async (input) => {
      const session = ctx.requireSession();
      return service.getMonth(sourceOf(session, ctx), input.month ?? null, ctx.settings().timeZone);
    },
    'usage:export-csv': async (input) => {
      const session = ctx.requireSession();
      return service.exportCsv(
        sourceOf(session, ctx),
        input.month,
        input.what,
        ctx.settings().timeZone
      );
    }
  };
}
