/**
 * The pay-as-you-use breakdown of a month: summary, daily chart, warnings, the rows, the bill
 * check and CSV exports. Figures come from main (`usage:get-month`, and `usage:list-rows` for
 * one page of rows); this page only arranges them. The root carries `data-view-state` so
 * tests can wait for the figures.
 */
import { useTranslation } from 'react-i18next';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { UsageBillCheck } from './usage-bill-check';
import { UsageChart } from './usage-chart';
import { UsageExport } from './usage-export';
import { formatMonthLabel, formatShortDateTime } from './usage-format';
import { UsageSourceBanner } from './usage-source-banner';
import { UsageSummary } from './usage-summary';
import { UsageTable } from './usage-table';
import { rowsQuery } from './usage-table-model';
import { USAGE_VIEW } from './usage-view';
import { UsageWarnings } from './usage-warnings';
import { useUsageMonth, useUsageRows } from './use-usage-month';
import './usage.css';

function MonthPicker({
  months,
  month,
  setMonth
}: {
  readonly months: readonly string[];
  readonly month: string;
  readonly setMonth: (month: string) => void;
}) {
  const { t } = useTranslation('usage');
  const locale = useLocale();
  // The month shown may have no snapshots (e.g. a new month before the first sync): still offer it.
  const options = months.includes(month) ? months : [month, ...months];
  return (
    <label className="usage-picker">
      <span>{t('month')}</span>
      <select
        className="input"
        aria-label={t('month')}
        value={month}
        onChange={(event) => setMonth(event.target.value)}
      >
        {options.map((m) => (
          <option key={m} value={m}>
            {formatMonthLabel(m, locale)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Usage page (route `usage`). */
export function UsagePage() {
  const settings = useSettings();
  const list = useListView(USAGE_VIEW);
  const timeZone = settings.data?.timeZone ?? null;
  // Without settings (they failed to load) main still knows the zone: ask anyway.
  const zoneKnown = !settings.isPending;
  const query = useUsageMonth(list.filters.month, timeZone, zoneKnown);
  const rows = useUsageRows(rowsQuery(list), timeZone, zoneKnown);
  const { t } = useTranslation('usage');
  const locale = useLocale();

  if (query.isPending) {
    return (
      <div data-page="usage" data-view-state="loading" className="usage">
        <p className="usage-muted" role="status">
          {t('loading')}
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div data-page="usage" data-view-state="error" className="usage">
        <div className="banner banner--error" role="alert">
          <span>{t('loadFailed', { reason: errorMessage(query.error) })}</span>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {t('tryAgain')}
          </button>
        </div>
      </div>
    );
  }
  const view = query.data;
  if (!view.available) {
    return (
      <div data-page="usage" data-view-state="empty" className="usage">
        <EmptyState
          title={t('unavailable.title')}
          action={{ label: t('unavailable.openSettings'), onClick: () => navigate('settings') }}
        >
          <p>{t('unavailable.text')}</p>
        </EmptyState>
      </div>
    );
  }
  const report = view.report;
  return (
    <div
      data-page="usage"
      data-view-state={
        report !== null && rows.isError
          ? 'error'
          : query.isPlaceholderData ||
              (report !== null && (rows.data?.month !== view.month || rows.isPlaceholderData))
            ? 'loading'
            : report === null
              ? 'empty'
              : 'ready'
      }
      className="usage"
    >
      <div className="usage-toolbar">
        <MonthPicker
          months={view.months}
          month={view.month}
          setMonth={(month) => list.setFilter('month', month)}
        />
        <div className="usage-toolbar__spacer" />
        {report ? <UsageExport month={view.month} /> : null}
      </div>
      {report ? (
        <p className="usage-muted usage-asof">
          {t('asOf', {
            when: view.lastSnapshot
              ? formatShortDateTime(view.lastSnapshot, report.timeZone, locale)
              : '—'
          })}{' '}
          · {report.timeZone} · {t('hoursInMonth', { count: report.hoursInMonth })}
        </p>
      ) : null}
      <UsageSourceBanner month={view.month} timeZone={timeZone ?? undefined} />
      {report === null ? (
        <EmptyState title={t('noSnapshots.title', { month: formatMonthLabel(view.month, locale) })}>
          <p>{view.lastSnapshot === null ? t('noSnapshots.none') : t('noSnapshots.notCovered')}</p>
        </EmptyState>
      ) : (
        <>
          <UsageSummary currency={view.currency} report={report} />
          <UsageChart view={view} report={report} />
          <UsageWarnings
            warnings={report.warnings}
            counts={report.warningCounts}
            timeZone={report.timeZone}
          />
          {rows.isError ? (
            <div className="banner banner--error" role="alert">
              <span>{t('rowsFailed', { reason: errorMessage(rows.error) })}</span>
              <button type="button" className="button" onClick={() => void rows.refetch()}>
                {t('tryAgain')}
              </button>
            </div>
          ) : (
            <UsageTable
              list={list}
              currency={view.currency}
              timeZone={report.timeZone}
              page={rows.data?.month === view.month ? rows.data : undefined}
            />
          )}
          <UsageBillCheck view={view} report={report} />
        </>
      )}
    </div>
  );
}
