/**
 * Spend per month (paid invoices by issue month, last 12 months) as a small bar chart, with
 * the same figures in a table under "Show as a table" (the chart is hidden from screen readers
 * and holds nothing focusable). Colours come from CSS (dashboard.css) so the chart follows the
 * light and dark themes.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummaryView } from '@shared/contract';
import { formatAmount } from '@shared/i18n/format';
import { ChartLoading } from '../../components/chart-loading';
import { ChartTable } from '../../components/chart-table';
import { monthLabel } from './spend-month';
import { useLocale } from '../../lib/i18n';

type SpendMonth = AccountSummaryView['spendByMonth'][number];

// recharts is its own chunk: the dashboard's cards and this card's table do not wait for it.
const SpendChartDrawing = lazy(() =>
  import('./spend-chart-drawing').then((m) => ({ default: m.SpendChartDrawing }))
);

export interface SpendChartProps {
  readonly months: readonly SpendMonth[];
  readonly currency: string;
}

/** The chart card (`data-testid="spend-chart"`). */
export function SpendChart({ months, currency }: SpendChartProps) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  const money = (amountMinor: number): string => formatAmount(amountMinor, currency, locale);
  const data = months.map((m) => ({ ...m, label: monthLabel(m.month, locale) }));
  const total = months.reduce((sum, m) => sum + m.total, 0);
  return (
    <section className="card spend-chart" data-testid="spend-chart" aria-labelledby="spend-title">
      <div className="spend-chart__head">
        <h2 id="spend-title" className="spend-chart__title">
          {t('spend.title')}
        </h2>
        <p className="spend-chart__total">
          {money(total)} <span className="muted">{t('spend.paidLastYear')}</span>
        </p>
      </div>
      <div className="spend-chart__plot" aria-hidden="true">
        <Suspense fallback={<ChartLoading />}>
          <SpendChartDrawing data={data} currency={currency} money={money} />
        </Suspense>
      </div>
      <ChartTable caption={t('spend.tableCaption')} testId="spend-table">
        <thead>
          <tr>
            <th scope="col">{t('spend.month')}</th>
            <th scope="col" className="data-table__num">
              {t('spend.paid')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month, locale, 'long')}</th>
              <td className="data-table__num">{money(m.total)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
