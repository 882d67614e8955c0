/**
 * The month at a glance: total so far, the estimate for the whole month, billed accounts and
 * add-ons, service packs used, and whether the figures are final or may still change.
 */
import { useTranslation } from 'react-i18next';
import type { UsageMonthView } from '@shared/contract';
import { formatNumber } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import { formatAmount, formatHours } from './usage-format';

export interface UsageSummaryProps {
  readonly currency: string | null;
  readonly report: NonNullable<UsageMonthView['report']>;
}

/** Summary cards. */
export function UsageSummary({ currency, report }: UsageSummaryProps) {
  const { estimate } = report;
  const { t } = useTranslation('usage');
  const locale = useLocale();
  return (
    <section className="usage-summary" aria-label={t('summary.region')}>
      <div className="card usage-stat" data-testid="usage-total">
        <div className="usage-stat__label">
          <span>{report.final ? t('summary.total') : t('summary.totalSoFar')}</span>
          <span className={`usage-badge usage-badge--${report.final ? 'final' : 'provisional'}`}>
            {report.final ? t('summary.final') : t('summary.provisional')}
          </span>
        </div>
        <div className="usage-stat__value num">{formatAmount(report.total, currency, locale)}</div>
        <div className="usage-stat__hint">
          {report.final ? t('summary.finalHint') : t('summary.provisionalHint')}
        </div>
      </div>
      <div className="card usage-stat" data-testid="usage-estimate">
        <div className="usage-stat__label">{t('summary.estimate')}</div>
        <div className="usage-stat__value num">
          {formatAmount(estimate.amount, currency, locale)}
        </div>
        <div className="usage-stat__hint">
          {estimate.pendingHours > 0
            ? t('summary.estimatePending', { hours: formatHours(estimate.pendingHours, locale) })
            : t('summary.estimateSteady')}
        </div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">{t('summary.billedAccounts')}</div>
        <div className="usage-stat__value num">{formatNumber(report.billedAccounts, locale)}</div>
        <div className="usage-stat__hint">{t('summary.billedAccountsHint')}</div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">{t('summary.billedAddons')}</div>
        <div className="usage-stat__value num">{formatNumber(report.billedAddons, locale)}</div>
        <div className="usage-stat__hint">{t('summary.billedAddonsHint')}</div>
      </div>
      <div className="card usage-stat">
        <div className="usage-stat__label">{t('summary.packsUsed')}</div>
        <div className="usage-stat__value num">{formatNumber(report.packsUsed.length, locale)}</div>
        <div className="usage-stat__hint usage-stat__packs" title={report.packsUsed.join(', ')}>
          {report.packsUsed.length > 0 ? report.packsUsed.join(', ') : t('summary.noPacks')}
        </div>
      </div>
    </section>
  );
}
