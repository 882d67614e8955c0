/**
 * The filter bar above the invoice list: status (overdue included), text over number,
 * amount and line descriptions, and the issue-date range.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceSort } from '@shared/contract';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { DateRangeFields } from '../../components/date-range-fields';
import { ChoiceStrip } from '../../components/choice-strip';
import { INVOICE_STATUS_CHOICES, hasActiveFilters, type InvoiceFilters } from './invoices-lib';
import '../../components/list-controls.css';

/** The filter controls. "Clear filters" is left out when the empty state below offers it. */
export function InvoicesFilters({
  view,
  showClear
}: {
  readonly view: ListViewControls<InvoiceFilters, InvoiceSort>;
  readonly showClear: boolean;
}) {
  const { filters, setFilter, clearFilters } = view;
  const id = useId();
  const { t } = useTranslation('invoices');
  const choices = useMemo(
    () => INVOICE_STATUS_CHOICES.map((value) => ({ value, label: t(`status.${value}`) })),
    [t]
  );

  return (
    <div className="list-filters" role="search" aria-label={t('filters.label')}>
      <ChoiceStrip
        label={t('filters.status')}
        choices={choices}
        value={filters.status}
        onChange={(status) => setFilter('status', status)}
      />
      <div className="list-filters__field">
        <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          className="input list-filters__search"
          placeholder={t('filters.searchPlaceholder')}
          maxLength={200}
          value={filters.q}
          onChange={(event) => setFilter('q', event.target.value, { replace: true })}
        />
      </div>
      <DateRangeFields
        fromLabel={t('filters.issuedFrom')}
        from={filters.from}
        to={filters.to}
        onFrom={(value) => setFilter('from', value)}
        onTo={(value) => setFilter('to', value)}
        fieldClassName="list-filters__field"
      />
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button list-filters__clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
