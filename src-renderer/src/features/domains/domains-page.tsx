/**
 * Domains and their expiry alerts: the table with filters and "Renewals ahead" at
 * `domains`, one domain at `domains/<id>`.
 */
import { useEffect } from 'react';
import type { PageProps } from '../../app/pages';
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { navigate } from '../../lib/router';
import { DOMAIN_COLUMNS, domainsCaption } from './domain-columns';
import { DomainDetail } from './domain-detail';
import {
  DOMAINS_VIEW,
  DOMAIN_PAGE_SIZE,
  countLine,
  domainPath,
  sortState,
  toDomainListInput
} from './domains-lib';
import { DomainsFilters } from './domains-filters';
import { useDomains } from './domains-queries';
import { RenewalsChart } from './renewals-chart';
import './domains.css';

/** The Domains page (route `domains`, or `domains/<id>` for one domain). */
export function DomainsPage({ params }: PageProps) {
  const id = params[0];
  return id ? <DomainDetail id={id} /> : <DomainsList />;
}

function DomainsList() {
  const view = useListView(DOMAINS_VIEW);
  const { filters, order, page } = view;
  const domains = useDomains(toDomainListInput(filters, sortState(order), page));

  const total = domains.data?.total;
  const { setPage } = view;
  useEffect(() => {
    // Fewer matches than the page we were on (data changed under us, or an old address):
    // go to the last page, in place of the page that is not there.
    if (total !== undefined && total > 0 && page * DOMAIN_PAGE_SIZE >= total)
      setPage(Math.ceil(total / DOMAIN_PAGE_SIZE) - 1, { replace: true });
    // setPage is a new function each render; the page and total decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [total, page]);

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
  return (
    <div
      data-page="domains"
      data-view-state={matched === 0 ? 'empty' : 'ready'}
      className="domains"
    >
      <RenewalsChart summary={renewals} />
      <section className="card domains__list" aria-label="All domains">
        <DomainsFilters view={view} statuses={statuses} showClear={matched > 0} />
        <p className="muted domains__count" role="status" data-testid="domains-count">
          {countLine(page, shown.length, matched, cachedCount)}
        </p>
        {matched === 0 ? (
          <EmptyState
            title="No domains match these filters"
            action={{ label: 'Clear filters', onClick: view.clearFilters }}
          >
            <p>Widen the filters or clear them to see every domain again.</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={shown}
            columns={DOMAIN_COLUMNS}
            rowId={(domain) => domain.id}
            rowPath={(domain) => domainPath(domain.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={DOMAIN_PAGE_SIZE}
            total={matched}
            onPage={view.setPage}
            caption={domainsCaption(order.sort, order.dir)}
            noun="domains"
            testId="domains-table"
            rowTestId="domain-row"
            className="domains-table"
            rowData={(domain) => ({ 'data-domain': domain.name })}
          />
        )}
      </section>
    </div>
  );
}
