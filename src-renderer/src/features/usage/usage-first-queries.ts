/**
 * The Usage page's first queries, asked as soon as the address names the page (app/pages.ts
 * `firstQueries`), while the page's code is still loading: the month, its first page of rows
 * and, once main has said which month that is, its source. The month, filters, sort and page
 * are read from the address and the zone from the settings exactly as the page reads them,
 * so the page finds its queries under the same keys, already answered or on their way.
 *
 * Kept free of zod, the charts and the page's words: the first paint carries it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { readListView, type Query } from '../../components/data-table/list-view';
import { settingsQueryOptions } from '../../lib/queries/settings';
import { rowsQuery } from './usage-table-model';
import { USAGE_VIEW } from './usage-view';
import { usageMonthQueryOptions, usageRowsQueryOptions } from './use-usage-month';
import { usageSourceQueryOptions } from './use-usage-source';

/**
 * Starts the queries the Usage page shown at `query` (the address's query string) opens
 * with. Settles when they have (a failed one stays failed in the cache, for the page to
 * show and retry); never rejects.
 */
export async function prefetchUsage(client: QueryClient, query: Query): Promise<void> {
  // The page keys its queries by the settings' zone; when the settings fail it asks without.
  const timeZone = await client.ensureQueryData(settingsQueryOptions()).then(
    (settings) => settings.timeZone,
    () => null
  );
  const view = readListView(USAGE_VIEW, query);
  const month = usageMonthQueryOptions(view.filters.month, timeZone);
  await Promise.all([
    client.prefetchQuery(month).then(() => {
      // The source banner asks for the month main chose (the page's `view.month`).
      const shown = client.getQueryData(month.queryKey);
      if (shown?.available) return client.prefetchQuery(usageSourceQueryOptions(shown.month));
    }),
    client.prefetchQuery(usageRowsQueryOptions(rowsQuery(view), timeZone))
  ]);
}
