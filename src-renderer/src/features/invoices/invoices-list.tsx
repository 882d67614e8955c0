/**
 * The invoice list (route `invoices`): every cached invoice of every status, newest first,
 * filtered, sorted and paged by main in SQLite (so 20,000 open as fast as 60), with the count
 * and sums of the whole filtered set, the offline PDF cache's progress, and empty states
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
import { BillingTabs } from './billing-tabs';
import { invoiceColumns, invoicesCaption } from './invoice-columns';
import { InvoicesFilters } from './invoices-filters';
import {
  INVOICES_VIEW,
  INVOICE_PAGE_SIZE,
  countLine,
  hasActiveFilters,
  invoicePath,
  sumsLine,
  toInvoiceListInput
} from './invoices-lib';
import { useInvoices } from './invoices-queries';
import { PdfCacheLine } from './pdf-cache-line';
import { usePdfProgress } from './use-pdf-progress';

/** The list view of the Invoices page. */
export function InvoicesList() {
  const view = useListView(INVOICES_VIEW);
  const { filters, order, page } = view;
  const invoices = useInvoices(toInvoiceListInput(filters, order, page));
  const pdfs = usePdfProgress();
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  const columns = useMemo(() => invoiceColumns(t, locale), [t, locale]);

  if (invoices.isPending) return <QueryLoading page="invoices" what={t('loading')} />;
  if (invoices.isError) {
    if (invoices.error instanceof BridgeError && invoices.error.kind === 'not-found') {
      return (
        <div data-page="invoices" data-view-state="empty">
          <EmptyState
            title={t('noProvider.title')}
            action={{ label: t('noProvider.action'), onClick: () => navigate('profiles') }}
          >
            <p>{t('noProvider.invoices')}</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="invoices"
        what={t('loadFailed')}
        error={invoices.error}
        onRetry={() => void invoices.refetch()}
      />
    );
  }

  const { invoices: list, total, cachedCount, sums } = invoices.data;
  if (cachedCount === 0) {
    return (
      <div data-page="invoices" data-view-state="empty" className="billing">
        <BillingTabs current="invoices" />
        <EmptyState title={t('empty.title')}>
          <p>
            <Trans t={t} i18nKey="empty.body" components={{ strong: <strong /> }} />
          </p>
        </EmptyState>
      </div>
    );
  }

  const filtered = hasActiveFilters(filters);
  return (
    <div
      data-page="invoices"
      // While a new filter's answer is on its way the old rows stay, marked as refreshing.
      data-view-state={invoices.isPlaceholderData ? 'loading' : total === 0 ? 'empty' : 'ready'}
      className="billing"
    >
      <BillingTabs current="invoices" />
      <PdfCacheLine state={pdfs} />
      <section className="card billing__list" aria-label={t('list.label')}>
        <InvoicesFilters view={view} showClear={total > 0} />
        <div className="billing__summary">
          <p className="muted" role="status" data-testid="invoices-count">
            {countLine(page, list.length, total, cachedCount, undefined, locale)}
          </p>
          {total > 0 ? (
            <p className="billing__sums" data-testid="invoices-sums">
              {sumsLine(sums, locale)}
            </p>
          ) : null}
        </div>
        {total === 0 ? (
          <EmptyState
            title={t('empty.noMatchTitle')}
            action={
              filtered ? { label: t('empty.clearFilters'), onClick: view.clearFilters } : undefined
            }
          >
            <p>{t('empty.noMatchBody')}</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={list}
            columns={columns}
            rowId={(invoice) => invoice.id}
            rowPath={(invoice) => invoicePath(invoice.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={INVOICE_PAGE_SIZE}
            total={total}
            onPage={view.setPage}
            caption={invoicesCaption(order, t)}
            noun={t('list.noun')}
            testId="invoices-table"
            rowTestId="invoice-row"
            className="invoices-table"
            rowData={(invoice) => ({
              'data-invoice': invoice.id,
              'data-status': invoice.overdue ? 'overdue' : invoice.status,
              'data-pdf': invoice.pdfCached ? 'cached' : 'missing'
            })}
          />
        )}
      </section>
    </div>
  );
}
