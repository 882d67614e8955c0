import type { AlertDomain } from './types';

/**
 * Formats integer minor units as English currency text, e.g. `8000, 'EUR'` → "€80.00".
 * Returns `null` when the amount or code cannot be formatted, so a message drops the cost
 * rather than showing a wrong one.
 */
export function formatMinorUnits(
  amountMinor: number | null | undefined,
  currency: string | undefined
): string | null {
  if (amountMinor === null || amountMinor === undefined || !Number.isSafeInteger(amountMinor))
    return null;
  if (currency === undefined || !/^[A-Za-z]{3}$/.test(currency)) return null;
  const format = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: currency.toUpperCase()
  });
  // The currency's own minor-unit exponent: 2 for EUR, 0 for JPY, 3 for KWD.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** "expires in 7 days (2026-11-29)", with "today" and "tomorrow" for the last two days. */
export function thresholdMessage(domain: AlertDomain, daysLeft: number): string {
  const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
  return `${domain.name} expires ${when} (${domain.expiresOn})`;
}

function expiredNote(domain: AlertDomain): string {
  return domain.expiresOn === null ? '' : ` (expired ${domain.expiresOn})`;
}

/** Grace period: the domain can still be renewed at the normal price. */
export function graceMessage(domain: AlertDomain): string {
  const cost = formatMinorUnits(domain.renewalPriceMinor, domain.currency);
  const action =
    cost === null ? 'renew it before it goes into redemption' : `renewing it costs ${cost}`;
  return `${domain.name} is in its grace period${expiredNote(domain)} — ${action}`;
}

/** Redemption: only a restore, at a higher fee, can still save the domain. */
export function redemptionMessage(domain: AlertDomain): string {
  const cost = formatMinorUnits(domain.restorePriceMinor, domain.currency);
  const action =
    cost === null ? 'restoring it costs more than a renewal' : `restoring it costs ${cost}`;
  return `${domain.name} is in redemption${expiredNote(domain)} — ${action}`;
}

/** Expired (and not reported as in grace or redemption). */
export function expiredMessage(domain: AlertDomain): string {
  return domain.expiresOn === null
    ? `${domain.name} has expired`
    : `${domain.name} expired on ${domain.expiresOn}`;
}
