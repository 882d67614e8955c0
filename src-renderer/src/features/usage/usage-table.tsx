/**
 * The rows of the month: one per (resource, run, pack, price), filterable by text and status,
 * sortable by any column header, with the rows of one resource kept together. Main filters,
 * sorts, groups and pages them (`usage:list-rows`); the shared data table shows one page.
 * The rows open nothing (a row is a figure, not an item with a page of its own), so the table
 * runs in its rows-open-nothing mode: the resource cell is each row's keyboard stop.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { UsageRowsView, UsageSortKey } from '@shared/contract';
import { formatNumber } from '@shared/i18n/format';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { useLocale } from '../../lib/i18n';
import { formatAmount, formatShortDateTime } from './usage-format';
import {
  markerLabel,
  pendingHint,
  statusLabel,
  USAGE_PAGE_SIZE,
  type UsageRow
} from './usage-table-model';
import { firstDirection, type StatusFilter, type UsageFilters } from './usage-view';

const STATUS_OPTIONS: readonly StatusFilter[] = ['all', 'charged', 'pending', 'free'];

/** A row's identity: main sends one row per resource, run, pack and price. */
const rowKey = (row: UsageRow): string =>
  `${row.resourceId}|${row.runStart}|${row.pack}|${row.monthlyPrice}`;

/** Rows of one resource read as a block (usage.css): where a block starts and what follows. */
function groupClass(row: UsageRow): string {
  return [
    row.groupSize > 1 ? 'usage-row--grouped' : '',
    row.groupStart ? 'usage-row--group-start' : 'usage-row--group-rest'
  ].join(' ');
}

const rowData = (row: UsageRow) => ({ 'data-resource': row.resourceId, 'data-status': row.status });

/** The columns; their headers are `usage:table.columns.<id>`. */
function usageColumns(
  t: TFunction<'usage'>,
  locale: string,
  currency: string | null,
  timeZone: string
): DataColumn<UsageRow, UsageSortKey>[] {
  const column = (
    id: UsageSortKey,
    width: string,
    cell: (row: UsageRow) => ReactNode,
    numeric = false
  ): DataColumn<UsageRow, UsageSortKey> => ({
    id,
    header: t(`table.columns.${id}`),
    sort: id,
    firstDir: firstDirection(id),
    numeric,
    width,
    cell
  });
  return [
    {
      ...column('resource', '19%', (row) => {
        const label = markerLabel(row.marker);
        return (
          <>
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
          </>
        );
      }),
      rowHeader: true
    },
    {
      ...column('kind', '8%', (row) =>
        row.kind === 'addon' ? t('table.kinds.addon') : t('table.kinds.account')
      ),
      // An add-on also says so under its name ("on acc-1"): in a narrow window this column
      // steps aside for the figures (DataTable's secondaryFrom).
      className: 'data-table__secondary'
    },
    column('pack', '12%', (row) => row.pack),
    column('price', '9%', (row) => formatAmount(row.monthlyPrice, currency, locale), true),
    column('activeHours', '8%', (row) => formatNumber(row.activeHours, locale), true),
    column('billedHours', '9%', (row) => formatNumber(row.billedHours, locale), true),
    column('billedDays', '9%', (row) => formatNumber(row.billedDays, locale), true),
    column('amount', '10%', (row) => formatAmount(row.amount, currency, locale), true),
    {
      ...column('status', '16%', (row) => {
        const hint = pendingHint(row);
        return (
          <>
            <span className={`usage-status usage-status--${row.status}`}>{statusLabel(row)}</span>
            {hint ? <span className="usage-status__hint">{hint}</span> : null}
          </>
        );
      }),
      className: 'usage-status-cell'
    }
  ];
}

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
  const columns = useMemo(
    () => usageColumns(t, locale, currency, timeZone),
    [t, locale, currency, timeZone]
  );
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
      {page !== undefined && rows.length === 0 ? (
        <p className="usage-table__empty" role="status">
          {page.rowCount === 0 ? t('table.noResources') : t('table.noMatch')}
        </p>
      ) : (
        <DataTable
          rows={rows}
          columns={columns}
          rowId={rowKey}
          order={order}
          onOrder={(next) => list.setOrder(next)}
          page={Math.min(list.page, pages - 1)}
          pageSize={USAGE_PAGE_SIZE}
          total={page?.total ?? 0}
          onPage={(next) => list.setPage(next)}
          caption={t('table.label')}
          noun={t('table.noun')}
          testId="usage-table"
          rowTestId="usage-row"
          pagerTestId="usage-pager"
          className="usage-table"
          rowData={rowData}
          rowClassName={groupClass}
          estimateRowHeight={58}
          // Every column from a 1280 px window (970 px of card) up.
          secondaryFrom={900}
        />
      )}
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
    </section>
  );
}
