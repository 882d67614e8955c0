/** Month labels of the dashboard's spend chart, shared by its card and its drawing. */
import { formatMonth } from '@shared/i18n/format';

/**
 * "Nov 26" for "2026-11" on the axis (short), "November 2026" in the table and tooltip: a
 * calendar label, so formatted in UTC to avoid any zone shift.
 */
export function monthLabel(
  month: string,
  locale: string,
  style: 'short' | 'long' = 'short'
): string {
  if (style === 'long') return formatMonth(month, locale, 'long') ?? month;
  const [year, monthNumber] = month.split('-').map(Number);
  const instant = Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC'
  }).format(instant);
}
