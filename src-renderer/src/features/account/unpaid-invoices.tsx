/**
 * The dashboard's short list of unpaid invoices, overdue first; each number opens the
 * invoice (the Invoices page at `invoices/<id>`, where overdue-invoice alerts lead too).
 */
import { useTranslation } from 'react-i18next';
import type { AccountSummaryView } from '@shared/contract';
import { formatDay, formatMoney } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import { navigate, routeHref } from '../../lib/router';
import { targetPath } from '../../lib/target-route';
import './account.css';

type UnpaidInvoice = AccountSummaryView['unpaidInvoices'][number];

/** A calendar day as the locale writes it ("22 nov. 2026"); "—" without one. */
function formatDate(date: string | null, locale: string): string {
  return date ? (formatDay(date, locale) ?? date) : '—';
}

/** A table of unpaid invoices; `highlightId` marks one row (the alert's invoice). */
export function UnpaidInvoicesTable({
  invoices,
  highlightId = null
}: {
  readonly invoices: readonly UnpaidInvoice[];
  readonly highlightId?: string | null;
}) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  return (
    <table className="unpaid-table">
      <thead>
        <tr>
          <th scope="col">{t('unpaid.invoice')}</th>
          <th scope="col">{t('unpaid.issued')}</th>
          <th scope="col">{t('unpaid.due')}</th>
          <th scope="col" className="unpaid-table__amount">
            {t('unpaid.openAmount')}
          </th>
          <th scope="col">{t('unpaid.state')}</th>
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
                href={routeHref(targetPath({ kind: 'invoice', id: invoice.id }))}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(targetPath({ kind: 'invoice', id: invoice.id }));
                }}
              >
                {invoice.number}
              </a>
            </th>
            <td>{formatDate(invoice.issuedOn, locale)}</td>
            <td>{formatDate(invoice.dueOn, locale)}</td>
            <td className="unpaid-table__amount">{formatMoney(invoice.amount, locale)}</td>
            <td>
              {invoice.overdue ? (
                <span className="unpaid-table__overdue">{t('unpaid.overdue')}</span>
              ) : invoice.status === 'payment_pending' ? (
                t('unpaid.paymentPending')
              ) : (
                t('unpaid.unpaid')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
