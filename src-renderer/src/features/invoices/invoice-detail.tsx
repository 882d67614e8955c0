/**
 * One invoice (route `invoices/<id or number>`, where overdue-invoice alerts lead): number,
 * dates, status, line items with subtotal, tax, credit, total and balance, payment method,
 * the payments recorded against it, and its PDF drawn in the app. "Save PDF…" and "Copy
 * number" work offline from the cache; "Pay" opens the provider's payment page. Escape goes
 * back to the list.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { InvoiceDetailView } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import { BackLink } from '../../components/back-link';
import { listReturnPath } from '../../components/data-table/use-list-view';
import { DetailFailure, DetailLoading } from '../../components/detail-state';
import { useAppStatus } from '../../lib/queries/app-status';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { InvoiceActions } from './invoice-actions';
import { InvoicePdfViewer } from './invoice-pdf-viewer';
import { InvoiceStatusChip } from './invoice-status-chip';
import { formatLocalDate, formatProviderDateTime } from './invoices-lib';
import { useInvoice } from './invoices-queries';
import { usePdfProgress } from './use-pdf-progress';

const back = <BackLink page="invoices">← All invoices</BackLink>;

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

  useEffect(() => {
    // Into the detail: its title takes focus once shown (after the frame focused the page title).
    if (!ready) return;
    const frame = window.requestAnimationFrame(() => title.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [ready, id]);

  if (detail.isPending) {
    return <DetailLoading page="invoices" className="invoice-view" back={back} what="invoice" />;
  }
  if (detail.isError) {
    return (
      <DetailFailure
        page="invoices"
        className="invoice-view"
        back={back}
        noun="Invoice"
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
                Invoice {invoice.number}
              </h2>
              <InvoiceStatusChip status={invoice.status} overdue={invoice.overdue} />
            </div>
            <InvoiceActions invoice={invoice} online={status.data?.online ?? false} />
            <dl className="info-list invoice-card__facts">
              <dt>Issued</dt>
              <dd>{formatLocalDate(invoice.issuedOn)}</dd>
              <dt>Due</dt>
              <dd>{formatLocalDate(invoice.dueOn)}</dd>
              {invoice.paidAt ? (
                <>
                  <dt>Paid</dt>
                  <dd>{formatProviderDateTime(invoice.paidAt, timeZone)}</dd>
                </>
              ) : null}
              <dt>Payment method</dt>
              <dd>{invoice.paymentMethod ?? '—'}</dd>
              <dt>Balance due</dt>
              <dd data-testid="invoice-balance">
                {invoice.balance ? formatMoney(invoice.balance) : '—'}
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

function money(value: InvoiceDetailView['tax']): string {
  return value ? formatMoney(value) : '—';
}

/** The line items with the totals under them. */
function InvoiceLines({ invoice }: { readonly invoice: InvoiceDetailView }) {
  return (
    <section className="card invoice-lines" aria-labelledby="invoice-lines-title">
      <h3 id="invoice-lines-title">Items</h3>
      {invoice.detailError ? (
        <p className="muted" role="note">
          The provider gave no line items for this invoice ({invoice.detailError}); Hostdeck shows
          none rather than guess them.
        </p>
      ) : invoice.lines.length === 0 ? (
        <p className="muted" role="note">
          {invoice.detailCached
            ? 'This invoice has no line items.'
            : 'The line items are not cached yet: the next sync fetches them.'}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table invoice-lines__table" data-testid="invoice-lines">
          <caption className="visually-hidden">
            Items and totals of invoice {invoice.number}
          </caption>
          {invoice.lines.length > 0 ? (
            <>
              <thead>
                <tr>
                  <th scope="col">Description</th>
                  <th scope="col">Type</th>
                  <th scope="col" className="data-table__num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((line) => (
                  <tr key={line.id}>
                    <td className="invoice-lines__description">
                      {line.description}
                      {line.taxed ? (
                        <span className="muted" title="Taxed">
                          {' '}
                          *
                        </span>
                      ) : null}
                    </td>
                    <td>{line.type || '—'}</td>
                    <td className="data-table__num">{formatMoney(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          ) : null}
          <tfoot>
            <TotalRow label="Subtotal" value={formatMoney(invoice.subtotal)} />
            <TotalRow label="Tax" value={money(invoice.tax)} />
            <TotalRow
              label="Credit applied"
              value={
                invoice.credit && invoice.credit.amountMinor !== 0
                  ? `−${money(invoice.credit)}`
                  : money(invoice.credit)
              }
            />
            <TotalRow label="Total" value={formatMoney(invoice.total)} strong />
            <TotalRow label="Balance due" value={money(invoice.balance)} strong />
          </tfoot>
        </table>
      </div>
      {invoice.lines.some((line) => line.taxed) ? (
        <p className="muted invoice-lines__note">* taxed item</p>
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
  return (
    <section className="card invoice-payments" aria-labelledby="invoice-payments-title">
      <h3 id="invoice-payments-title">Payments</h3>
      {rows.length === 0 ? (
        <p className="muted">No payments are recorded against this invoice.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="invoice-transactions">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Method</th>
                <th scope="col">Reference</th>
                <th scope="col" className="data-table__num">
                  Amount
                </th>
                <th scope="col" className="data-table__num">
                  Fees
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tx) => {
                const refund = tx.amountOut.amountMinor > 0 && tx.amountIn.amountMinor === 0;
                return (
                  <tr key={tx.id}>
                    <td className="invoice-payments__date">
                      {formatProviderDateTime(tx.date, timeZone)}
                    </td>
                    <td>{tx.gateway ?? '—'}</td>
                    <td className="invoice-payments__ref">{tx.reference ?? '—'}</td>
                    <td className="data-table__num">
                      {refund ? `Refund −${formatMoney(tx.amountOut)}` : formatMoney(tx.amountIn)}
                    </td>
                    <td className="data-table__num">
                      {tx.fees.amountMinor !== 0 ? formatMoney(tx.fees) : '—'}
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
