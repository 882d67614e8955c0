/**
 * Display helpers of the Usage screen: money in the report's currency, hours, local dates,
 * all in the app's locale (`currentLocale()` unless one is given; the screen's components
 * re-render on a language change through useTranslation or useLocale).
 */
import { formatAmount as formatAmountIn, formatMonth, formatNumber } from '@shared/i18n/format';
import { minorToDecimalString } from '@shared/money';
import { currentLocale, i18n } from '../../lib/i18n';

/** Money for display; without a currency (no data synced yet) the plain decimal. */
export function formatAmount(
  amountMinor: number,
  currency: string | null,
  locale = currentLocale()
): string {
  return currency === null
    ? formatNumber(Number(minorToDecimalString(amountMinor)), locale, { minimumFractionDigits: 2 })
    : formatAmountIn(amountMinor, currency, locale);
}

/** "744 h" ("744 u" in Dutch). */
export function formatHours(hours: number, locale = currentLocale()): string {
  return i18n.t('usage:hours', { hours: formatNumber(hours, locale) });
}

/** "November 2026" ("novembre 2026") for `2026-11`. */
export function formatMonthLabel(month: string, locale = currentLocale()): string {
  return formatMonth(month, locale, 'long') ?? month;
}

/** "Nov 22, 09:00" ("22 nov., 09:00"; 24-hour clock) for an ISO instant, in the report's zone. */
export function formatShortDateTime(
  iso: string,
  timeZone: string,
  locale = currentLocale()
): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone
  }).format(Date.parse(iso));
}
