/**
 * The filter bar above the services: status (with how many services have it) and a search
 * over domain, pack, group and server.
 */
import { useId } from 'react';
import type { ServiceSort } from '../../../../src-shared/contract';
import { ChoiceStrip } from '../../components/choice-strip';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { hasActiveFilters, statusChoices, type ServiceFilters } from './services-lib';

export function ServicesFilters({
  view,
  statusCounts,
  showClear
}: {
  readonly view: ListViewControls<ServiceFilters, ServiceSort>;
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly showClear: boolean;
}) {
  const { filters, setFilter, clearFilters } = view;
  const id = useId();
  return (
    <div className="list-filters" role="search" aria-label="Filter services">
      <ChoiceStrip
        label="Status"
        choices={statusChoices(statusCounts, filters.status)}
        value={filters.status}
        onChange={(status) => setFilter('status', status)}
      />
      <div className="list-filters__field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          className="input list-filters__search"
          placeholder="Domain, pack or server"
          maxLength={200}
          value={filters.q}
          onChange={(event) => setFilter('q', event.target.value, { replace: true })}
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
