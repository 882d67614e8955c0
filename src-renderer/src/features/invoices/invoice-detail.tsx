/**
 * One invoice (route `invoices/<id or number>`, where overdue-invoice alerts lead): number,
 * dates, status, line items with subtotal, tax, credit, total and balance, payment method,
 * the payments recorded against it, and its PDF drawn in the app. "Save PDF…" and "Copy
 * number" work offline from the cache; "Pay" opens the provider's payment page. Escape goes
 * back to the list.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetailView } from '@shared/contract';
import { formatMoney } from '@shared/i18n/format';
import { BackLink } from '../../components/back-link';
import { listReturnPath } from '../../components/data-table/use-list-view';
import { DetailFailure, DetailLoading } from '../../components/detail-state';
import { useLocale } from '../../lib/i18n';
import { useAppStatus } from '../../lib/queries/app-status';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { InvoiceActions } from './invoice-actions';
import { InvoicePdfViewer } from './invoice-pdf-viewer';
import { InvoiceStatusChip } from './invoice-status-chip';
import { formatLocalDate, formatProviderDateTime } from './invoices-lib';
import { useInvoice } from './invoices-queries';
import { usePdfProgress } from './use-pdf-progress';

/** "← All invoices". */
function Back() {
  const { t } = useTranslation('invoices');
  return <BackLink page="invoices">{t('detail.back')}</BackLink>;
}

const back = <Back />;

/** Escape (outside a text field) goes back to the list. */
function onEscape(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select')) return;
  event.preventDefault();
  navigate(listReturnPath('invoices'));
}

/** The detail view of invoice `id` (an id or a number). */
export function InvoiceDetail({ id }: { readonly id: string }) {
  const detail = useInvoice(id);
  const status = useAppStatus();
  const timeZone = useSettings().data?.timeZone;
  const { progress } = usePdfProgress();
  const title = useRef<HTMLHeadingElement>(null);
  const ready = detail.isSuccess;
  const { t } = useTranslation('invoices');
  const locale = useLocale();

  useEffect(() => {
    // Into the detail: its title takes focus once shown (after the frame focused the page title).
    if (!ready) return;
    const frame = window.requestAnimationFrame(() => title.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [ready, id]);

  if (detail.isPending) {
    return (
      <DetailLoading page="invoices" className="invoice-view" back={back} what={t('detail.what')} />
    );
  }
  if (detail.isError) {
    return (
      <DetailFailure
        page="invoices"
        className="invoice-view"
        back={back}
        noun={t('detail.noun')}
        id={id}
        error={detail.error}
        onRetry={() => void detail.refetch()}
        onKeyDown={onEscape}
      />
    );
  }

  const invoice = detail.data;
  return (
    <div
      data-page="invoices"
      data-view-state="ready"
      className="invoice-view"
      data-testid="invoice-detail"
      data-invoice={invoice.id}
      onKeyDown={onEscape}
    >
      {back}
      <div className="invoice-view__grid">
        <div className="invoice-view__facts">
          <section className="card invoice-card" aria-labelledby="invoice-title">
            <div className="invoice-card__head">
              <h2 id="invoice-title" ref={title} tabIndex={-1} className="invoice-card__title">
                {t('detail.title', { number: invoice.number })}
              </h2>
              <InvoiceStatusChip status={invoice.status} overdue={invoice.overdue} />
            </div>
            <InvoiceActions invoice={invoice} online={status.data?.online ?? false} />
            <dl className="info-list invoice-card__facts">
              <dt>{t('detail.issued')}</dt>
              <dd>{formatLocalDate(invoice.issuedOn, locale)}</dd>
              <dt>{t('detail.due')}</dt>
              <dd>{formatLocalDate(invoice.dueOn, locale)}</dd>
              {invoice.paidAt ? (
                <>
                  <dt>{t('detail.paid')}</dt>
                  <dd>{formatProviderDateTime(invoice.paidAt, timeZone, locale)}</dd>
                </>
              ) : null}
              <dt>{t('detail.method')}</dt>
              <dd>{invoice.paymentMethod ?? '—'}</dd>
              <dt>{t('detail.balanceDue')}</dt>
              <dd data-testid="invoice-balance">
                {invoice.balance ? formatMoney(invoice.balance, locale) : '—'}
              </dd>
            </dl>
          </section>
          <InvoiceLines invoice={invoice} />
          <InvoiceTransactions invoice={invoice} />
        </div>
        <InvoicePdfViewer
          invoice={invoice}
          online={status.data?.online ?? false}
          progress={progress}
        />
      </div>
    </div>
  );
}

function money(value: InvoiceDetailView['tax'], locale: string): string {
  return value ? formatMoney(value, locale) : '—';
}

/** The line items with the totals under them. */
function InvoiceLines({ invoice }: { readonly invoice: InvoiceDetailView }) {
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  return (
    <section className="card invoice-lines" aria-labelledby="invoice-lines-title">
      <h3 id="invoice-lines-title">{t('detail.items')}</h3>
      {invoice.detailError ? (
        <p className="muted" role="note">
          {t('detail.noLinesFromProvider', { reason: invoice.detailError })}
        </p>
      ) : invoice.lines.length === 0 ? (
        <p className="muted" role="note">
          {invoice.detailCached ? t('detail.noLines') : t('detail.linesNotCached')}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table invoice-lines__table" data-testid="invoice-lines">
          <caption className="visually-hidden">
            {t('detail.linesCaption', { number: invoice.number })}
          </caption>
          {invoice.lines.length > 0 ? (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('detail.description')}</th>
                  <th scope="col">{t('detail.type')}</th>
                  <th scope="col" className="data-table__num">
                    {t('detail.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((line) => (
                  <tr key={line.id}>
                    <td className="invoice-lines__description">
                      {line.description}
                      {line.taxed ? (
                        <span className="muted" title={t('detail.taxed')}>
                          {' '}
                          *
                        </span>
                      ) : null}
                    </td>
                    <td>{line.type || '—'}</td>
                    <td className="data-table__num">{formatMoney(line.amount, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          ) : null}
          <tfoot>
            <TotalRow label={t('detail.subtotal')} value={formatMoney(invoice.subtotal, locale)} />
            <TotalRow label={t('detail.tax')} value={money(invoice.tax, locale)} />
            <TotalRow
              label={t('detail.creditApplied')}
              value={
                invoice.credit && invoice.credit.amountMinor !== 0
                  ? `−${money(invoice.credit, locale)}`
                  : money(invoice.credit, locale)
              }
            />
            <TotalRow label={t('detail.total')} value={formatMoney(invoice.total, locale)} strong />
            <TotalRow
              label={t('detail.balanceDue')}
              value={money(invoice.balance, locale)}
              strong
            />
          </tfoot>
        </table>
      </div>
      {invoice.lines.some((line) => line.taxed) ? (
        <p className="muted invoice-lines__note">{t('detail.taxedNote')}</p>
      ) : null}
    </section>
  );
}

function TotalRow({
  label,
  value,
  strong = false
}: {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
}) {
  return (
    <tr
      className={
        strong ? 'invoice-lines__total invoice-lines__total--strong' : 'invoice-lines__total'
      }
    >
      <th scope="row" colSpan={2}>
        {label}
      </th>
      <td className="data-table__num">{value}</td>
    </tr>
  );
}

/** The payments and refunds recorded against the invoice. */
function InvoiceTransactions({ invoice }: { readonly invoice: InvoiceDetailView }) {
  const rows = invoice.transactions;
  const timeZone = useSettings().data?.timeZone;
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  return (
    <section className="card invoice-payments" aria-labelledby="invoice-payments-title">
      <h3 id="invoice-payments-title">{t('detail.payments')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('detail.noPayments')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="invoice-transactions">
            <thead>
              <tr>
                <th scope="col">{t('detail.date')}</th>
                <th scope="col">{t('columns.method')}</th>
                <th scope="col">{t('detail.reference')}</th>
                <th scope="col" className="data-table__num">
                  {t('detail.amount')}
                </th>
                <th scope="col" className="data-table__num">
                  {t('detail.fees')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tx) => {
                const refund = tx.amountOut.amountMinor > 0 && tx.amountIn.amountMinor === 0;
                return (
                  <tr key={tx.id}>
                    <td className="invoice-payments__date">
                      {formatProviderDateTime(tx.date, timeZone, locale)}
                    </td>
                    <td>{tx.gateway ?? '—'}</td>
                    <td className="invoice-payments__ref">{tx.reference ?? '—'}</td>
                    <td className="data-table__num">
                      {refund
                        ? t('detail.refund', { amount: formatMoney(tx.amountOut, locale) })
                        : formatMoney(tx.amountIn, locale)}
                    </td>
                    <td className="data-table__num">
                      {tx.fees.amountMinor !== 0 ? formatMoney(tx.fees, locale) : '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
