/**
 * The Usage table's vocabulary: the sortable columns, how the screen's sort and filters
 * become a `usage:list-rows` query (main filters, sorts and groups the rows in SQLite), and
 * the labels of statuses, pending hints and the markers of a resource's later rows.
 */
import type { UsageRowView, UsageRowsInput, UsageSortKey } from '../../../../src-shared/contract';

export type UsageRow = UsageRowView;
export type RowStatus = UsageRow['status'];

export type SortColumn = UsageSortKey;
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Why a row follows another row of the same resource. */
export type RowMarker = UsageRow['marker'];

/** Rows per page of the table. */
export const USAGE_PAGE_SIZE = 100;

/** The `usage:list-rows` input for the screen's state. */
export function rowsQuery(
  month: string | null,
  state: {
    readonly text: string;
    readonly status: RowStatus | 'all';
    readonly sort: SortState;
    readonly page: number;
  }
): UsageRowsInput {
  return {
    month,
    q: state.text.trim(),
    status: state.status,
    sort: state.sort.column,
    dir: state.sort.direction === 'ascending' ? 'asc' : 'desc',
    offset: state.page * USAGE_PAGE_SIZE,
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
