/**
 * Billing: every invoice at `invoices` (its filters, sort and page in the address's query,
 * `invoices?status=overdue`), one invoice at `invoices/<id or number>` (where overdue-invoice
 * alerts and the dashboard lead), and `invoices/filter/<status>`, an older form of a link that
 * opens the list on one status.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoading } from '../../components/query-state';
import { navigate } from '../../lib/router';
import { InvoiceDetail } from './invoice-detail';
import { invoicesFilterPath, isStatusFilter } from './invoices-lib';
import { InvoicesList } from './invoices-list';
import './invoices.css';

interface InvoicesPageProps {
  /** One invoice's id or number (`invoices/<id>`). */
  readonly id?: string;
  /** The status of the older link form `invoices/filter/<status>`. */
  readonly filter?: string;
}

/** The Invoices page (route `invoices`, `invoices/<id>` or `invoices/filter/<status>`). */
export function InvoicesPage({ id, filter }: InvoicesPageProps) {
  // `invoices/filter` without a status is that older form too: the whole list.
  if (filter !== undefined || id === 'filter') return <ShowStatus status={filter} />;
  return id ? <InvoiceDetail key={id} id={id} /> : <InvoicesList />;
}

/** An older link form: shows the list at the address of that status filter. */
function ShowStatus({ status }: { readonly status: string | undefined }) {
  useEffect(() => {
    navigate(isStatusFilter(status) ? invoicesFilterPath(status) : 'invoices', { replace: true });
  }, [status]);
  const { t } = useTranslation('invoices');
  return <QueryLoading page="invoices" what={t('loading')} />;
}
