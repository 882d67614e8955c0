/**
 * The service list (route `services`): every hosting account and product, filtered,
 * searched, sorted and paged by main in SQLite (fast at 2,000 services), with empty states
 * that tell "nothing synced yet" apart from "nothing matches".
 */
import { useEffect } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ListPager } from '../../components/list-pager';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { navigate } from '../../lib/router';
import { ServicesFilters } from './services-filters';
import { SERVICE_PAGE_SIZE, countLine, hasActiveFilters, toServiceListInput } from './services-lib';
import { useServices } from './services-queries';
import { ServicesTable } from './services-table';
import { useServicesViewStore } from './services-view-store';

export function ServicesList() {
  const filters = useServicesViewStore((state) => state.filters);
  const order = useServicesViewStore((state) => state.order);
  const page = useServicesViewStore((state) => state.page);
  const returnTo = useServicesViewStore((state) => state.returnTo);
  const clearFilters = useServicesViewStore((state) => state.clearFilters);
  const sortBy = useServicesViewStore((state) => state.sortBy);
  const setPage = useServicesViewStore((state) => state.setPage);
  const setReturnTo = useServicesViewStore((state) => state.setReturnTo);
  const services = useServices(toServiceListInput(filters, order, page));

  const rows = services.data?.services;
  useEffect(() => {
    // Back from a service: its row takes focus again (after the frame focused the title).
    if (returnTo === null || !rows) return;
    const frame = window.requestAnimationFrame(() => {
      document
        .querySelector<HTMLElement>(
          `[data-testid="service-row"][data-service="${CSS.escape(returnTo)}"]`
        )
        ?.focus();
      setReturnTo(null);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [returnTo, rows, setReturnTo]);

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

  const pages = Math.max(1, Math.ceil(total / SERVICE_PAGE_SIZE));
  return (
    <div
      data-page="services"
      data-view-state={services.isPlaceholderData ? 'loading' : total === 0 ? 'empty' : 'ready'}
      className="services"
    >
      <section className="card services__list" aria-label="Services">
        <ServicesFilters statusCounts={statusCounts} showClear={total > 0} />
        <p className="muted services__count" role="status" data-testid="services-count">
          {countLine(page, list.length, total, cachedCount)}
        </p>
        {total === 0 ? (
          <EmptyState
            title="No services match these filters"
            action={
              hasActiveFilters(filters)
                ? { label: 'Clear filters', onClick: clearFilters }
                : undefined
            }
          >
            <p>Try another search or status, or clear the filters.</p>
          </EmptyState>
        ) : (
          <>
            <ServicesTable services={list} order={order} onSort={sortBy} onOpen={setReturnTo} />
            {total > list.length ? (
              <ListPager page={page} pages={pages} onPage={setPage} label="Pages of services" />
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
