/**
 * Time formatting for the UI edge. Pure: `now` is always a parameter. New code uses the locale
 * helpers of src-shared/i18n/format with `useLocale()` (docs/i18n.md).
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@shared/calendar';
import { formatDateTime as formatDateTimeIn } from '@shared/i18n/format';
import { currentLocale } from './i18n';

/**
 * "just now", "5 min ago", "3 h ago", "2 days ago" — English only: translated screens use
 * formatTimeAgo(instant, now, locale) from src-shared/i18n/format instead.
 */
export function formatRelativeTime(instantMs: number, nowMs: number): string {
  const elapsed = Math.max(0, nowMs - instantMs);
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  const days = Math.floor(elapsed / DAY_MS);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** A readable date and time in the reseller's zone (or the system's), in the app's locale. */
export function formatDateTime(instantMs: number, timeZone?: string): string {
  return formatDateTimeIn(instantMs, currentLocale(), { timeZone });
}
