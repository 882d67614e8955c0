/**
 * The billing reads and actions: the invoice list, one invoice, its PDF bytes, the PDF
 * cache's state, the statement, and the calls behind "Save PDF…", "Pay", the statement CSV
 * and the accountant's bundle. The reads read the 'invoices' scope, which the sync (lists,
 * details, transactions, credits) and the PDF downloader invalidate.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { InvokeInput } from '@shared/contract';
import { call } from '../../lib/call';
import { openExternal } from '../../lib/open-external';
import { queryKey } from '../../lib/query-keys';
import { saveBase64File, saveTextFile } from './save-file';
import type { Period } from './invoices-lib';

/** Query options for one page of the cached invoices matching `input`. */
export function invoicesQueryOptions(input: InvokeInput<'invoices:list'>) {
  return queryOptions({
    queryKey: queryKey('invoices:list', input),
    queryFn: () => call('invoices:list', input),
    // A new filter keeps the old rows on screen (marked as refreshing) instead of "Loading…".
    placeholderData: keepPreviousData
  });
}

/** The invoice list for the given filters, order and page. */
export function useInvoices(input: InvokeInput<'invoices:list'>) {
  return useQuery(invoicesQueryOptions(input));
}

/** One invoice with its lines, payments and PDF state. */
export function useInvoice(id: string) {
  return useQuery({
    queryKey: queryKey('invoices:get', id),
    queryFn: () => call('invoices:get', { id })
  });
}

/**
 * The PDF of an invoice, from the cache (or downloaded by main when not cached and the
 * provider answers). Keyed by when it was stored, so a fresh download is a new key; a
 * refetch with the same bytes keeps the same data object, so the viewer does not redraw.
 */
export function useInvoicePdf(id: string, fetchedAt: string | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKey('invoices:get-pdf', id, fetchedAt),
    queryFn: () => call('invoices:get-pdf', { id }),
    enabled,
    // The bytes are large: do not keep PDFs of invoices no longer on screen.
    gcTime: 30_000,
    staleTime: Infinity
  });
}

/** How far the offline PDF cache is. */
export function usePdfCacheStatus() {
  return useQuery({
    queryKey: queryKey('invoices:get-pdf-status'),
    queryFn: () => call('invoices:get-pdf-status', undefined)
  });
}

/** Statement entries per page on screen. */
export const STATEMENT_PAGE_SIZE = 100;

/** The statement of a period, with page `page` of its entries. */
export function useStatement(period: Period | null, page: number) {
  const query =
    period === null
      ? null
      : { ...period, offset: page * STATEMENT_PAGE_SIZE, limit: STATEMENT_PAGE_SIZE };
  return useQuery({
    queryKey: queryKey('statement:get', query),
    queryFn: () => call('statement:get', query!),
    enabled: query !== null,
    placeholderData: keepPreviousData
  });
}

/** "Save PDF…": the PDF handed to a download under the provider's file name. */
export function useSavePdf() {
  return useMutation({
    mutationFn: async (id: string) => {
      const pdf = await call('invoices:save-pdf', { id });
      saveBase64File(pdf.base64, pdf.filename, 'application/pdf');
      return pdf.filename;
    }
  });
}

/** "Pay": the provider's payment page, opened through the vetted external-link path. */
export function usePayInvoice() {
  return useMutation({
    mutationFn: async (id: string) => {
      const { url, singleSignOn } = await call('invoices:pay-url', { id });
      await openExternal(url);
      return { singleSignOn };
    }
  });
}

/** The statement of a period as a CSV download. */
export function useExportStatement() {
  return useMutation({
    mutationFn: async (period: Period) => {
      const { filename, csv } = await call('statement:export-csv', period);
      saveTextFile(csv, filename, 'text/csv;charset=utf-8');
      return filename;
    }
  });
}

/** The accountant's bundle of a period as a ZIP download; the answer lists what is missing. */
export function useExportBundle() {
  return useMutation({
    mutationFn: async (period: Period) => {
      const bundle = await call('invoices:export-bundle', period);
      saveBase64File(bundle.base64, bundle.filename, 'application/zip');
      return bundle;
    }
  });
}
