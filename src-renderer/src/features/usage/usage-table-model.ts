/**
 * The Usage table's vocabulary: the sortable columns, how the screen's sort and filters
 * become a `usage:list-rows` query (main filters, sorts and groups the rows in SQLite), and
 * the labels of statuses, pending hints and the markers of a resource's later rows.
 */
import type { UsageRowView, UsageRowsInput, UsageSortKey } from '@shared/contract';
import type { ListView } from '../../components/data-table/list-view';
import { i18n } from '../../lib/i18n';
import type { UsageFilters } from './usage-view';

export type UsageRow = UsageRowView;

/** Why a row follows another row of the same resource. */
export type RowMarker = UsageRow['marker'];

/** Rows per page of the table. */
export const USAGE_PAGE_SIZE = 100;

/** The `usage:list-rows` input for the screen's view. */
export function rowsQuery(view: ListView<UsageFilters, UsageSortKey>): UsageRowsInput {
  return {
    month: view.filters.month,
    q: view.filters.q.trim(),
    status: view.filters.status,
    sort: view.order.sort,
    dir: view.order.dir,
    offset: view.page * USAGE_PAGE_SIZE,
    limit: USAGE_PAGE_SIZE
  };
}

/** The status badge's text, in the app's language. */
export function statusLabel(row: UsageRow): string {
  return i18n.t(`usage:table.statuses.${row.status}`);
}

/** What a pending row is waiting for under the 48-hour rule; null for settled rows. */
export function pendingHint(row: UsageRow): string | null {
  if (row.status !== 'pending' || row.pendingHoursLeft === null) return null;
  return i18n.t('usage:table.pendingHint', { hours: row.pendingHoursLeft });
}

/** Human label of a marker, in the app's language. */
export function markerLabel(marker: RowMarker): string | null {
  switch (marker) {
    case 'upgraded':
      return i18n.t('usage:table.markers.upgraded');
    case 'downgraded':
      return i18n.t('usage:table.markers.downgraded');
    case 'price-change':
      return i18n.t('usage:table.markers.priceChange');
    case 'new-run':
      return i18n.t('usage:table.markers.recreated');
    case null:
      return null;
  }
}
