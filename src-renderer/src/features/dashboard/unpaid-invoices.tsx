/**
 * The dashboard's short list of unpaid invoices, overdue first; each number opens the
 * invoice (the Invoices page at `invoices/<id>`, where overdue-invoice alerts lead too).
 */
import type { AccountSummaryView } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import { navigate, routeHref } from '../../lib/router';
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
            <th scope="row">
              <a
                href={routeHref(`invoices/${encodeURIComponent(invoice.id)}`)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(`invoices/${encodeURIComponent(invoice.id)}`);
                }}
              >
                {invoice.number}
              </a>
            </th>
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
