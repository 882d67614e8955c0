/**
 * Writes core's coded alert facts (contract/alert-text.ts) in words: a title and a body in the
 * language of `t` (namespace `notices`), money and days in `locale`. One function for every
 * place that shows them: the renderer, desktop notifications, the tray and the CLI's table.
 */
import type { TFunction } from 'i18next';
import type { AlertText, DomainBreakdown } from '../contract/alert-text';
import type { Money } from '../money';
import { formatAmount, formatDay } from './format';
import './i18next-types';

/** `t` of the `notices` namespace (react-i18next's `useTranslation('notices').t` or main's `i18n.getFixedT(null, 'notices')`). */
export type NoticesT = TFunction<'notices'>;

const money = (value: Money, locale: string): string =>
  formatAmount(value.amountMinor, value.currency, locale);
/** How `alertBody` writes calendar days: as the locale does, or as ISO dates (logs). */
export interface AlertBodyOptions {
  readonly isoDays?: boolean;
}

/** The alert's heading: "Domain expiring", "3 new alerts"… */
export function alertTitle(t: NoticesT, text: AlertText): string {
  switch (text.code) {
    case 'domain-threshold':
      return t('title.domainThreshold');
    case 'domain-grace':
      return t('title.domainGrace');
    case 'domain-redemption':
      return t('title.domainRedemption');
    case 'domain-expired':
      return t('title.domainExpired');
    case 'ticket-reply':
      return t('title.ticketReply');
    case 'invoice-overdue':
      return t('title.invoiceOverdue');
    case 'low-credit':
      return t('title.lowCredit');
    case 'summary-domains':
      return t('title.summaryDomains', { count: text.count });
    case 'summary':
      return t('title.summary', { count: text.count });
  }
}

/** "2 expired, 1 in redemption, 3 expire within 7 days": most urgent first. */
function breakdownText(t: NoticesT, breakdown: DomainBreakdown): string {
  const parts: string[] = [];
  if (breakdown.expired > 0) parts.push(t('breakdown.expired', { count: breakdown.expired }));
  if (breakdown.redemption > 0)
    parts.push(t('breakdown.redemption', { count: breakdown.redemption }));
  if (breakdown.grace > 0) parts.push(t('breakdown.grace', { count: breakdown.grace }));
  for (const { days, count } of breakdown.thresholds)
    parts.push(t('breakdown.within', { count, days: t('breakdown.days', { count: days }) }));
  return parts.join(', ');
}

/** The alert's sentence: "example.com expires in 7 days (29 Nov 2026)"… */
export function alertBody(
  t: NoticesT,
  text: AlertText,
  locale: string,
  options: AlertBodyOptions = {}
): string {
  const day = (ymd: string): string =>
    options.isoDays === true ? ymd : (formatDay(ymd, locale) ?? ymd);
  switch (text.code) {
    case 'domain-threshold': {
      const values = { domain: text.domain, date: day(text.expiresOn) };
      if (text.daysLeft === 0) return t('domain.expiresToday', values);
      if (text.daysLeft === 1) return t('domain.expiresTomorrow', values);
      return t('domain.expiresIn', { ...values, count: text.daysLeft });
    }
    case 'domain-grace': {
      const date = text.expiresOn === null ? null : day(text.expiresOn);
      const amount = text.renewal === null ? null : money(text.renewal, locale);
      const domain = text.domain;
      if (date !== null && amount !== null)
        return t('domain.graceDatedPriced', { domain, date, amount });
      if (date !== null) return t('domain.graceDated', { domain, date });
      if (amount !== null) return t('domain.gracePriced', { domain, amount });
      return t('domain.grace', { domain });
    }
    case 'domain-redemption': {
      const date = text.expiresOn === null ? null : day(text.expiresOn);
      const amount = text.restore === null ? null : money(text.restore, locale);
      const domain = text.domain;
      if (date !== null && amount !== null)
        return t('domain.redemptionDatedPriced', { domain, date, amount });
      if (date !== null) return t('domain.redemptionDated', { domain, date });
      if (amount !== null) return t('domain.redemptionPriced', { domain, amount });
      return t('domain.redemption', { domain });
    }
    case 'domain-expired':
      return text.expiresOn === null
        ? t('domain.expired', { domain: text.domain })
        : t('domain.expiredOn', { domain: text.domain, date: day(text.expiresOn) });
    case 'ticket-reply':
      return text.subject;
    case 'invoice-overdue': {
      const values = { invoice: text.invoice, date: day(text.dueOn) };
      return text.balance === null
        ? t('invoice.overdueUnpriced', values)
        : t('invoice.overdue', { ...values, amount: money(text.balance, locale) });
    }
    case 'low-credit': {
      const balance = money(text.balance, locale);
      return text.threshold === null
        ? t('credit.lowNoThreshold', { balance })
        : t('credit.low', { balance, threshold: money(text.threshold, locale) });
    }
    case 'summary-domains':
      return breakdownText(t, text.domains);
    case 'summary': {
      const parts: string[] = [];
      if (text.domains !== null)
        parts.push(
          t('summary.domains', {
            count: text.domains.count,
            breakdown: breakdownText(t, text.domains.breakdown)
          })
        );
      if (text.tickets > 0) parts.push(t('summary.tickets', { count: text.tickets }));
      if (text.invoices > 0) parts.push(t('summary.invoices', { count: text.invoices }));
      if (text.lowCredit) parts.push(t('summary.lowCredit'));
      if (text.otherDomains > 0)
        parts.push(t('summary.otherDomains', { count: text.otherDomains }));
      return parts.join(' · ');
    }
  }
}
