/**
 * Display helpers of the Usage screen: money in the report's currency, hours, local dates.
 */
import { formatMoney, minorToDecimalString } from '../../../../src-shared/money';

/** Money for display; without a currency (no data synced yet) the plain decimal. */
export function formatAmount(amountMinor: number, currency: string | null): string {
  return currency === null
    ? minorToDecimalString(amountMinor)
    : formatMoney({ amountMinor, currency });
}

/** "744 h". */
export function formatHours(hours: number): string {
  return `${hours.toLocaleString()} h`;
}

/** "November 2026" for `2026-11`. */
export function formatMonthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1));
}

/** "Nov 22, 09:00" (24-hour clock) for an ISO instant, in the report's zone. */
export function formatShortDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone
  }).format(Date.parse(iso));
}
