/**
 * "Renewals ahead": count and cost of renewals per month for the next 12 months, as a bar
 * chart with the same figures in a table under "Show as a table" for screen readers, keyboard
 * users and exact reading (the chart is hidden from screen readers, nothing in it is focusable).
 *
 * The drawing (recharts) is a chunk of its own, asked for as soon as this module runs, so its
 * code arrives while the page waits for its list; it is drawn once the window has been still
 * for STILL_MS after the list showed. Drawn with the page, it held the list back about 0.2 s
 * on a slow machine; drawn as soon as the list showed, it stalled a scroll begun at once (one
 * 0.1 s task). Its space says "Drawing the chart…" meanwhile, at the chart's height.
 */
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatNumber } from '@shared/i18n/format';
import { ChartLoading } from '../../components/chart-loading';
import { ChartTable } from '../../components/chart-table';
import { useLocale } from '../../lib/i18n';
import { useStillFor } from '../../lib/use-still';
import { useWidth } from '../../lib/use-width';
import type { RenewalsAhead } from '@shared/contract';
import { formatMonth, minorToMajor } from './domain-format';

// Asked for now, not when first drawn: the code arrives while the page waits for its list.
const drawingCode = import('./renewals-drawing');
// A failed load is the drawing's to show (the page's error boundary), once it is drawn.
drawingCode.catch(() => undefined);
const RenewalsDrawing = lazy(() => drawingCode.then((m) => ({ default: m.RenewalsDrawing })));

const CHART_HEIGHT = 200;
/**
 * How long the window stays still before the chart draws: a scroll's events come every frame
 * (a fling's until it ends), so a pause this long means the reseller stopped scrolling.
 */
const STILL_MS = 300;

/** The card with the chart of `summary`, which main aggregates in the cache (`domains:list`). */
export function RenewalsChart({ summary }: { readonly summary: RenewalsAhead }) {
  const headingId = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const still = useStillFor(STILL_MS);
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
      <div ref={ref} className="renewals__chart" aria-hidden="true">
        {still && width > 0 ? (
          <Suspense fallback={<ChartLoading />}>
            <RenewalsDrawing
              width={width}
              height={CHART_HEIGHT}
              data={data}
              locale={locale}
              countName={t('renewals.legendCount')}
              costName={
                summary.currency
                  ? t('renewals.legendCostIn', { currency: summary.currency })
                  : t('renewals.legendCost')
              }
              money={money}
            />
          </Suspense>
        ) : (
          <ChartLoading />
        )}
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
