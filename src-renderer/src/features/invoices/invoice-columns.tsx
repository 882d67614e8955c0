/**
 * The invoice list's columns: number, issued, due, status, total, balance, payment method and
 * whether the PDF is available offline. Number, dates, status and total sort (main sorts, in
 * SQLite); a first click sorts dates and amounts largest first, status A to Z.
 */
import type { InvoiceListItem, InvoiceSort } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import type { DataColumn } from '../../components/data-table/data-table';
import { InvoiceStatusChip } from './invoice-status-chip';
import { formatLocalDate, type InvoiceOrder } from './invoices-lib';

export const INVOICE_COLUMNS: readonly DataColumn<InvoiceListItem, InvoiceSort>[] = [
  {
    id: 'number',
    header: 'Invoice',
    sort: 'number',
    firstDir: 'desc',
    rowHeader: true,
    width: '13%',
    className: 'invoices-table__number',
    cell: (invoice) => invoice.number
  },
  {
    id: 'issued',
    header: 'Issued',
    sort: 'issued',
    firstDir: 'desc',
    width: '13%',
    cell: (invoice) => formatLocalDate(invoice.issuedOn)
  },
  {
    id: 'due',
    header: 'Due',
    sort: 'due',
    firstDir: 'desc',
    width: '13%',
    cell: (invoice) => formatLocalDate(invoice.dueOn)
  },
  {
    id: 'status',
    header: 'Status',
    sort: 'status',
    firstDir: 'asc',
    width: '14%',
    cell: (invoice) => <InvoiceStatusChip status={invoice.status} overdue={invoice.overdue} />
  },
  {
    id: 'total',
    header: 'Total',
    sort: 'total',
    firstDir: 'desc',
    numeric: true,
    width: '12%',
    cell: (invoice) => formatMoney(invoice.total)
  },
  {
    id: 'balance',
    header: 'Balance',
    numeric: true,
    width: '12%',
    cell: (invoice) =>
      invoice.balance && invoice.balance.amountMinor !== 0 ? (
        formatMoney(invoice.balance)
      ) : (
        <span className="muted">—</span>
      )
  },
  {
    id: 'method',
    header: 'Method',
    width: '13%',
    cell: (invoice) => invoice.paymentMethod ?? <span className="muted">—</span>
  },
  {
    id: 'pdf',
    header: 'PDF',
    width: '10%',
    cell: (invoice) =>
      invoice.pdfCached ? (
        <span className="invoices-table__pdf">Offline</span>
      ) : (
        <span className="muted">Not yet</span>
      )
  }
];

const ORDER_WORDS: Record<InvoiceSort, string> = {
  issued: 'issue date',
  due: 'due date',
  number: 'number',
  total: 'total',
  status: 'status'
};

/** The table's caption for screen readers: "Invoices by due date, newest first." */
export function invoicesCaption(order: InvoiceOrder): string {
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
  return `Invoices by ${ORDER_WORDS[order.sort]}, ${dir}.`;
}
