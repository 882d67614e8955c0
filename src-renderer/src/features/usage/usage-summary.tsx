/**
 * The month at a glance: total so far, the estimate for the whole month, billed accounts and
 * add-ons, service packs used, and whether the figures are final or may still change.
 */
import type { UsageMonthView } from '../../../../src-shared/contract';
import { formatAmount, formatHours } from './usage-format';

export interface UsageSummaryProps {
  readonly currency: string | null;
  readonly report: NonNullable<UsageMonthView['report']>;
}

/** Summary cards. */
export function UsageSummary({ currency, report }: UsageSummaryProps) {
  const { estimate } = report;
  return (
    <section className="usage-summary" aria-label="Month summary">
      <div className="card usage-stat" data-testid="usage-total">
        <div className="usage-stat__label">
          <span>{report.final ? 'Month total' : 'Month total so far'}</span>
          <span className={`usage-badge usage-badge--${report.final ? 'final' : 'provisional'}`}>
            {report.final ? 'Final' : 'Provisional'}
          </span>
        </div>
        <div className="usage-stat__value num">{formatAmount(report.total, currency)}</div>
        <div className="usage-stat__hint">
          {report.final
            ? 'Every run of the month is settled under the 48-hour rule.'
            : 'Pending resources may still be charged for hours already used.'}
        </div>
      </div>
      <div className="card usage-stat" data-testid="usage-estimate">
        <div className="usage-stat__label">Estimate for the month</div>
        <div className="usage-stat__value num">{formatAmount(estimate.amount, currency)}</div>
        <div className="usage-stat__hint">
          {estimate.pendingHours > 0
            ? `If nothing changes; includes ${formatHours(estimate.pendingHours)} still pending.`
            : 'If the current resources stay as they are until the month ends.'}
        </div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">Billed accounts</div>
        <div className="usage-stat__value num">{report.billedAccounts}</div>
        <div className="usage-stat__hint">Hosting accounts with at least one charged hour.</div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">Billed add-ons</div>
        <div className="usage-stat__value num">{report.billedAddons}</div>
        <div className="usage-stat__hint">Add-ons with at least one charged hour.</div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">Service packs used</div>
        <div className="usage-stat__value num">{report.packsUsed.length}</div>
        <div className="usage-stat__hint usage-stat__packs" title={report.packsUsed.join(', ')}>
          {report.packsUsed.length > 0 ? report.packsUsed.join(', ') : 'None charged yet.'}
        </div>
      </div>
    </section>
  );
}
