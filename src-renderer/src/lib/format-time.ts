/**
 * Time formatting for the UI edge. Pure: `now` is always a parameter. New code uses the locale
 * helpers of src-shared/i18n/format with `useLocale()` (docs/i18n.md).
 */
import { formatDateTime as formatDateTimeIn } from '@shared/i18n/format';
import { currentLocale } from './i18n';

/** A readable date and time in the reseller's zone (or the system's), in the app's locale. */
export function formatDateTime(instantMs: number, timeZone?: string): string {
  return formatDateTimeIn(instantMs, currentLocale(), { timeZone });
}
