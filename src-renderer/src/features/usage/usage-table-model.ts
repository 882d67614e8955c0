/**
 * The Usage table's vocabulary: the sortable columns, how the screen's sort and filters
 * become a `usage:list-rows` query (main filters, sorts and groups the rows in SQLite), and
 * the labels of statuses, pending hints and the markers of a resource's later rows.
 */
import type { UsageRowView, UsageRowsInput, UsageSortKey } from '../../../../src-shared/contract';
import type { ListView } from '../../components/data-table/list-view';
import type { UsageFilters } from './usage-view';

export type UsageRow = UsageRowView;
export type RowStatus = UsageRow['status'];

export type SortColumn = UsageSortKey;

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

const STATUS_LABELS: Record<RowStatus, string> = {
  charged: 'Charged',
  pending: 'Pending',
  free: 'Free'
};

/** The status badge's text. */
export function statusLabel(row: UsageRow): string {
  return STATUS_LABELS[row.status];
}

/** What a pending row is waiting for under the 48-hour rule; null for settled rows. */
export function pendingHint(row: UsageRow): string | null {
  if (row.status !== 'pending' || row.pendingHoursLeft === null) return null;
  return `charged in ${row.pendingHoursLeft} h unless deleted`;
}

/** Human label of a marker. */
export function markerLabel(marker: RowMarker): string | null {
  switch (marker) {
    case 'upgraded':
      return 'upgraded';
    case 'downgraded':
      return 'downgraded';
    case 'price-change':
      return 'price change';
    case 'new-run':
      return 'recreated';
    case null:
      return null;
  }
}
