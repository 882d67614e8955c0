/**
 * Spend per month (paid invoices by issue month, last 12 months) as a small bar chart, with
 * the same figures in a table under "Show as a table" (the chart is hidden from screen readers
 * and holds nothing focusable). Colours come from CSS (dashboard.css) so the chart follows the
 * light and dark themes.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountSummaryView } from '@shared/contract';
import { currencyFractionDigits, formatAmount, formatMonth } from '@shared/i18n/format';
import { ChartTable } from '../../components/chart-table';
import { useLocale } from '../../lib/i18n';

type SpendMonth = AccountSummaryView['spendByMonth'][number];

/**
 * "Nov 26" for "2026-11" on the axis (short), "November 2026" in the table and tooltip: a
 * calendar label, so formatted in UTC to avoid any zone shift.
 */
export function monthLabel(
  month: string,
  locale: string,
  style: 'short' | 'long' = 'short'
): string {
  if (style === 'long') return formatMonth(month, locale, 'long') ?? month;
  const [year, monthNumber] = month.split('-').map(Number);
  const instant = Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC'
  }).format(instant);
}

/** A short axis label such as "€1.2K" ("1,2 k €"): compact, so the axis stays narrow. */
function compactMoney(amountMinor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1
  }).format(amountMinor / 10 ** currencyFractionDigits(currency));
}

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
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
            // Recharts' keyboard layer would make the hidden drawing a tab stop; the table
            // below is the keyboard's and the screen reader's way to the figures.
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} className="spend-chart__grid" />
            <XAxis dataKey="label" tickLine={false} axisLine={false} interval={0} fontSize={12} />
            <YAxis
              tickFormatter={(value: number) => compactMoney(value, currency, locale)}
              tickLine={false}
              axisLine={false}
              width={64}
              fontSize={12}
            />
            <Tooltip
              cursor={{ className: 'spend-chart__cursor' }}
              formatter={(value) => [money(Number(value)), t('spend.paid')]}
              labelFormatter={(_label, payload) => {
                const month = (payload[0]?.payload as { month?: string } | undefined)?.month;
                return month ? monthLabel(month, locale, 'long') : '';
              }}
              wrapperClassName="spend-chart__tooltip"
            />
            <Bar
              dataKey="total"
              className="spend-chart__bar"
              radius={[3, 3, 0, 0]}
              maxBarSize={36}
              // Figures from the cache are there at once; growing bars only delay reading them.
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
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
