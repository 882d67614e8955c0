/**
 * The `prices:*` channels: the price list Hostdeck prices its own usage record with (issue
 * 14). Every change re-derives the priced usage, so the usage screens are told to re-read.
 */
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import { importPriceCsv, priceListView, savePrices } from './price-service';

type PriceChannels = 'prices:get' | 'prices:save' | 'prices:import-csv';

/** Builds the price handlers over the active session's cache. */
export function createPriceHandlers(ctx: HandlerContext): Pick<ContractHandlers, PriceChannels> {
  const changedUsage = (): void => ctx.events.emit('cache:changed', { scopes: ['usage'] });
  return {
    'prices:get': async () => priceListView(ctx.requireSession().cache.db),
    'prices:save': async ({ currency, entries }) => {
      const list = savePrices(ctx.requireSession().cache.db, currency, entries);
      changedUsage();
      return list;
    },
    'prices:import-csv': async ({ csv }) => {
      const result = importPriceCsv(ctx.requireSession().cache.db, csv);
      if (result.imported > 0) changedUsage();
      return { imported: result.imported, issues: [...result.issues], list: result.list };
    }
  };
}
