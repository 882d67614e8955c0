/**
 * What a chart's space says while its drawing code (recharts, a chunk of its own) loads on a
 * first visit: the page around it, its figures and their table do not wait for it.
 */
import { useTranslation } from 'react-i18next';
import './chart-table.css';

/** "Drawing the chart…", centred in the space the chart will take. */
export function ChartLoading() {
  const { t } = useTranslation('common');
  return <p className="chart-loading muted">{t('chartTable.drawing')}</p>;
}
