/**
 * The usage channels: thin glue between the contract and the usage service, over the active
 * profile's cache. Reads never ask the provider; the months are computed after each sync
 * (`afterSync`), when the provider's answer about usage support is recorded too.
 */
import type { ContractHandlers } from '@shared/contract';
import { setMeta } from '../cache/repositories/sync-state';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import type { SyncReport } from '../sync/sync-engine';
import { localMonth } from '../time';
import { monthSource } from './recorded-month';
import { clearStoredMonths } from './usage-month-repository';
import { createUsageService, USAGE_SUPPORTED_META } from './usage-service';

type UsageChannels =
  'usage:get-month' | 'usage:list-rows' | 'usage:export-csv' | 'usage:get-source';

/** Usage handlers plus the after-sync step that computes the recent months. */
export function createUsageHandlers(ctx: HandlerContext): {
  readonly handlers: Pick<ContractHandlers, UsageChannels>;
  afterSync(session: Session, report: SyncReport): Promise<void>;
} {
  const service = createUsageService({ clock: ctx.clock });
  const zone = (): string => ctx.settings().timeZone;
  return {
    handlers: {
      'usage:get-month': async (input) =>
        service.getMonth(ctx.requireSession().cache.db, input.month ?? null, zone()),
      'usage:list-rows': async (input) =>
        service.listRows(ctx.requireSession().cache.db, input, zone()),
      'usage:export-csv': async (input) =>
        service.exportCsv(ctx.requireSession().cache.db, input.month, input.what, zone()),
      'usage:get-source': async ({ month }) => {
        const timeZone = zone();
        return monthSource(
          ctx.requireSession().cache.db,
          month ?? localMonth(ctx.clock.now(), timeZone),
          timeZone
        );
      }
    },
    async afterSync(session, report) {
      const db = session.cache.db;
      try {
        if (!report.entities.some((e) => e.entity === 'connection')) {
          // The sync connected, so the adapter is at hand: no extra request.
          const adapter = await session.adapter();
          const supported =
            adapter.capabilities().usageSnapshots && typeof adapter.getUsage === 'function';
          setMeta(db, USAGE_SUPPORTED_META, supported ? 'true' : 'false');
        }
        // New or rewritten history: every stored month may be off, not only the recent ones.
        const usage = report.entities.find((e) => e.entity === 'usage');
        if (usage !== undefined && usage.written > 0) clearStoredMonths(db);
        service.refreshRecent(db, zone());
      } catch (error) {
        // A read computes the month itself when this could not.
        ctx.logger.log('warn', 'usage: could not compute the recent months after the sync', {
          error: error instanceof Error ? error.message : String(error)
        });
      }
    }
  };
}
