/**
 * The filter bar above the domains table: search by name, expiring within N days, status,
 * and "auto-renew off only".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('domains');

  return (
    <div className="domains-filters" role="search" aria-label={t('filters.region')}>
      <div className="domains-filters__field">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          placeholder={t('filters.searchPlaceholder')}
          value={filters.search}
          onChange={(event) => setFilter('search', event.target.value, { replace: true })}
        />
      </div>
      <div className="domains-filters__field">
        <label htmlFor={`${id}-within`}>{t('filters.within')}</label>
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
              {choice === 'any' ? t('filters.anyTime') : t('filters.withinDays', { count: choice })}
            </option>
          ))}
        </select>
      </div>
      <div className="domains-filters__field">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select
          id={`${id}-status`}
          className="input"
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value)}
        >
          <option value="all">{t('filters.allStatuses')}</option>
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
        <label htmlFor={`${id}-autorenew`}>{t('filters.autoRenewOff')}</label>
      </div>
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button domains-filters__clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
