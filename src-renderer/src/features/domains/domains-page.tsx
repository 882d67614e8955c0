/**
 * Domains and their expiry alerts: the table with filters and "Renewals ahead" at
 * `domains`, one domain at `domains/<id>`.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { useLocale } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { domainColumns, domainsCaption } from './domain-columns';
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
export function DomainsPage({ id }: { readonly id?: string }) {
  return id ? <DomainDetail id={id} /> : <DomainsList />;
}

function DomainsList() {
  const view = useListView(DOMAINS_VIEW);
  const { filters, order, page } = view;
  const domains = useDomains(toDomainListInput(filters, sortState(order), page));
  const { t } = useTranslation('domains');
  const locale = useLocale();
  // A language switch gives a new t, hence new columns: headers and cells are redrawn.
  const columns = useMemo(() => domainColumns(t), [t]);

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

  if (domains.isPending) return <QueryLoading page="domains" what={t('list.loadingWhat')} />;
  if (domains.isError) {
    return (
      <QueryFailure
        page="domains"
        what={t('list.failedWhat')}
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
          title={t('list.emptyTitle')}
          action={{ label: t('list.openSettings'), onClick: () => navigate('settings') }}
        >
          <p>{t('list.emptyText')}</p>
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
      <section className="card domains__list" aria-label={t('list.region')}>
        <DomainsFilters view={view} statuses={statuses} showClear={matched > 0} />
        <p className="muted domains__count" role="status" data-testid="domains-count">
          {countLine(t, locale, page, shown.length, matched, cachedCount)}
        </p>
        {matched === 0 ? (
          <EmptyState
            title={t('list.noMatchTitle')}
            action={{ label: t('list.clearFilters'), onClick: view.clearFilters }}
          >
            <p>{t('list.noMatchText')}</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={shown}
            columns={columns}
            rowId={(domain) => domain.id}
            rowPath={(domain) => domainPath(domain.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={DOMAIN_PAGE_SIZE}
            total={matched}
            onPage={view.setPage}
            caption={domainsCaption(t, columns, order.sort, order.dir)}
            noun={t('list.noun')}
            testId="domains-table"
            rowTestId="domain-row"
            className="domains-table"
            // In a 1280 px window the next due date (also on each domain's page) steps aside,
            // so days left, the status and the renewal price show whole in every language.
            secondaryFrom={1100}
            rowData={(domain) => ({ 'data-domain': domain.name })}
          />
        )}
      </section>
    </div>
  );
}
