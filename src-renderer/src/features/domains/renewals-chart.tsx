/**
 * "Renewals ahead": count and cost of renewals per month for the next 12 months, as a bar
 * chart with the same figures in a table under "Show as a table" for screen readers, keyboard
 * users and exact reading (the chart is hidden from screen readers, nothing in it is focusable).
 *
 * recharts comes with the page's code here, unlike the dashboard's and the Usage charts: the
 * domains list is scrolled as soon as it shows, and the chart's code arriving then (about
 * 0.1 s of script on this machine) stalled that first scroll.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts';
import { formatAmount, formatNumber } from '@shared/i18n/format';
import { ChartTable } from '../../components/chart-table';
import { useLocale } from '../../lib/i18n';
import type { RenewalsAhead } from '@shared/contract';
import { formatMonth, minorToMajor } from './domain-format';

/** The card with the chart of `summary`, which main aggregates in the cache (`domains:list`). */
export function RenewalsChart({ summary }: { readonly summary: RenewalsAhead }) {
  const headingId = useId();
  const { t } = useTranslation('domains');
  const locale = useLocale();
  const money = (minor: number): string =>
    summary.currency ? formatAmount(minor, summary.currency, locale) : '—';
  const data = summary.months.map((m) => ({
    label: formatMonth(m.month, 'short', locale),
    count: m.count,
    costMinor: m.costMinor,
    // Recharts plots numbers; major units are for the axis only, sums stay in minor units.
    cost: summary.currency ? minorToMajor(m.costMinor, summary.currency) : 0
  }));

  return (
    <section className="card renewals" aria-labelledby={headingId} data-testid="renewals-ahead">
      <div className="renewals__head">
        <h2 id={headingId}>{t('renewals.title')}</h2>
        <p className="muted renewals__total">
          {summary.totalCount === 0
            ? t('renewals.none')
            : summary.currency
              ? t('renewals.totalCost', {
                  count: summary.totalCount,
                  amount: money(summary.totalCostMinor)
                })
              : t('renewals.total', { count: summary.totalCount })}
        </p>
      </div>
      <div className="renewals__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            // Recharts' keyboard layer would make the hidden drawing a tab stop.
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
              stroke="var(--border-strong)"
            />
            <YAxis
              yAxisId="count"
              allowDecimals={false}
              width={32}
              tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
              stroke="var(--border-strong)"
            />
            <YAxis
              yAxisId="cost"
              orientation="right"
              width={56}
              tickFormatter={(value: number) => formatNumber(value, locale)}
              tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
              stroke="var(--border-strong)"
            />
            <Tooltip
              contentStyle={{
                background: 'var(--surface)',
                border: '1px solid var(--border-strong)',
                color: 'var(--text)'
              }}
              labelStyle={{ color: 'var(--text)' }}
              cursor={{ fill: 'var(--surface-muted)' }}
              formatter={(value, _name, item) => {
                // Format the exact minor-unit sum, not the float plotted for the axis.
                const row = item.payload as { readonly costMinor?: number } | undefined;
                return item.dataKey === 'cost' && row?.costMinor !== undefined
                  ? money(row.costMinor)
                  : formatNumber(Number(value), locale);
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
            <Bar
              yAxisId="count"
              dataKey="count"
              name={t('renewals.legendCount')}
              isAnimationActive={false}
              fill="var(--accent)"
              radius={[3, 3, 0, 0]}
            />
            <Bar
              yAxisId="cost"
              dataKey="cost"
              name={
                summary.currency
                  ? t('renewals.legendCostIn', { currency: summary.currency })
                  : t('renewals.legendCost')
              }
              isAnimationActive={false}
              fill="var(--chart-cost, #8a929c)"
              radius={[3, 3, 0, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={t('renewals.tableCaption')} testId="renewals-table">
        <thead>
          <tr>
            <th scope="col">{t('renewals.month')}</th>
            <th scope="col" className="data-table__num">
              {t('renewals.renewals')}
            </th>
            <th scope="col" className="data-table__num">
              {t('renewals.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month, 'long', locale)}</th>
              <td className="data-table__num">{formatNumber(m.count, locale)}</td>
              <td className="data-table__num">
                {money(m.costMinor)}
                {m.unpricedCount > 0 ? t('renewals.unpriced', { count: m.unpricedCount }) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
