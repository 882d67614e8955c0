/**
 * The daily bar chart: the amount charged per local day, and for the days still to come the
 * estimate's remainder spread over them, drawn hatched and labelled "estimated". The same
 * figures are a table under "Show as a table"; the drawing is hidden from screen readers and
 * holds nothing focusable.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { UsageMonthView } from '@shared/contract';
import { formatDay } from '@shared/i18n/format';
import { ChartTable } from '../../components/chart-table';
import { useLocale } from '../../lib/i18n';
import { formatAmount } from './usage-format';

export interface UsageChartProps {
  readonly view: UsageMonthView;
  readonly report: NonNullable<UsageMonthView['report']>;
}

interface DayDatum {
  readonly day: string;
  readonly date: string;
  readonly charged: number;
  readonly estimated: number;
}

const CHART_HEIGHT = 240;

/** The width of an element, followed with ResizeObserver where there is one (0 until measured). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Merges the actual daily amounts with the estimated remainder, per local date. */
export function chartData(
  view: UsageMonthView,
  report: NonNullable<UsageMonthView['report']>
): DayDatum[] {
  const estimated = new Map(view.estimatedDays.map((d) => [d.date, d.amount]));
  return report.daily.map((d) => ({
    day: String(Number(d.date.slice(8, 10))),
    date: d.date,
    charged: d.amount,
    estimated: estimated.get(d.date) ?? 0
  }));
}

/** "Mon 3 Nov" ("lun. 3 nov.") for a local calendar date `YYYY-MM-DD` (in UTC: no zone shift). */
function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC'
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** The chart card; the hatch pattern makes estimated bars distinct without relying on colour. */
export function UsageChart({ view, report }: UsageChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const data = chartData(view, report);
  const { t } = useTranslation('usage');
  const locale = useLocale();
  const money = (minor: number) => formatAmount(minor, view.currency, locale);
  const hasEstimate = view.estimatedDays.some((d) => d.amount > 0);
  return (
    <section
      className="card usage-chart"
      aria-labelledby="usage-chart-title"
      data-testid="usage-chart"
    >
      <h2 id="usage-chart-title" className="usage-section-title">
        {t('chart.title')}
      </h2>
      <div ref={ref} className="usage-chart__canvas" aria-hidden="true">
        {width > 0 ? (
          <BarChart
            width={width}
            height={CHART_HEIGHT}
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
                <line
                  x1="0"
                  y1="0"
                  x2="0"
                  y2="6"
                  stroke="var(--usage-estimate-line)"
                  strokeWidth="3"
                />
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
        ) : null}
      </div>
      <ChartTable
        caption={hasEstimate ? t('chart.captionEstimate') : t('chart.caption')}
        testId="usage-chart-table"
      >
        <thead>
          <tr>
            <th scope="col">{t('chart.day')}</th>
            <th scope="col" className="num">
              {t('chart.charged')}
            </th>
            {hasEstimate ? (
              <th scope="col" className="num">
                {t('chart.estimated')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date, locale)}</th>
              <td className="num">{money(d.charged)}</td>
              {hasEstimate ? (
                <td className="num">{d.estimated > 0 ? money(d.estimated) : '—'}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
