/**
 * The service list (route `services`): every hosting account and product, filtered,
 * searched, sorted and paged by main in SQLite (fast at 2,000 services), with empty states
 * that tell "nothing synced yet" apart from "nothing matches".
 */
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { navigate } from '../../lib/router';
import { SERVICE_COLUMNS, servicesCaption } from './service-columns';
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

  if (services.isPending) return <QueryLoading page="services" what="services" />;
  if (services.isError) {
    if (services.error instanceof BridgeError && services.error.kind === 'not-found') {
      return (
        <div data-page="services" data-view-state="empty">
          <EmptyState
            title="No provider connected"
            action={{ label: 'Open Providers', onClick: () => navigate('profiles') }}
          >
            <p>
              Connect your provider, or use the demo provider. Your hosting accounts and other
              products will be listed here after the first sync.
            </p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="services"
        what="Services"
        error={services.error}
        onRetry={() => void services.refetch()}
      />
    );
  }

  const { services: list, total, cachedCount, statusCounts } = services.data;
  if (cachedCount === 0) {
    return (
      <div data-page="services" data-view-state="empty" className="services">
        <EmptyState title="No services cached yet">
          <p>
            Hostdeck lists the hosting accounts and products it has synced from your provider. None
            have been synced yet: use <strong>Sync now</strong> in the status bar, or wait for the
            next automatic sync.
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
      <section className="card services__list" aria-label="Services">
        <ServicesFilters view={view} statusCounts={statusCounts} showClear={total > 0} />
        <p className="muted services__count" role="status" data-testid="services-count">
          {countLine(page, list.length, total, cachedCount)}
        </p>
        {total === 0 ? (
          <EmptyState
            title="No services match these filters"
            action={
              hasActiveFilters(filters)
                ? { label: 'Clear filters', onClick: view.clearFilters }
                : undefined
            }
          >
            <p>Try another search or status, or clear the filters.</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={list}
            columns={SERVICE_COLUMNS}
            rowId={(service) => service.id}
            rowPath={(service) => servicePath(service.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={SERVICE_PAGE_SIZE}
            total={total}
            onPage={view.setPage}
            caption={servicesCaption(order)}
            noun="services"
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
