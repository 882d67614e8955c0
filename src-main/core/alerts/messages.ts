/**
 * What a domain alert says, as facts (a code and values, contract/alert-text.ts), and the
 * English wording core keeps for its log and the ledger's history. The screens, the tray,
 * notifications and the CLI's table write the facts in the reader's language themselves.
 */
import type { AlertText } from '@shared/contract/alert-text';
import { alertBody, alertTitle } from '@shared/i18n/alert-text';
import { createI18n } from '@shared/i18n/create-i18n';
import type { Money } from '@shared/money';
import type { AlertDomain } from './types';

/** Integer minor units and a 3-letter code as money, or null when either is unusable. */
export function moneyOf(
  amountMinor: number | null | undefined,
  currency: string | undefined
): Money | null {
  if (amountMinor === null || amountMinor === undefined || !Number.isSafeInteger(amountMinor))
    return null;
  if (currency === undefined || !/^[A-Za-z]{3}$/.test(currency)) return null;
  return { amountMinor, currency: currency.toUpperCase() };
}

/** The threshold alert's facts: the domain expires in `daysLeft` days. */
export function thresholdText(domain: AlertDomain, daysLeft: number): AlertText {
  return {
    code: 'domain-threshold',
    domain: domain.name,
    daysLeft,
    expiresOn: domain.expiresOn ?? ''
  };
}

/** Grace period: the domain can still be renewed at the normal price. */
export function graceText(domain: AlertDomain): AlertText {
  return {
    code: 'domain-grace',
    domain: domain.name,
    expiresOn: domain.expiresOn,
    renewal: moneyOf(domain.renewalPriceMinor, domain.currency)
  };
}

/** Redemption: only a restore, at a higher fee, can still save the domain. */
export function redemptionText(domain: AlertDomain): AlertText {
  return {
    code: 'domain-redemption',
    domain: domain.name,
    expiresOn: domain.expiresOn,
    restore: moneyOf(domain.restorePriceMinor, domain.currency)
  };
}

/** Expired (and not reported as in grace or redemption). */
export function expiredText(domain: AlertDomain): AlertText {
  return { code: 'domain-expired', domain: domain.name, expiresOn: domain.expiresOn };
}

const english = createI18n('en');
const englishT = english.getFixedT('en', 'notices');

/** An alert's title in English, for the log and the ledger's history. */
export function englishTitle(text: AlertText): string {
  return alertTitle(englishT, text);
}

/** An alert's sentence in English with ISO dates, for the log and the ledger's history. */
export function englishBody(text: AlertText): string {
  return alertBody(englishT, text, 'en', { isoDays: true });
}
