/**
 * The unpaid invoices, overdue first. On the dashboard it is a short list; as the Invoices
 * page (`#/invoices/<id>`, where overdue-invoice alerts lead) it lists them all and marks
 * the one the alert is about.
 */
import type { AccountSummaryView } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { useAppStatus } from '../../lib/queries/app-status';
import type { PageProps } from '../../app/pages';
import { useAccountSummary } from './dashboard-api';
import './dashboard.css';

type UnpaidInvoice = AccountSummaryView['unpaidInvoices'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
});

function formatDate(date: string | null): string {
  return date ? dateFormat.format(Date.parse(`${date}T00:00:00Z`)) : '—';
}

/** A table of unpaid invoices; `highlightId` marks one row (the alert's invoice). */
export function UnpaidInvoicesTable({
  invoices,
  highlightId = null
}: {
  readonly invoices: readonly UnpaidInvoice[];
  readonly highlightId?: string | null;
}) {
  return (
    <table className="unpaid-table">
      <thead>
        <tr>
          <th scope="col">Invoice</th>
          <th scope="col">Issued</th>
          <th scope="col">Due</th>
          <th scope="col" className="unpaid-table__amount">
            Open amount
          </th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => (
          <tr
            key={invoice.id}
            id={`invoice-${invoice.id}`}
            className={invoice.id === highlightId ? 'unpaid-table__row--highlight' : undefined}
            aria-current={invoice.id === highlightId ? 'true' : undefined}
          >
            <th scope="row">{invoice.number}</th>
            <td>{formatDate(invoice.issuedOn)}</td>
            <td>{formatDate(invoice.dueOn)}</td>
            <td className="unpaid-table__amount">{formatMoney(invoice.amount)}</td>
            <td>
              {invoice.overdue ? (
                <span className="unpaid-table__overdue">Overdue</span>
              ) : invoice.status === 'payment_pending' ? (
                'Payment pending'
              ) : (
                'Unpaid'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Invoices page (route `invoices`, optionally `invoices/<id>`). */
export function UnpaidInvoicesPage({ params }: PageProps) {
  const status = useAppStatus();
  const summary = useAccountSummary(status.data ? status.data.lastSyncAt : undefined);
  if (summary.isPending) return <QueryLoading page="invoices" what="invoices" />;
  if (summary.isError) {
    return (
      <QueryFailure
        page="invoices"
        what="Invoices"
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const invoices = summary.data.unpaidInvoices;
  const highlightId = params[0] ?? null;
  const highlighted = highlightId ? invoices.find((i) => i.id === highlightId) : undefined;
  return (
    <div data-page="invoices" data-view-state="ready" className="unpaid-page">
      {highlightId && !highlighted ? (
        <p className="banner banner--info" role="status">
          Invoice {highlightId} is no longer unpaid: it was paid or cancelled since the alert.
        </p>
      ) : null}
      {invoices.length === 0 ? (
        <EmptyState title="Nothing to pay">
          <p>Every cached invoice is paid. The next sync brings any new ones.</p>
        </EmptyState>
      ) : (
        <section className="card">
          <h2 className="unpaid-page__title">
            {invoices.length === 1 ? '1 unpaid invoice' : `${invoices.length} unpaid invoices`}
          </h2>
          <UnpaidInvoicesTable invoices={invoices} highlightId={highlightId} />
        </section>
      )}
    </div>
  );
}
