/**
 * The invoice list (route `invoices`): every cached invoice of every status, newest first,
 * filtered, sorted and paged by main in SQLite (so 20,000 open as fast as 60), with the count
 * and sums of the whole filtered set, the offline PDF cache's progress, and empty states
 * that tell "nothing synced yet" apart from "nothing matches".
 */
import { DataTable } from '../../components/data-table/data-table';
import { useListView } from '../../components/data-table/use-list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError } from '../../lib/call';
import { navigate } from '../../lib/router';
import { BillingTabs } from './billing-tabs';
import { INVOICE_COLUMNS, invoicesCaption } from './invoice-columns';
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

  if (invoices.isPending) return <QueryLoading page="invoices" what="invoices" />;
  if (invoices.isError) {
    if (invoices.error instanceof BridgeError && invoices.error.kind === 'not-found') {
      return (
        <div data-page="invoices" data-view-state="empty">
          <EmptyState
            title="No provider connected"
            action={{ label: 'Open Providers', onClick: () => navigate('profiles') }}
          >
            <p>
              Connect your provider, or use the demo provider. Every invoice, with its PDF, will be
              listed here after the first sync and stay readable offline.
            </p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="invoices"
        what="Invoices"
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
        <EmptyState title="No invoices cached yet">
          <p>
            Hostdeck lists the invoices it has synced from your provider, so they stay readable
            offline with their PDFs. None have been synced yet: use <strong>Sync now</strong> in the
            status bar, or wait for the next automatic sync.
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
      <section className="card billing__list" aria-label="Invoices">
        <InvoicesFilters view={view} showClear={total > 0} />
        <div className="billing__summary">
          <p className="muted" role="status" data-testid="invoices-count">
            {countLine(page, list.length, total, cachedCount)}
          </p>
          {total > 0 ? (
            <p className="billing__sums" data-testid="invoices-sums">
              {sumsLine(sums)}
            </p>
          ) : null}
        </div>
        {total === 0 ? (
          <EmptyState
            title="No invoices match these filters"
            action={filtered ? { label: 'Clear filters', onClick: view.clearFilters } : undefined}
          >
            <p>Try another search or a wider date range, or clear the filters.</p>
          </EmptyState>
        ) : (
          <DataTable
            rows={list}
            columns={INVOICE_COLUMNS}
            rowId={(invoice) => invoice.id}
            rowPath={(invoice) => invoicePath(invoice.id)}
            order={order}
            onOrder={view.setOrder}
            page={page}
            pageSize={INVOICE_PAGE_SIZE}
            total={total}
            onPage={view.setPage}
            caption={invoicesCaption(order)}
            noun="invoices"
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
