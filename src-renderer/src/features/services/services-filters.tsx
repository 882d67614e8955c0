/**
 * The filter bar above the services: status (with how many services have it) and a search
 * over domain, pack, group and server.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSort } from '@shared/contract';
import { ChoiceStrip } from '../../components/choice-strip';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { hasActiveFilters, statusChoices, type ServiceFilters } from './services-lib';
import '../../components/list-controls.css';

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
  const { t } = useTranslation('services');
  return (
    <div className="list-filters" role="search" aria-label={t('filters.label')}>
      <ChoiceStrip
        label={t('filters.status')}
        choices={statusChoices(statusCounts, filters.status)}
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
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button list-filters__clear" onClick={clearFilters}>
          {t('empty.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
