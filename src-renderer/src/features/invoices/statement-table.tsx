/**
 * The statement's entries, oldest first: payments, refunds and credit movements with the two
 * running balances (paid net of refunds, and credit). Long periods are paged on screen; the
 * CSV holds every row.
 */
import { useState } from 'react';
import type { Statement, StatementEntry } from '../../../../src-shared/contract';
import { DataTablePager } from '../../components/data-table/data-table-pager';
import { navigate, routeHref } from '../../lib/router';
import { formatLocalDate, formatMinor, invoicePath, pageCount } from './invoices-lib';

/** Entries per screen page. */
const STATEMENT_PAGE_SIZE = 100;

const KIND_WORDS: Record<StatementEntry['kind'], string> = {
  payment: 'Payment',
  refund: 'Refund',
  credit: 'Credit'
};

export function StatementTable({ statement }: { readonly statement: Statement }) {
  const [page, setPage] = useState(0);
  const { entries, currency } = statement;
  const pages = pageCount(entries.length, STATEMENT_PAGE_SIZE);
  const shown = entries.slice(page * STATEMENT_PAGE_SIZE, (page + 1) * STATEMENT_PAGE_SIZE);
  const amount = (minor: number) => (minor === 0 ? '' : formatMinor(minor, currency));
  const signed = (minor: number) =>
    minor === 0 ? '' : `${minor > 0 ? '+' : '−'}${formatMinor(Math.abs(minor), currency)}`;

  return (
    <>
      <div className="table-wrap">
        <table className="data-table statement-table" data-testid="statement-table">
          <caption className="visually-hidden">
            Payments, refunds and credit movements from {statement.from} to {statement.to}, oldest
            first, with running balances.
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
              <th scope="col">Invoice</th>
              <th scope="col">Method</th>
              <th scope="col" className="data-table__num">
                Paid in
              </th>
              <th scope="col" className="data-table__num">
                Refunded
              </th>
              <th scope="col" className="data-table__num">
                Credit
              </th>
              <th scope="col" className="data-table__num">
                Paid balance
              </th>
              <th scope="col" className="data-table__num">
                Credit balance
              </th>
            </tr>
          </thead>
          <tbody>
            {page === 0 ? (
              <tr className="statement-table__opening">
                <td>{formatLocalDate(statement.from)}</td>
                <td colSpan={7}>Opening balance</td>
                <td className="data-table__num">{formatMinor(statement.opening.paid, currency)}</td>
                <td className="data-table__num">
                  {formatMinor(statement.opening.credit, currency)}
                </td>
              </tr>
            ) : null}
            {shown.map((entry) => (
              <tr key={entry.key} data-testid="statement-entry" data-kind={entry.kind}>
                <td>{formatLocalDate(entry.date)}</td>
                <td>
                  <span className={`statement-kind statement-kind--${entry.kind}`}>
                    {KIND_WORDS[entry.kind]}
                  </span>
                </td>
                <td className="statement-table__description">{entry.description}</td>
                <td>
                  {entry.invoiceId ? (
                    <a
                      href={routeHref(invoicePath(entry.invoiceId))}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate(invoicePath(entry.invoiceId!));
                      }}
                    >
                      {entry.invoiceNumber ?? entry.invoiceId}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{entry.gateway ?? <span className="muted">—</span>}</td>
                <td className="data-table__num">{amount(entry.amountIn)}</td>
                <td className="data-table__num">{amount(entry.amountOut)}</td>
                <td className="data-table__num">{signed(entry.credit)}</td>
                <td className="data-table__num">{formatMinor(entry.paidBalance, currency)}</td>
                <td className="data-table__num">{formatMinor(entry.creditBalance, currency)}</td>
              </tr>
            ))}
          </tbody>
          {page === pages - 1 ? (
            <tfoot>
              <tr className="statement-table__closing">
                <td>{formatLocalDate(statement.to)}</td>
                <th scope="row" colSpan={4}>
                  Totals of the period, closing balances
                </th>
                <td className="data-table__num">
                  {formatMinor(statement.totals.payments, currency)}
                </td>
                <td className="data-table__num">
                  {formatMinor(statement.totals.refunds, currency)}
                </td>
                <td className="data-table__num">
                  {signed(statement.totals.creditAdded - statement.totals.creditUsed) || '—'}
                </td>
                <td className="data-table__num">{formatMinor(statement.closing.paid, currency)}</td>
                <td className="data-table__num">
                  {formatMinor(statement.closing.credit, currency)}
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <DataTablePager
        page={page}
        pages={pages}
        onPrevious={() => setPage(page - 1)}
        onNext={() => setPage(page + 1)}
        noun="the statement"
      />
    </>
  );
}
