/**
 * A page's first queries start with its route, not with its code: a page that declares
 * `firstQueries` (app/pages.ts) has them asked as soon as its route is shown, so on a first
 * visit its data and its chunk load side by side instead of one after the other. The page
 * then asks the same keys and finds them answered or in flight (TanStack Query shares one
 * request per key).
 */
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { Query } from '../components/data-table/list-view';

/**
 * Asks the queries a page opens with, for the address's path (`/domains`, or `/domains/42`
 * for one of its details) and query string (`month=2026-10`, filters, sort, page: read
 * exactly as the page reads them). Must not reject.
 */
export type FirstQueries = (client: QueryClient, query: Query, path: string) => Promise<void>;

/**
 * Starts `firstQueries` once when the page's route is shown (not again for each change of
 * filter or page: the page, loaded by then, asks those itself). `enabled` false (a page the
 * provider cannot serve) asks nothing.
 */
export function useFirstQueries(firstQueries: FirstQueries | undefined, enabled: boolean): void {
  const client = useQueryClient();
  const router = useRouter();
  useEffect(() => {
    if (!firstQueries || !enabled) return;
    const { search, pathname } = router.state.location;
    void firstQueries(client, search as Query, pathname);
  }, [firstQueries, enabled, client, router]);
}
