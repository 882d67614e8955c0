/**
 * The bars of the dashboard's spend per month, drawn with recharts: its own chunk, loaded once
 * the dashboard shows its figures (spend-chart.tsx holds the card and its table).
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { currencyFractionDigits } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import { monthLabel } from './spend-month';

/** A short axis label such as "€1.2K" ("1,2 k €"): compact, so the axis stays narrow. */
function compactMoney(amountMinor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1
  }).format(amountMinor / 10 ** currencyFractionDigits(currency));
}

/** One month: `month` (YYYY-MM), its paid `total` in minor units and its axis label. */
export interface SpendDatum {
  readonly month: string;
  readonly total: number;
  readonly label: string;
}

export interface SpendChartDrawingProps {
  readonly data: readonly SpendDatum[];
  readonly currency: string;
  readonly money: (minor: number) => string;
}

/** Paid invoices per month as bars, the axis in compact money. */
export function SpendChartDrawing({ data, currency, money }: SpendChartDrawingProps) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart
        data={[...data]}
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
  );
}
