/**
 * "Check the bill": the provider's invoiced PAYU amount for the month next to what Hostdeck
 * computed from the hourly snapshots, and what a difference likely means.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { billVerdict } from '@shared/bill-verdict';
import type { UsageMonthView } from '@shared/contract';
import { formatDay } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import { formatAmount } from './usage-format';

export interface UsageBillCheckProps {
  readonly view: UsageMonthView;
  readonly report: NonNullable<UsageMonthView['report']>;
}

function explanation(
  t: TFunction<'usage'>,
  difference: number,
  rows: number,
  timeZone: string
): string {
  switch (billVerdict(difference)) {
    case 'match':
      return t('bill.match');
    case 'rounding':
      return t('bill.rounding', { count: rows, zone: timeZone });
    case 'differs':
      return t('bill.moreThanRounding');
  }
}

/** The bill-check panel; explains when there is no invoice to check yet. */
export function UsageBillCheck({ view, report }: UsageBillCheckProps) {
  const bill = view.bill;
  const { t } = useTranslation('usage');
  const locale = useLocale();
  return (
    <section
      className="card usage-bill"
      aria-labelledby="usage-bill-title"
      data-testid="usage-bill"
    >
      <h2 id="usage-bill-title" className="usage-section-title">
        {t('bill.title')}
      </h2>
      {bill === null ? (
        <p className="usage-muted">
          {Date.parse(report.asOf) < Date.parse(report.monthEnd)
            ? t('bill.notOver')
            : t('bill.noInvoice')}
        </p>
      ) : (
        <>
          <dl className="usage-bill__figures">
            <dt>{t('bill.invoice')}</dt>
            <dd>
              {bill.invoiceNumber}
              {bill.issuedOn ? (
                <span className="usage-muted">
                  {' '}
                  · {formatDay(bill.issuedOn, locale) ?? bill.issuedOn}
                </span>
              ) : null}
            </dd>
            <dt>{t('bill.invoiced')}</dt>
            <dd className="num">{formatAmount(bill.invoiced, view.currency, locale)}</dd>
            <dt>{t('bill.computed')}</dt>
            <dd className="num">{formatAmount(bill.computed, view.currency, locale)}</dd>
            <dt>{t('bill.difference')}</dt>
            <dd
              className={`num usage-diff usage-diff--${bill.difference === 0 ? 'ok' : 'warn'}`}
              data-testid="usage-bill-difference"
            >
              {bill.difference > 0 ? '+' : ''}
              {formatAmount(bill.difference, view.currency, locale)}
            </dd>
          </dl>
          <p className="usage-muted">
            {explanation(t, bill.difference, report.rowCount, report.timeZone)}
          </p>
        </>
      )}
    </section>
  );
}
