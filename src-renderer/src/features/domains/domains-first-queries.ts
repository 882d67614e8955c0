/**
 * The Domains page's first query, asked as soon as the address names the page (app/pages.ts
 * `firstQueries`), while the page's code is still loading: the page of domains its filters,
 * sort and page in the address select, read exactly as the page reads them, so the page finds
 * it under the same key, answered or on its way.
 *
 * Kept free of zod, the charts and the page's words: the first paint carries it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { readListView, type Query } from '../../components/data-table/list-view';
import { DOMAINS_VIEW, sortState, toDomainListInput } from './domains-lib';
import { domainsQueryOptions } from './domains-queries';

/**
 * Starts the query the Domains list shown at `query` opens with; never rejects. A domain's
 * detail (`/domains/42`) asks for its own data, not for a page of the list.
 */
export async function prefetchDomains(
  client: QueryClient,
  query: Query,
  path: string
): Promise<void> {
  if (path !== '/domains') return;
  const view = readListView(DOMAINS_VIEW, query);
  await client.prefetchQuery(
    domainsQueryOptions(toDomainListInput(view.filters, sortState(view.order), view.page))
  );
}
