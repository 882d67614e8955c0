/**
 * "Check the bill": the provider's invoiced PAYU amount for the month next to what Hostdeck
 * computed from the hourly snapshots, and what a difference likely means.
 */
import type { UsageMonthView } from '../../../../src-shared/contract';
import { formatAmount } from './usage-format';

/** Differences up to this many minor units are rounding, not a billing disagreement. */
const ROUNDING_TOLERANCE = 5;

export interface UsageBillCheckProps {
  readonly view: UsageMonthView;
  readonly report: NonNullable<UsageMonthView['report']>;
}

function explanation(difference: number, rows: number, timeZone: string): string {
  if (difference === 0) return 'The invoice matches the hourly snapshots to the cent.';
  if (Math.abs(difference) <= ROUNDING_TOLERANCE)
    return `A few cents apart: each of the ${rows} rows is rounded once, and the provider may round per line, per day, or on the total. Months in ${timeZone} may also start an hour apart from the provider's.`;
  return 'More than rounding: compare the rows with the invoice lines, or open a ticket with your provider with the CSV attached.';
}

/** The bill-check panel; explains when there is no invoice to check yet. */
export function UsageBillCheck({ view, report }: UsageBillCheckProps) {
  const bill = view.bill;
  return (
    <section
      className="card usage-bill"
      aria-labelledby="usage-bill-title"
      data-testid="usage-bill"
    >
      <h2 id="usage-bill-title" className="usage-section-title">
        Check the bill
      </h2>
      {bill === null ? (
        <p className="usage-muted">
          {Date.parse(report.asOf) < Date.parse(report.monthEnd)
            ? 'The month is not over yet: the provider invoices it after it ends.'
            : 'No cached invoice has a pay-as-you-use line for this month yet. It appears after the next sync once the provider has billed it.'}
        </p>
      ) : (
        <>
          <dl className="usage-bill__figures">
            <dt>Invoice</dt>
            <dd>
              {bill.invoiceNumber}
              {bill.issuedOn ? <span className="usage-muted"> · {bill.issuedOn}</span> : null}
            </dd>
            <dt>Invoiced</dt>
            <dd className="num">{formatAmount(bill.invoiced, view.currency)}</dd>
            <dt>Computed</dt>
            <dd className="num">{formatAmount(bill.computed, view.currency)}</dd>
            <dt>Difference</dt>
            <dd
              className={`num usage-diff usage-diff--${bill.difference === 0 ? 'ok' : 'warn'}`}
              data-testid="usage-bill-difference"
            >
              {bill.difference > 0 ? '+' : ''}
              {formatAmount(bill.difference, view.currency)}
            </dd>
          </dl>
          <p className="usage-muted">
            {explanation(bill.difference, report.rowCount, report.timeZone)}
          </p>
        </>
      )}
    </section>
  );
}
