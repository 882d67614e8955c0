/**
 * The statement's entries, oldest first: payments, refunds and credit movements with the two
 * running balances (paid net of refunds, and credit). Main sends one page of a period's
 * entries at a time (`statement:get`); the CSV holds every row.
 */
import { useTranslation } from 'react-i18next';
import type { StatementEntry, StatementPage } from '@shared/contract';
import { DataTablePager } from '../../components/data-table/data-table-pager';
import { useLocale } from '../../lib/i18n';
import { navigate, routeHref } from '../../lib/router';
import { formatLocalDate, formatMinor, invoicePath, pageCount } from './invoices-lib';
import { STATEMENT_PAGE_SIZE } from './invoices-queries';
import '../../components/data-table/data-table.css';

const CREDIT_APPLIED = /^Credit Applied to Invoice #(\S+)$/;

export function StatementTable({
  statement,
  onPage
}: {
  /** The period's figures with the page of entries to show. */
  readonly statement: StatementPage;
  /** Asks for another page (by index). */
  readonly onPage: (page: number) => void;
}) {
  const { entries: shown, currency } = statement;
  const page = Math.floor(statement.offset / STATEMENT_PAGE_SIZE);
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  const kindWord = (kind: StatementEntry['kind']) => t(`statement.kind.${kind}`);
  // WHMCS writes its own entries in English whatever the reseller reads: the two it always
  // writes are said in the app's language, any other description is the provider's text.
  const described = (text: string) => {
    if (text === 'Invoice Payment') return t('statement.invoicePayment');
    const credit = CREDIT_APPLIED.exec(text);
    return credit ? t('statement.creditApplied', { number: credit[1] ?? '' }) : text;
  };
  const day = (ymd: string) => formatLocalDate(ymd, locale);
  const minorIn = (minor: number) => formatMinor(minor, currency, locale);
  const pages = pageCount(statement.entryCount, STATEMENT_PAGE_SIZE);
  const amount = (minor: number) => (minor === 0 ? '' : minorIn(minor));
  const signed = (minor: number) =>
    minor === 0 ? '' : `${minor > 0 ? '+' : '−'}${minorIn(Math.abs(minor))}`;

  return (
    <>
      <div className="table-wrap">
        <table className="data-table statement-table" data-testid="statement-table">
          <caption className="visually-hidden">
            {t('statement.caption', { from: day(statement.from), to: day(statement.to) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('statement.date')}</th>
              <th scope="col">{t('statement.type')}</th>
              <th scope="col">{t('statement.description')}</th>
              <th scope="col">{t('statement.invoice')}</th>
              <th scope="col" className="data-table__secondary">
                {t('statement.method')}
              </th>
              <th scope="col" className="data-table__num">
                {t('statement.paidIn')}
              </th>
              <th scope="col" className="data-table__num">
                {t('statement.refunded')}
              </th>
              <th scope="col" className="data-table__num">
                {t('statement.credit')}
              </th>
              <th scope="col" className="data-table__num">
                {t('statement.paidBalance')}
              </th>
              <th scope="col" className="data-table__num">
                {t('statement.creditBalance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page === 0 ? (
              <tr className="statement-table__opening">
                <td>{day(statement.from)}</td>
                {/* The method column is a cell of its own: it steps aside in a narrow window. */}
                <td colSpan={3}>{t('statement.opening')}</td>
                <td className="data-table__secondary" />
                <td colSpan={3} />
                <td className="data-table__num">{minorIn(statement.opening.paid)}</td>
                <td className="data-table__num">{minorIn(statement.opening.credit)}</td>
              </tr>
            ) : null}
            {shown.map((entry) => (
              <tr key={entry.key} data-testid="statement-entry" data-kind={entry.kind}>
                <td>{day(entry.date)}</td>
                <td>
                  <span className={`statement-kind statement-kind--${entry.kind}`}>
                    {kindWord(entry.kind)}
                  </span>
                </td>
                <td className="statement-table__description">{described(entry.description)}</td>
                <td className="statement-table__invoice">
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
                <td className="data-table__secondary">
                  {entry.gateway ?? <span className="muted">—</span>}
                </td>
                <td className="data-table__num">{amount(entry.amountIn)}</td>
                <td className="data-table__num">{amount(entry.amountOut)}</td>
                <td className="data-table__num">{signed(entry.credit)}</td>
                <td className="data-table__num">{minorIn(entry.paidBalance)}</td>
                <td className="data-table__num">{minorIn(entry.creditBalance)}</td>
              </tr>
            ))}
          </tbody>
          {page === pages - 1 ? (
            <tfoot>
              <tr className="statement-table__closing">
                <td>{day(statement.to)}</td>
                <th scope="row" colSpan={3}>
                  {t('statement.closing')}
                </th>
                <td className="data-table__secondary" />
                <td className="data-table__num">{minorIn(statement.totals.payments)}</td>
                <td className="data-table__num">{minorIn(statement.totals.refunds)}</td>
                <td className="data-table__num">
                  {signed(statement.totals.creditAdded - statement.totals.creditUsed) || '—'}
                </td>
                <td className="data-table__num">{minorIn(statement.closing.paid)}</td>
                <td className="data-table__num">{minorIn(statement.closing.credit)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <DataTablePager
        page={page}
        pages={pages}
        onPrevious={() => onPage(page - 1)}
        onNext={() => onPage(page + 1)}
        noun={t('statement.pagerNoun')}
      />
    </>
  );
}
