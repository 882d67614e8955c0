/**
 * The filter bar above the invoice list: status (overdue included), text over number,
 * amount and line descriptions, and the issue-date range.
 */
import { useId } from 'react';
import { ChoiceStrip } from '../../components/choice-strip';
import { INVOICE_STATUS_CHOICES, hasActiveFilters } from './invoices-lib';
import { useInvoicesViewStore } from './invoices-view-store';

/** The filter controls. "Clear filters" is left out when the empty state below offers it. */
export function InvoicesFilters({ showClear }: { readonly showClear: boolean }) {
  const filters = useInvoicesViewStore((state) => state.filters);
  const setFilter = useInvoicesViewStore((state) => state.setFilter);
  const clearFilters = useInvoicesViewStore((state) => state.clearFilters);
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
          onChange={(event) => setFilter('q', event.target.value)}
        />
      </div>
      <div className="list-filters__field">
        <label htmlFor={`${id}-from`}>Issued from</label>
        <input
          id={`${id}-from`}
          type="date"
          className="input"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => setFilter('from', event.target.value)}
        />
      </div>
      <div className="list-filters__field">
        <label htmlFor={`${id}-to`}>to</label>
        <input
          id={`${id}-to`}
          type="date"
          className="input"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => setFilter('to', event.target.value)}
        />
      </div>
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button list-filters__clear" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
