/**
 * The usage reads (`usage:get-month`, `usage:list-rows`) and the CSV export call. The zone is
 * part of the keys so a changed time-zone setting refetches at once; `cache:changed` with
 * scope `usage` (new snapshots) invalidates every month and page.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UsageExportKind, UsageRowsInput } from '@shared/contract';
import { call } from '../../lib/call';
import { queryKey } from '../../lib/query-keys';

/**
 * Query options for one month (null = the current local month, chosen by main). `zoneKnown`
 * false holds the query until the settings have said the zone, so the first open does not
 * fetch once without the zone in its key and again with it.
 */
export function usageMonthQueryOptions(
  month: string | null,
  timeZone: string | null,
  zoneKnown = true
) {
  return queryOptions({
    queryKey: queryKey('usage:get-month', month, timeZone),
    queryFn: () => call('usage:get-month', month === null ? {} : { month }),
    enabled: zoneKnown,
    // Switching months keeps the previous figures on screen instead of flashing a spinner.
    placeholderData: keepPreviousData
  });
}

/** One month of pay-as-you-use figures (totals, chart, warnings, bill check). */
export function useUsageMonth(month: string | null, timeZone: string | null, zoneKnown = true) {
  return useQuery(usageMonthQueryOptions(month, timeZone, zoneKnown));
}

/**
 * Query options for one page of a month's rows (month null = the current local month, as for
 * the month itself, so both are asked at once when the page opens).
 */
export function usageRowsQueryOptions(
  input: UsageRowsInput,
  timeZone: string | null,
  zoneKnown = true
) {
  return queryOptions({
    queryKey: queryKey('usage:list-rows', input, timeZone),
    queryFn: () => call('usage:list-rows', input),
    enabled: zoneKnown,
    // Filtering and paging keep the current rows on screen until the next page arrives.
    placeholderData: keepPreviousData
  });
}

/** One filtered, sorted page of the month's rows. */
export function useUsageRows(input: UsageRowsInput, timeZone: string | null, zoneKnown = true) {
  return useQuery(usageRowsQueryOptions(input, timeZone, zoneKnown));
}

/** Asks main for the CSV and hands it to the browser as a file download. */
export async function downloadUsageCsv(month: string, what: UsageExportKind): Promise<string> {
  const { filename, csv } = await call('usage:export-csv', { month, what });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  try {
    // An <a download> click is a navigation, which the CSP's connect-src does not restrict.
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke on the next task: Chromium has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return filename;
}
