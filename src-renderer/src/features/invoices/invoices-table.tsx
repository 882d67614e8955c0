/**
 * One page of the invoice table: number, issued, due, status, total, balance, payment
 * method and whether the PDF is available offline. Number, dates, status and total sort on
 * a header click (main sorts, in SQLite). A row opens the invoice on click or Enter.
 */
import type { KeyboardEvent } from 'react';
import type { InvoiceListItem, InvoiceSort } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import { SortHeader } from '../../components/sort-header';
import { navigate, routeHref } from '../../lib/router';
import { InvoiceStatusChip } from './invoice-status-chip';
import { formatLocalDate, invoicePath, type InvoiceOrder } from './invoices-lib';

const ORDER_WORDS: Record<InvoiceSort, string> = {
  issued: 'issue date',
  due: 'due date',
  number: 'number',
  total: 'total',
  status: 'status'
};

function orderWords(order: InvoiceOrder): string {
  const up = order.dir === 'asc';
  const dir =
    order.sort === 'status'
      ? up
        ? 'A to Z'
        : 'Z to A'
      : order.sort === 'issued' || order.sort === 'due'
        ? up
          ? 'oldest first'
          : 'newest first'
        : up
          ? 'lowest first'
          : 'highest first';
  return `${ORDER_WORDS[order.sort]}, ${dir}`;
}

/** The table; `onOpen` runs before the invoice is shown (the list remembers the row). */
export function InvoicesTable({
  invoices,
  order,
  onSort,
  onOpen
}: {
  readonly invoices: readonly InvoiceListItem[];
  readonly order: InvoiceOrder;
  readonly onSort: (sort: InvoiceSort) => void;
  readonly onOpen: (id: string) => void;
}) {
  const open = (id: string): void => {
    onOpen(id);
    navigate(invoicePath(id));
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    open(id);
  };
  const sortable = (sort: InvoiceSort, label: string, className?: string) => (
    <SortHeader sort={sort} order={order} onSort={onSort} className={className}>
      {label}
    </SortHeader>
  );

  return (
    <div className="table-wrap">
      <table className="data-table invoices-table" data-testid="invoices-table">
        <caption className="visually-hidden">
          Invoices by {orderWords(order)}. Press Enter on a row to open the invoice.
        </caption>
        <thead>
          <tr>
            {sortable('number', 'Invoice')}
            {sortable('issued', 'Issued')}
            {sortable('due', 'Due')}
            {sortable('status', 'Status')}
            {sortable('total', 'Total', 'data-table__num')}
            <th scope="col" className="data-table__num">
              Balance
            </th>
            <th scope="col">Method</th>
            <th scope="col">PDF</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr
              key={invoice.id}
              tabIndex={0}
              className="list-row"
              data-testid="invoice-row"
              data-invoice={invoice.id}
              data-status={invoice.overdue ? 'overdue' : invoice.status}
              data-pdf={invoice.pdfCached ? 'cached' : 'missing'}
              onClick={() => open(invoice.id)}
              onKeyDown={(event) => onRowKey(event, invoice.id)}
            >
              <th scope="row" className="invoices-table__number">
                <a
                  href={routeHref(invoicePath(invoice.id))}
                  tabIndex={-1}
                  onClick={(event) => event.preventDefault()}
                >
                  {invoice.number}
                </a>
              </th>
              <td>{formatLocalDate(invoice.issuedOn)}</td>
              <td>{formatLocalDate(invoice.dueOn)}</td>
              <td>
                <InvoiceStatusChip status={invoice.status} overdue={invoice.overdue} />
              </td>
              <td className="data-table__num">{formatMoney(invoice.total)}</td>
              <td className="data-table__num">
                {invoice.balance && invoice.balance.amountMinor !== 0 ? (
                  formatMoney(invoice.balance)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{invoice.paymentMethod ?? <span className="muted">—</span>}</td>
              <td>
                {invoice.pdfCached ? (
                  <span className="invoices-table__pdf">Offline</span>
                ) : (
                  <span className="muted">Not yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
