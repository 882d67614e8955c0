/**
 * The rows of the month: one per (resource, run, pack, price), filterable by text and status,
 * sortable by any column header, with the rows of one resource kept together. Main filters,
 * sorts and pages them (`usage:list-rows`); this table shows one page.
 * (The shared data-table component had not landed when this was reworked: the markup is
 * the screen's own.)
 */
import { useTranslation } from 'react-i18next';
import type { UsageRowsView, UsageSortKey } from '../../../../src-shared/contract';
import { formatNumber } from '../../../../src-shared/i18n/format';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { ListPager } from '../../components/list-pager';
import { useLocale } from '../../lib/i18n';
import { formatAmount, formatShortDateTime } from './usage-format';
import {
  markerLabel,
  pendingHint,
  statusLabel,
  USAGE_PAGE_SIZE,
  type SortColumn
} from './usage-table-model';
import { nextOrder, type StatusFilter, type UsageFilters } from './usage-view';

interface Column {
  readonly id: SortColumn;
  readonly numeric: boolean;
}

/** The columns; their headers are `usage:table.columns.<id>`. */
const COLUMNS: readonly Column[] = [
  { id: 'resource', numeric: false },
  { id: 'kind', numeric: false },
  { id: 'pack', numeric: false },
  { id: 'price', numeric: true },
  { id: 'activeHours', numeric: true },
  { id: 'billedHours', numeric: true },
  { id: 'billedDays', numeric: true },
  { id: 'amount', numeric: true },
  { id: 'status', numeric: false }
];

const STATUS_OPTIONS: readonly StatusFilter[] = ['all', 'charged', 'pending', 'free'];

export interface UsageTableProps {
  /** The filters, order and page in the address, with their setters. */
  readonly list: ListViewControls<UsageFilters, UsageSortKey>;
  readonly currency: string | null;
  readonly timeZone: string;
  /** The page of rows; undefined until the first page arrives. */
  readonly page: UsageRowsView | undefined;
}

/** The filter bar, the table and its pager. */
export function UsageTable({ list, currency, timeZone, page }: UsageTableProps) {
  const { filters, order } = list;
  const { t } = useTranslation('usage');
  const locale = useLocale();
  const rows = page?.rows ?? [];
  const pages = Math.max(1, Math.ceil((page?.total ?? 0) / USAGE_PAGE_SIZE));
  return (
    <section className="card usage-table-card" aria-labelledby="usage-rows-title">
      <div className="usage-table-card__head">
        <h2 id="usage-rows-title" className="usage-section-title">
          {t('table.title')}
        </h2>
        <div className="usage-filters">
          <input
            type="search"
            className="input"
            placeholder={t('table.filterPlaceholder')}
            aria-label={t('table.filterRows')}
            value={filters.q}
            // Typing replaces the address instead of adding a history entry per keystroke.
            onChange={(event) => list.setFilter('q', event.target.value, { replace: true })}
          />
          <select
            className="input"
            aria-label={t('table.filterStatus')}
            value={filters.status}
            onChange={(event) => list.setFilter('status', event.target.value as StatusFilter)}
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`table.statuses.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="usage-table-scroll">
        <table className="usage-table" aria-label={t('table.label')}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={
                    order.sort === column.id
                      ? order.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                  }
                >
                  <button
                    type="button"
                    className="usage-sort"
                    onClick={() => list.setOrder(nextOrder(order, column.id))}
                  >
                    {t(`table.columns.${column.id}`)}
                    <span className="usage-sort__icon" aria-hidden="true">
                      {order.sort === column.id ? (order.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page === undefined ? null : rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="usage-table__empty">
                  {page.rowCount === 0 ? t('table.noResources') : t('table.noMatch')}
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const { groupStart, groupSize } = row;
                const label = markerLabel(row.marker);
                const hint = pendingHint(row);
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
                        <span className="usage-parent">
                          {t('table.onAccount', { account: row.parentAccountId })}
                        </span>
                      ) : null}
                      <span className="usage-hours-range">
                        {formatShortDateTime(row.firstHour, timeZone, locale)} –{' '}
                        {formatShortDateTime(row.lastHour, timeZone, locale)}
                      </span>
                    </td>
                    <td>
                      {row.kind === 'addon' ? t('table.kinds.addon') : t('table.kinds.account')}
                    </td>
                    <td>{row.pack}</td>
                    <td className="num">{formatAmount(row.monthlyPrice, currency, locale)}</td>
                    <td className="num">{formatNumber(row.activeHours, locale)}</td>
                    <td className="num">{formatNumber(row.billedHours, locale)}</td>
                    <td className="num">{formatNumber(row.billedDays, locale)}</td>
                    <td className="num">{formatAmount(row.amount, currency, locale)}</td>
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
        {page === undefined
          ? ''
          : t('table.count', {
              count: page.rowCount,
              shown: formatNumber(page.total, locale),
              total: formatNumber(page.rowCount, locale),
              amount: formatAmount(page.totals.amount, currency, locale)
            })}
      </p>
      {pages > 1 ? (
        <ListPager
          page={Math.min(list.page, pages - 1)}
          pages={pages}
          onPage={(next) => list.setPage(next)}
          label={t('table.pages')}
          testId="usage-pager"
        />
      ) : null}
    </section>
  );
}
