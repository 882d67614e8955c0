/**
 * The rows of the month: one per (resource, run, pack, price), filterable by text and status,
 * sortable by any column header, with the rows of one resource kept together.
 */
import { useMemo } from 'react';
import { pendingKey, type UsageMonthView } from '../../../../src-shared/contract';
import { formatAmount, formatShortDateTime } from './usage-format';
import {
  arrangeRows,
  filterRows,
  markerLabel,
  pendingHint,
  statusLabel,
  type SortColumn
} from './usage-table-model';
import { useUsageUiStore, type StatusFilter } from './usage-ui-store';

interface Column {
  readonly id: SortColumn;
  readonly label: string;
  readonly numeric: boolean;
}

const COLUMNS: readonly Column[] = [
  { id: 'resource', label: 'Resource', numeric: false },
  { id: 'kind', label: 'Kind', numeric: false },
  { id: 'pack', label: 'Pack', numeric: false },
  { id: 'price', label: 'Price/mo', numeric: true },
  { id: 'activeHours', label: 'Active hours', numeric: true },
  { id: 'billedHours', label: 'Billed hours', numeric: true },
  { id: 'billedDays', label: 'Billed days', numeric: true },
  { id: 'amount', label: 'Amount', numeric: true },
  { id: 'status', label: 'Status', numeric: false }
];

const STATUS_OPTIONS: readonly { readonly value: StatusFilter; readonly label: string }[] = [
  { value: 'all', label: 'All statuses' },
  { value: 'charged', label: 'Charged' },
  { value: 'pending', label: 'Pending' },
  { value: 'free', label: 'Free' }
];

export interface UsageTableProps {
  readonly view: UsageMonthView;
  readonly report: NonNullable<UsageMonthView['report']>;
}

/** The filter bar and the table. */
export function UsageTable({ view, report }: UsageTableProps) {
  const { text, status, sort, setText, setStatus, toggleSort } = useUsageUiStore();
  const arranged = useMemo(
    () => arrangeRows(filterRows(report.rows, text, status), sort),
    [report.rows, text, status, sort]
  );
  return (
    <section className="card usage-table-card" aria-labelledby="usage-rows-title">
      <div className="usage-table-card__head">
        <h2 id="usage-rows-title" className="usage-section-title">
          Resources
        </h2>
        <div className="usage-filters">
          <input
            type="search"
            className="input"
            placeholder="Filter by resource or pack"
            aria-label="Filter rows"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <select
            className="input"
            aria-label="Filter by status"
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="usage-table-scroll">
        <table className="usage-table" aria-label="Usage rows">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={sort.column === column.id ? sort.direction : 'none'}
                >
                  <button
                    type="button"
                    className="usage-sort"
                    onClick={() => toggleSort(column.id)}
                  >
                    {column.label}
                    <span className="usage-sort__icon" aria-hidden="true">
                      {sort.column === column.id
                        ? sort.direction === 'ascending'
                          ? '▲'
                          : '▼'
                        : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {arranged.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="usage-table__empty">
                  {report.rows.length === 0
                    ? 'No resources were active this month.'
                    : 'No rows match the filters.'}
                </td>
              </tr>
            ) : (
              arranged.map(({ row, groupStart, groupSize, marker }) => {
                const label = markerLabel(marker);
                const hint = pendingHint(row, view.pendingHoursLeft[pendingKey(row)]);
                return (
                  <tr
                    key={`${row.resourceId}|${row.runStart}|${row.pack}|${row.monthlyPrice}`}
                    data-resource={row.resourceId}
                    data-status={row.status}
                    className={[
                      groupSize > 1 ? 'usage-row--grouped' : '',
                      groupStart ? 'usage-row--group-start' : 'usage-row--group-rest'
                    ].join(' ')}
                  >
                    <td>
                      <span className="usage-resource">{row.resourceId}</span>
                      {label ? <span className="usage-marker">{label}</span> : null}
                      {row.parentAccountId ? (
                        <span className="usage-parent">on {row.parentAccountId}</span>
                      ) : null}
                      <span className="usage-hours-range">
                        {formatShortDateTime(row.firstHour, report.timeZone)} –{' '}
                        {formatShortDateTime(row.lastHour, report.timeZone)}
                      </span>
                    </td>
                    <td>{row.kind === 'addon' ? 'Add-on' : 'Account'}</td>
                    <td>{row.pack}</td>
                    <td className="num">{formatAmount(row.monthlyPrice, view.currency)}</td>
                    <td className="num">{row.activeHours.toLocaleString()}</td>
                    <td className="num">{row.billedHours.toLocaleString()}</td>
                    <td className="num">{row.billedDays}</td>
                    <td className="num">{formatAmount(row.amount, view.currency)}</td>
                    <td>
                      <span className={`usage-status usage-status--${row.status}`}>
                        {statusLabel(row)}
                      </span>
                      {hint ? <span className="usage-status__hint">{hint}</span> : null}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <p className="usage-table__count">
        {arranged.length} of {report.rows.length} rows
      </p>
    </section>
  );
}
