/**
 * Domains and their expiry alerts: the table with filters and "Renewals ahead" at
 * `domains`, one domain at `domains/<id>`.
 */
import { useEffect } from 'react';
import type { PageProps } from '../../app/pages';
import { EmptyState } from '../../components/empty-state';
import { ListPager } from '../../components/list-pager';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { navigate } from '../../lib/router';
import { DomainDetail } from './domain-detail';
import { DOMAIN_PAGE_SIZE, countLine, toDomainListInput } from './domains-lib';
import { DomainsFilters } from './domains-filters';
import { useDomains } from './domains-queries';
import { DomainsTable } from './domains-table';
import { useDomainsViewStore } from './domains-view-store';
import { RenewalsChart } from './renewals-chart';
import './domains.css';

/** The Domains page (route `domains`, or `domains/<id>` for one domain). */
export function DomainsPage({ params }: PageProps) {
  const id = params[0];
  return id ? <DomainDetail id={id} /> : <DomainsList />;
}

function DomainsList() {
  const filters = useDomainsViewStore((state) => state.filters);
  const sort = useDomainsViewStore((state) => state.sort);
  const page = useDomainsViewStore((state) => state.page);
  const setPage = useDomainsViewStore((state) => state.setPage);
  const clearFilters = useDomainsViewStore((state) => state.clearFilters);
  const domains = useDomains(toDomainListInput(filters, sort, page));

  const total = domains.data?.total;
  useEffect(() => {
    // Fewer matches than the page we were on (data changed under us): go to the last page.
    if (total !== undefined && total > 0 && page * DOMAIN_PAGE_SIZE >= total)
      setPage(Math.ceil(total / DOMAIN_PAGE_SIZE) - 1);
  }, [total, page, setPage]);

  if (domains.isPending) return <QueryLoading page="domains" what="domains" />;
  if (domains.isError) {
    return (
      <QueryFailure
        page="domains"
        what="Domains"
        error={domains.error}
        onRetry={() => void domains.refetch()}
      />
    );
  }

  const { cachedCount, statusCounts, renewals } = domains.data;
  const shown = domains.data.domains;
  if (cachedCount === 0) {
    return (
      <div data-page="domains" data-view-state="empty">
        <EmptyState
          title="No domains yet"
          action={{ label: 'Open Settings', onClick: () => navigate('settings') }}
        >
          <p>
            Connect your provider in Settings, or use the demo provider. Domains close to expiry
            will be listed here, and Hostdeck will alert you at the thresholds you choose in
            Settings.
          </p>
        </EmptyState>
      </div>
    );
  }

  const matched = domains.data.total;
  const statuses = Object.keys(statusCounts).sort();
  const pages = Math.max(1, Math.ceil(matched / DOMAIN_PAGE_SIZE));
  return (
    <div
      data-page="domains"
      data-view-state={matched === 0 ? 'empty' : 'ready'}
      className="domains"
    >
      <RenewalsChart summary={renewals} />
      <section className="card domains__list" aria-label="All domains">
        <DomainsFilters statuses={statuses} showClear={matched > 0} />
        <p className="muted domains__count" role="status" data-testid="domains-count">
          {countLine(page, shown.length, matched, cachedCount)}
        </p>
        {matched === 0 ? (
          <EmptyState
            title="No domains match these filters"
            action={{ label: 'Clear filters', onClick: clearFilters }}
          >
            <p>Widen the filters or clear them to see every domain again.</p>
          </EmptyState>
        ) : (
          <>
            <DomainsTable domains={shown} />
            {matched > shown.length ? (
              <ListPager page={page} pages={pages} onPage={setPage} label="Pages of domains" />
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
