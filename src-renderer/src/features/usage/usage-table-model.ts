/**
 * How the Usage table arranges the engine's rows: text and status filters, sorting by a
 * column, and keeping the rows of one resource together (an upgraded account has one row per
 * pack) with a marker saying why a resource has several rows.
 */
import type { PayuMonthView } from '../../../../src-shared/contract';

export type UsageRow = PayuMonthView['rows'][number];
export type RowStatus = UsageRow['status'];

export type SortColumn =
  | 'resource'
  | 'kind'
  | 'pack'
  | 'price'
  | 'activeHours'
  | 'billedHours'
  | 'billedDays'
  | 'amount'
  | 'status';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Why a row follows another row of the same resource. */
export type RowMarker = 'upgraded' | 'downgraded' | 'price-change' | 'new-run' | null;

export interface ArrangedRow {
  readonly row: UsageRow;
  /** First row of its resource's group (the group's rows follow it). */
  readonly groupStart: boolean;
  /** Rows in the group, on every row of it. */
  readonly groupSize: number;
  readonly marker: RowMarker;
}

/** Rows whose resource, parent, pack or kind contains `text` (case-insensitive) and whose status matches. */
export function filterRows(
  rows: readonly UsageRow[],
  text: string,
  status: RowStatus | 'all'
): UsageRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((row) => {
    if (status !== 'all' && row.status !== status) return false;
    if (needle === '') return true;
    return [row.resourceId, row.pack, row.kind, row.parentAccountId ?? ''].some((field) =>
      field.toLowerCase().includes(needle)
    );
  });
}

const STATUS_ORDER: Record<RowStatus, number> = { charged: 0, pending: 1, free: 2 };

function sortValue(row: UsageRow, column: SortColumn): string | number {
  switch (column) {
    case 'resource':
      return row.resourceId;
    case 'kind':
      return row.kind;
    case 'pack':
      return row.pack;
    case 'price':
      return row.monthlyPrice;
    case 'activeHours':
      return row.activeHours;
    case 'billedHours':
      return row.billedHours;
    case 'billedDays':
      return row.billedDays;
    case 'amount':
      return row.amount;
    case 'status':
      return STATUS_ORDER[row.status];
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

function markerOf(previous: UsageRow, row: UsageRow): RowMarker {
  if (previous.runStart !== row.runStart) return 'new-run';
  if (previous.pack === row.pack) return 'price-change';
  return row.monthlyPrice < previous.monthlyPrice ? 'downgraded' : 'upgraded';
}

/**
 * Sorts the rows by `sort`, then pulls each resource's rows together at the place of its
 * best-ranked row, in time order inside the group, so an upgrade reads top-down.
 */
export function arrangeRows(rows: readonly UsageRow[], sort: SortState): ArrangedRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort(
    (a, b) =>
      sign * compareValues(sortValue(a, sort.column), sortValue(b, sort.column)) ||
      compareValues(a.resourceId, b.resourceId) ||
      compareValues(a.firstHour, b.firstHour)
  );
  const groups = new Map<string, UsageRow[]>();
  for (const row of sorted) {
    const group = groups.get(row.resourceId);
    if (group) group.push(row);
    else groups.set(row.resourceId, [row]);
  }
  const arranged: ArrangedRow[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => compareValues(a.firstHour, b.firstHour) || compareValues(a.pack, b.pack));
    group.forEach((row, index) => {
      const previous = index > 0 ? group[index - 1] : undefined;
      arranged.push({
        row,
        groupStart: index === 0,
        groupSize: group.length,
        marker: previous ? markerOf(previous, row) : null
      });
    });
  }
  return arranged;
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
export function pendingHint(row: UsageRow, hoursLeft: number | undefined): string | null {
  if (row.status !== 'pending' || hoursLeft === undefined) return null;
  return `charged in ${hoursLeft} h unless deleted`;
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
