/**
 * Billing: every invoice at `invoices`, one invoice at `invoices/<id or number>` (where
 * overdue-invoice alerts and the dashboard lead), and `invoices/filter/<status>` for links
 * that open the list on one status (the dashboard's unpaid and overdue figures).
 */
import { useEffect } from 'react';
import type { PageProps } from '../../app/pages';
import { navigate } from '../../lib/router';
import { InvoiceDetail } from './invoice-detail';
import { isStatusFilter } from './invoices-lib';
import { InvoicesList } from './invoices-list';
import { useInvoicesViewStore } from './invoices-view-store';
import './invoices.css';

/** The Invoices page (route `invoices`, `invoices/<id>` or `invoices/filter/<status>`). */
export function InvoicesPage({ params }: PageProps) {
  const [first, second] = params;
  if (first === 'filter') return <ShowStatus status={second} />;
  return first ? <InvoiceDetail key={first} id={first} /> : <InvoicesList />;
}

/** Sets the list's status filter from a link, then shows the list at its plain address. */
function ShowStatus({ status }: { readonly status: string | undefined }) {
  const showOnly = useInvoicesViewStore((state) => state.showOnly);
  useEffect(() => {
    if (isStatusFilter(status)) showOnly({ status });
    navigate('invoices', { replace: true });
  }, [status, showOnly]);
  return (
    <div data-page="invoices" data-view-state="loading">
      <p role="status" className="muted">
        Loading invoices…
      </p>
    </div>
  );
}
