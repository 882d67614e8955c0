/**
 * The billing dashboard: balance, unpaid and overdue invoices, counts and spend per month,
 * all from the local cache. Before the first sync it says what is happening instead.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { SyncNowButton } from '../../components/sync-controls/sync-now-button';
import { errorMessage } from '../../lib/call';
import { serves } from '../../lib/capabilities';
import { useAppStatus } from '../../lib/queries/app-status';
import { isRunning, useSyncProgressStore } from '../../lib/sync-progress-store';
import { useAccountSummary } from '../../lib/queries/account';
import { SpendChart } from './spend-chart';
import { CountCards, MoneyCards } from './summary-cards';
import { UnpaidInvoicesTable } from './unpaid-invoices';
import { navigate, routeHref } from '../../lib/router';
import './account.css';

/** The Dashboard page (route `dashboard`); `data-view-state` is "ready" once figures are shown. */
export function DashboardPage() {
  const status = useAppStatus();
  const progress = useSyncProgressStore((state) => state.progress);
  const summary = useAccountSummary();
  const syncing = (status.data?.syncing ?? false) || isRunning(progress);
  const { t } = useTranslation('dashboard');

  if (summary.isPending) {
    return (
      <div data-page="dashboard" data-view-state="loading">
        <p className="muted" role="status">
          {t('loading')}
        </p>
      </div>
    );
  }
  if (summary.isError) {
    return (
      <div data-page="dashboard" data-view-state="error">
        <div className="banner banner--error" role="alert">
          <span>{t('loadFailed', { reason: errorMessage(summary.error) })}</span>
          <button type="button" className="button" onClick={() => void summary.refetch()}>
            {t('retry')}
          </button>
        </div>
      </div>
    );
  }
  const data = summary.data;
  // A provider without an account to read (Combell) has synced once its last sync finished:
  // the summary then holds its counts of domains and services.
  const accountless = status.data?.capabilities?.account === false;
  const synced = accountless ? (status.data?.lastSyncAt ?? null) !== null : data.synced;
  if (!synced) {
    return (
      <div data-page="dashboard" data-view-state="empty">
        {syncing ? (
          <EmptyState title={t('empty.syncingTitle')}>
            <p>{t('empty.syncingText')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('empty.noDataTitle')}>
            <p>{t('empty.noDataText')}</p>
            <SyncNowButton syncing={false} className="button button--primary" />
          </EmptyState>
        )}
      </div>
    );
  }

  const currency = data.currency ?? data.creditBalance?.currency ?? 'USD';
  // Only what the provider serves (all of it while its capabilities are unknown).
  const capabilities = status.data?.capabilities;
  const show = {
    credit: serves(capabilities, 'credit'),
    invoices: serves(capabilities, 'invoices'),
    tickets: serves(capabilities, 'tickets')
  };
  return (
    <div className="dashboard" data-page="dashboard" data-view-state="ready">
      {data.name ? (
        <p className="dashboard__account">
          <strong>{data.name}</strong>
          {data.email ? <span className="muted"> · {data.email}</span> : null}
        </p>
      ) : null}
      <MoneyCards summary={data} show={show} />
      <CountCards counts={data.counts} show={show} />
      {show.invoices && data.unpaidInvoices.length > 0 ? (
        <section className="card dashboard__unpaid" aria-labelledby="dashboard-unpaid">
          <h2 id="dashboard-unpaid">{t('unpaid.title')}</h2>
          <UnpaidInvoicesTable invoices={data.unpaidInvoices.slice(0, 5)} />
          {data.unpaidInvoices.length > 5 ? (
            <p>
              <a
                href={routeHref('invoices/filter/unpaid')}
                onClick={(event) => {
                  event.preventDefault();
                  navigate('invoices/filter/unpaid');
                }}
              >
                {t('unpaid.all', { count: data.unpaidInvoices.length })}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {show.invoices ? <SpendChart months={data.spendByMonth} currency={currency} /> : null}
    </div>
  );
}
