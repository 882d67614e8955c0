/**
 * The service list (route `services`): every hosting account and product, filtered,
 * searched, sorted and paged by main in SQLite (fast at 2,000 services), with empty states
 * that tell "nothing synced yet" apart from "nothing matches".
 */
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { serviceColumns, servicesCaption } from './service-columns';
import { ServicesFilters } from './services-filters';
import {
  SERVICES_VIEW,
  SERVICE_PAGE_SIZE,
  countLine,
  hasActiveFilters,
  servicePath,
  toServiceListInput
} from './services-lib';
import { useServices } from './services-queries';

export function ServicesList() {
  const view = useListView(SERVICES_VIEW);
  const { filters, order, page } = view;
  const services = useServices(toServiceListInput(filters, order, page));
  const { t } = useTranslation('services');
  const locale = useLocale();
  const columns = useMemo(() => serviceColumns(t, locale), [t, locale]);

  if (services.isPending) return <QueryLoading page="services" what={t('loading')} />;
  if (services.isError) {
    if (services.error instanceof BridgeError && services.error.kind === 'not-found') {
      return (
        <div data-page="services" data-view-state="empty">
          <EmptyState
            title={t('noProvider.title')}
            action={{ label: t('noProvider.action'), onClick: () => navigate('profiles') }}
          >
            <p>{t('noProvider.body')}</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="services"
        what={t('loadFailed')}
        error={services.error}
        onRetry={() => void services.refetch()}
      />
    );
  }

  const { services: list, total, cachedCount, statusCounts } = services.data;
  if (cachedCount === 0) {
    return (
      <div data-page="services" data-view-state="empty" className="services">
        <EmptyState title={t('empty.title')}>
          <p>
            <Trans t={t} i18nKey="empty.body" components={{ strong: <strong /> }} />
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div
      data-page="services"
      data-view-state={services.isPlaceholderData ? 'loading' : total === 0 ? 'empty' : 'ready'}
      className="services"
    >
      <section className="card services__list" aria-label={t('list.label')}>
        <ServicesFilters view={view} statusCounts={statusCounts} showClear={total > 0} />
        <p className="muted services__count" role="status" data-testid="services-count">
          {countLine(page, list.length, total, cachedCount, locale)}
        </p>
        {total === 0 ? (
          <EmptyState
            title={t('empty.noMatchTitle')}
            action={
              hasActiveFilters(filters)
                ? { label: t('empty.clearFilters'), onClick: view.clearFilters }
                : undefined
            }
          >
            <p>{t('empty.noMatchBody')}</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={list}
            columns={columns}
            rowId={(service) => service.id}
            rowPath={(service) => servicePath(service.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={SERVICE_PAGE_SIZE}
            total={total}
            onPage={view.setPage}
            caption={servicesCaption(order, t)}
            noun={t('list.noun')}
            testId="services-table"
            rowTestId="service-row"
            className="services-table"
            rowData={(service) => ({
              'data-service': service.id,
              'data-status': service.status
            })}
          />
        )}
      </section>
    </div>
  );
}
