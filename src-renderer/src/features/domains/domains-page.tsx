/**
 * Domains and their expiry alerts: the table with filters and "Renewals ahead" at
 * `domains`, one domain at `domains/<id>`.
 */
import type { PageProps } from '../../app/pages';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { navigate } from '../../lib/router';
import { DomainDetail } from './domain-detail';
import { statusKey } from './domain-format';
import { filterDomains, sortDomains } from './domains-lib';
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
  const domains = useDomains();
  const filters = useDomainsViewStore((state) => state.filters);
  const sort = useDomainsViewStore((state) => state.sort);
  const clearFilters = useDomainsViewStore((state) => state.clearFilters);

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

  const all = domains.data.domains;
  if (all.length === 0) {
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

  const statuses = [...new Set(all.map((domain) => statusKey(domain.status)))].sort();
  const shown = sortDomains(filterDomains(all, filters), sort);
  return (
    <div
      data-page="domains"
      data-view-state={shown.length === 0 ? 'empty' : 'ready'}
      className="domains"
    >
      <RenewalsChart domains={all} today={domains.data.today} />
      <section className="card domains__list" aria-label="All domains">
        <DomainsFilters statuses={statuses} showClear={shown.length > 0} />
        <p className="muted domains__count" role="status" data-testid="domains-count">
          {shown.length === all.length
            ? `${all.length} domain${all.length === 1 ? '' : 's'}`
            : `${shown.length} of ${all.length} domains`}
        </p>
        {shown.length === 0 ? (
          <EmptyState
            title="No domains match these filters"
            action={{ label: 'Clear filters', onClick: clearFilters }}
          >
            <p>Widen the filters or clear them to see every domain again.</p>
          </EmptyState>
        ) : (
          <DomainsTable domains={shown} />
        )}
      </section>
    </div>
  );
}
