/**
 * The daily bars of the Usage chart, drawn with recharts: its own chunk, loaded once the page
 * shows its figures (the card, its title and the same figures as a table do not wait for it).
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDay } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import type { DayDatum } from './usage-chart-data';

export interface UsageChartDrawingProps {
  readonly width: number;
  readonly height: number;
  readonly data: readonly DayDatum[];
  readonly hasEstimate: boolean;
  readonly money: (minor: number) => string;
}

/** The bar chart; the hatch pattern makes estimated bars distinct without relying on colour. */
export function UsageChartDrawing({
  width,
  height,
  data,
  hasEstimate,
  money
}: UsageChartDrawingProps) {
  const { t } = useTranslation('usage');
  const locale = useLocale();
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
      barCategoryGap="18%"
      // Recharts' keyboard layer would make the hidden drawing a tab stop.
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id="usage-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="var(--usage-estimate-bg)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--usage-estimate-line)" strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey="day"
        tickLine={false}
        axisLine={{ stroke: 'var(--border-strong)' }}
        tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
        interval="preserveStartEnd"
      />
      <YAxis
        width={72}
        tickLine={false}
        axisLine={false}
        tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
        tickFormatter={(value: number) => money(value)}
      />
      <Tooltip
        cursor={{ fill: 'var(--surface-muted)' }}
        contentStyle={{
          background: 'var(--surface)',
          border: '1px solid var(--border)',
          borderRadius: 6,
          color: 'var(--text)'
        }}
        labelFormatter={(_label, payload) => {
          const date = (payload[0]?.payload as DayDatum | undefined)?.date ?? '';
          return formatDay(date, locale, 'full') ?? date;
        }}
        formatter={(value, name) => [money(Number(value)), name]}
      />
      <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
      <Bar
        dataKey="charged"
        name={t('chart.charged')}
        stackId="day"
        fill="var(--usage-bar)"
        isAnimationActive={false}
      />
      {hasEstimate ? (
        <Bar
          dataKey="estimated"
          name={t('chart.estimated')}
          stackId="day"
          fill="url(#usage-hatch)"
          stroke="var(--usage-estimate-line)"
          strokeDasharray="3 2"
          isAnimationActive={false}
        />
      ) : null}
    </BarChart>
  );
}
