/**
 * A chart's text alternative: the same figures as a table, folded under "Show as a table".
 * The drawn chart beside it is `aria-hidden` and holds nothing focusable, so screen readers
 * and keyboard users read the figures here (tooltips need a pointer), and anyone can open it
 * to read exact values.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './chart-table.css';

export interface ChartTableProps {
  /** Names the table for screen readers, e.g. "Paid invoices per month". */
  readonly caption: string;
  /** The table's `<thead>` and `<tbody>`. */
  readonly children: ReactNode;
  readonly testId?: string;
}

/** `<details>` with the chart's figures as a `<table>`. */
export function ChartTable({ caption, children, testId }: ChartTableProps) {
  const { t } = useTranslation('common');
  return (
    <details className="chart-table" data-testid={testId}>
      <summary className="chart-table__toggle">{t('chartTable.show')}</summary>
      <table className="data-table chart-table__table">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </details>
  );
}
