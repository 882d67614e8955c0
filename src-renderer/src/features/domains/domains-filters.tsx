/**
 * The filter bar above the domains table: search by name, expiring within N days, status,
 * and "auto-renew off only".
 */
import { useId } from 'react';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { statusInfo } from './domain-format';
import {
  WITHIN_CHOICES,
  hasActiveFilters,
  type DomainFilters,
  type SortKey,
  type WithinChoice
} from './domains-lib';

/**
 * The filter controls; `statuses` are the normalised statuses present in the list. The
 * "Clear filters" button is left out when the empty state below already offers it.
 */
export function DomainsFilters({
  view,
  statuses,
  showClear
}: {
  readonly view: ListViewControls<DomainFilters, SortKey>;
  readonly statuses: readonly string[];
  readonly showClear: boolean;
}) {
  const { filters, setFilter, clearFilters } = view;
  const id = useId();

  return (
    <div className="domains-filters" role="search" aria-label="Filter domains">
      <div className="domains-filters__field">
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          placeholder="Domain name"
          value={filters.search}
          onChange={(event) => setFilter('search', event.target.value, { replace: true })}
        />
      </div>
      <div className="domains-filters__field">
        <label htmlFor={`${id}-within`}>Expires within</label>
        <select
          id={`${id}-within`}
          className="input"
          value={String(filters.within)}
          onChange={(event) => {
            const value = event.target.value;
            setFilter('within', (value === 'any' ? 'any' : Number(value)) as WithinChoice);
          }}
        >
          {WITHIN_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice === 'any' ? 'Any time' : `${choice} days`}
            </option>
          ))}
        </select>
      </div>
      <div className="domains-filters__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          className="input"
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value)}
        >
          <option value="all">All statuses</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusInfo(status).label}
            </option>
          ))}
        </select>
      </div>
      <div className="domains-filters__check">
        <input
          id={`${id}-autorenew`}
          type="checkbox"
          checked={filters.autoRenewOffOnly}
          onChange={(event) => setFilter('autoRenewOffOnly', event.target.checked)}
        />
        <label htmlFor={`${id}-autorenew`}>Auto-renew off only</label>
      </div>
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button domains-filters__clear" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
