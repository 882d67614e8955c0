/**
 * The filter bar above the invoice list: status (overdue included), text over number,
 * amount and line descriptions, and the issue-date range.
 */
import { useId } from 'react';
import type { InvoiceSort } from '../../../../src-shared/contract';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { DateRangeFields } from '../../components/date-range-fields';
import { ChoiceStrip } from '../../components/choice-strip';
import { INVOICE_STATUS_CHOICES, hasActiveFilters, type InvoiceFilters } from './invoices-lib';

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

  return (
    <div className="list-filters" role="search" aria-label="Filter invoices">
      <ChoiceStrip
        label="Status"
        choices={INVOICE_STATUS_CHOICES}
        value={filters.status}
        onChange={(status) => setFilter('status', status)}
      />
      <div className="list-filters__field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          className="input list-filters__search"
          placeholder="Number, amount or item"
          maxLength={200}
          value={filters.q}
          onChange={(event) => setFilter('q', event.target.value, { replace: true })}
        />
      </div>
      <DateRangeFields
        fromLabel="Issued from"
        from={filters.from}
        to={filters.to}
        onFrom={(value) => setFilter('from', value)}
        onTo={(value) => setFilter('to', value)}
        fieldClassName="list-filters__field"
      />
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button list-filters__clear" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
