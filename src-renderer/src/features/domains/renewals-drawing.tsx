/**
 * The drawing of "Renewals ahead" (recharts, a chunk of its own; see renewals-chart.tsx), at
 * the width the card measured: a container that measures itself draws twice.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@shared/i18n/format';

/** One month's bars: the count, and the cost in major units (the axis's) with its exact sum. */
export interface RenewalsBar {
  readonly label: string;
  readonly count: number;
  readonly costMinor: number;
  readonly cost: number;
}

export interface RenewalsDrawingProps {
  readonly width: number;
  readonly height: number;
  readonly data: RenewalsBar[];
  readonly locale: string;
  readonly countName: string;
  readonly costName: string;
  readonly money: (minor: number) => string;
}

/** The bars of `data`: the count on the left axis, the cost on the right one. */
export function RenewalsDrawing({
  width,
  height,
  data,
  locale,
  countName,
  costName,
  money
}: RenewalsDrawingProps) {
  return (
    <BarChart
      width={width}
      height={height}
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
        name={countName}
        isAnimationActive={false}
        fill="var(--accent)"
        radius={[3, 3, 0, 0]}
      />
      <Bar
        yAxisId="cost"
        dataKey="cost"
        name={costName}
        isAnimationActive={false}
        fill="var(--chart-cost, #8a929c)"
        radius={[3, 3, 0, 0]}
      />
    </BarChart>
  );
}
