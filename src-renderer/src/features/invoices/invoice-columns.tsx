/**
 * The invoice list's columns: number, issued, due, status, total, balance, payment method and
 * whether the PDF is available offline. Number, dates, status and total sort (main sorts, in
 * SQLite); a first click sorts dates and amounts largest first, status A to Z.
 */
import type { TFunction } from 'i18next';
import type { InvoiceListItem, InvoiceSort } from '@shared/contract';
import { formatMoney } from '@shared/i18n/format';
import type { DataColumn } from '../../components/data-table/data-table';
import { InvoiceStatusChip } from './invoice-status-chip';
import { formatLocalDate, type InvoiceOrder } from './invoices-lib';

/** The columns in the language of `t` and the `locale` (build them in a useMemo). */
export const invoiceColumns = (
  t: TFunction<'invoices'>,
  locale: string
): readonly DataColumn<InvoiceListItem, InvoiceSort>[] => [
  {
    id: 'number',
    header: t('columns.number'),
    sort: 'number',
    firstDir: 'desc',
    rowHeader: true,
    width: '13%',
    className: 'invoices-table__number',
    cell: (invoice) => invoice.number
  },
  {
    id: 'issued',
    header: t('columns.issued'),
    sort: 'issued',
    firstDir: 'desc',
    width: '13%',
    cell: (invoice) => formatLocalDate(invoice.issuedOn, locale)
  },
  {
    id: 'due',
    header: t('columns.due'),
    sort: 'due',
    firstDir: 'desc',
    width: '13%',
    cell: (invoice) => formatLocalDate(invoice.dueOn, locale)
  },
  {
    id: 'status',
    header: t('columns.status'),
    sort: 'status',
    firstDir: 'asc',
    width: '14%',
    cell: (invoice) => <InvoiceStatusChip status={invoice.status} overdue={invoice.overdue} />
  },
  {
    id: 'total',
    header: t('columns.total'),
    sort: 'total',
    firstDir: 'desc',
    numeric: true,
    width: '12%',
    cell: (invoice) => formatMoney(invoice.total, locale)
  },
  {
    id: 'balance',
    header: t('columns.balance'),
    numeric: true,
    width: '12%',
    cell: (invoice) =>
      invoice.balance && invoice.balance.amountMinor !== 0 ? (
        formatMoney(invoice.balance, locale)
      ) : (
        <span className="muted">—</span>
      )
  },
  {
    id: 'method',
    header: t('columns.method'),
    width: '13%',
    cell: (invoice) => invoice.paymentMethod ?? <span className="muted">—</span>
  },
  {
    id: 'pdf',
    header: t('columns.pdf'),
    width: '10%',
    cell: (invoice) =>
      invoice.pdfCached ? (
        <span className="invoices-table__pdf">{t('columns.offline')}</span>
      ) : (
        <span className="muted">{t('columns.notYet')}</span>
      )
  }
];

/** The table's caption for screen readers: "Invoices by due date, newest first." */
export function invoicesCaption(order: InvoiceOrder, t: TFunction<'invoices'>): string {
  const up = order.dir === 'asc';
  const dir =
    order.sort === 'status'
      ? up
        ? t('caption.aToZ')
        : t('caption.zToA')
      : order.sort === 'issued' || order.sort === 'due'
        ? up
          ? t('caption.oldestFirst')
          : t('caption.newestFirst')
        : up
          ? t('caption.lowestFirst')
          : t('caption.highestFirst');
  return t(`caption.${order.sort}`, { dir });
}
