/**
 * The daily bar chart: the amount charged per local day, and for the days still to come the
 * estimate's remainder spread over them, drawn hatched and labelled "estimated". The same
 * figures are a table under "Show as a table"; the drawing is hidden from screen readers and
 * holds nothing focusable.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageMonthView } from '@shared/contract';
import { ChartLoading } from '../../components/chart-loading';
import { ChartTable } from '../../components/chart-table';
import { useLocale } from '../../lib/i18n';
import { useWidth } from '../../lib/use-width';
import { chartData } from './usage-chart-data';
import { formatAmount } from './usage-format';

// recharts is its own chunk: the figures, the rows and the table of this card do not wait for it.
const UsageChartDrawing = lazy(() =>
  import('./usage-chart-drawing').then((m) => ({ default: m.UsageChartDrawing }))
);

export interface UsageChartProps {
  readonly view: UsageMonthView;
  readonly report: NonNullable<UsageMonthView['report']>;
}

const CHART_HEIGHT = 240;

/** "Mon 3 Nov" ("lun. 3 nov.") for a local calendar date `YYYY-MM-DD` (in UTC: no zone shift). */
function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC'
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** The chart card: its drawing (loaded on its own) and the same figures as a table. */
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
          <Suspense fallback={<ChartLoading />}>
            <UsageChartDrawing
              width={width}
              height={CHART_HEIGHT}
              data={data}
              hasEstimate={hasEstimate}
              money={money}
            />
          </Suspense>
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
