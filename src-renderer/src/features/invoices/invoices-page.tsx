/**
 * Billing: every invoice at `invoices` (its filters, sort and page in the address's query,
 * `invoices?status=overdue`), one invoice at `invoices/<id or number>` (where overdue-invoice
 * alerts and the dashboard lead), and `invoices/filter/<status>`, an older form of a link that
 * opens the list on one status.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoading } from '../../components/query-state';
import type { PageProps } from '../../app/pages';
import { navigate } from '../../lib/router';
import { InvoiceDetail } from './invoice-detail';
import { invoicesFilterPath, isStatusFilter } from './invoices-lib';
import { InvoicesList } from './invoices-list';
import './invoices.css';

/** The Invoices page (route `invoices`, `invoices/<id>` or `invoices/filter/<status>`). */
export function InvoicesPage({ params }: PageProps) {
  const [first, second] = params;
  if (first === 'filter') return <ShowStatus status={second} />;
  return first ? <InvoiceDetail key={first} id={first} /> : <InvoicesList />;
}

/** An older link form: shows the list at the address of that status filter. */
function ShowStatus({ status }: { readonly status: string | undefined }) {
  useEffect(() => {
    navigate(isStatusFilter(status) ? invoicesFilterPath(status) : 'invoices', { replace: true });
  }, [status]);
  const { t } = useTranslation('invoices');
  return <QueryLoading page="invoices" what={t('loading')} />;
}
