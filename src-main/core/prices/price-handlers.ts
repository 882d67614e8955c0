/**
 * The `prices:*` channels: the price list Hostdeck prices its own usage record with (issue
 * 14). Every change re-derives the priced usage: the channels declare they change `prices`,
 * which the usage reads read (src-shared/contract/cache-scopes.ts).
 */
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import { importPriceCsv, priceListView, savePrices } from './price-service';

type PriceChannels = 'prices:get' | 'prices:save' | 'prices:import-csv';

/** Builds the price handlers over the active session's cache. */
export function createPriceHandlers(ctx: HandlerContext): Pick<ContractHandlers, PriceChannels> {
  return {
    'prices:get': async () => priceListView(ctx.requireSession().cache.db),
    'prices:save': async ({ currency, entries }) => {
      return savePrices(ctx.requireSession().cache.db, currency, entries);
    },
    'prices:import-csv': async ({ csv }) => {
      const result = importPriceCsv(ctx.requireSession().cache.db, csv);
      return { imported: result.imported, issues: [...result.issues], list: result.list };
    }
  };
}
