/**
 * The filter bar above the ticket list: a status segmented control, keyword search and the
 * last-reply date range.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketSort } from '@shared/contract';
import type { ListViewControls } from '../../components/data-table/use-list-view';
import { DateRangeFields } from '../../components/date-range-fields';
import { STATUS_CHOICES, hasActiveFilters, type TicketFilters } from './tickets-lib';

/** The filter controls. "Clear filters" is left out when the empty state below offers it. */
export function TicketsFilters({
  view,
  showClear
}: {
  readonly view: ListViewControls<TicketFilters, TicketSort>;
  readonly showClear: boolean;
}) {
  const { filters, setFilter, clearFilters } = view;
  const id = useId();
  const { t } = useTranslation('tickets');

  return (
    <div className="tickets-filters" role="search" aria-label={t('filters.label')}>
      <div className="segmented" role="radiogroup" aria-label={t('filters.status')}>
        {STATUS_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={filters.status === choice}
            className="segmented__option"
            onClick={() => setFilter('status', choice)}
          >
            {t(`filters.${choice}`)}
          </button>
        ))}
      </div>
      <div className="tickets-filters__field">
        <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          className="input tickets-filters__search"
          placeholder={t('filters.searchPlaceholder')}
          maxLength={200}
          value={filters.q}
          onChange={(event) => setFilter('q', event.target.value, { replace: true })}
        />
      </div>
      <DateRangeFields
        fromLabel={t('filters.lastReplyFrom')}
        from={filters.from}
        to={filters.to}
        onFrom={(value) => setFilter('from', value)}
        onTo={(value) => setFilter('to', value)}
        fieldClassName="tickets-filters__field"
      />
      {showClear && hasActiveFilters(filters) ? (
        <button type="button" className="button tickets-filters__clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
