/**
 * Wording for domain values at the UI edge: status labels with their colour tone, days left
 * ("in 7 days", "today", "expired 3 days ago"), dates and prices, in the app's language and
 * locale (`i18n`, `currentLocale()`): callers re-render on a change through useTranslation or
 * useLocale.
 */
import type { DomainView } from '@shared/contract';
import type { DomainStatus } from '@shared/model';
import { addCalendarDays } from '@shared/calendar';
import {
  currencyFractionDigits,
  formatDay,
  formatMoney,
  formatMonth as formatMonthIn,
  formatRelativeDays
} from '@shared/i18n/format';
import { currentLocale, i18n } from '../../lib/i18n';

/** The colour family of a status chip; the label always carries the meaning too. */
export type StatusTone = 'ok' | 'pending' | 'danger' | 'neutral';

const STATUS_TONES = {
  active: 'ok',
  grace: 'danger',
  redemption: 'danger',
  expired: 'danger',
  pending: 'pending',
  pending_registration: 'pending',
  pending_transfer: 'pending',
  cancelled: 'neutral',
  fraud: 'neutral',
  transferred_away: 'neutral',
  unknown: 'neutral'
} as const satisfies Readonly<Record<DomainStatus, StatusTone>>;

/** Keyed by the model's enum: a status added there fails typecheck here until it has a tone. */
function isKnownStatus(key: string): key is DomainStatus {
  return Object.hasOwn(STATUS_TONES, key);
}

/** Normalised status key: accepts both 'pending_transfer' and WHMCS's 'Pending Transfer'. */
export function statusKey(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The label and tone of a status; an unrecognised one is shown as the provider spelled it. */
export function statusInfo(status: string): { readonly label: string; readonly tone: StatusTone } {
  const key = statusKey(status);
  if (isKnownStatus(key))
    return { label: i18n.t(`domains:status.${key}`), tone: STATUS_TONES[key] };
  return { label: status || i18n.t('domains:status.unknown'), tone: 'neutral' };
}

/** "in 7 days", "tomorrow", "today", "expired yesterday", "expired 3 days ago"; "—" without a date. */
export function formatDaysLeft(daysLeft: number | null, locale = currentLocale()): string {
  if (daysLeft === null) return '—';
  const when = formatRelativeDays(daysLeft, locale);
  return daysLeft < 0 ? i18n.t('domains:expired', { when }) : when;
}

/** "on" / "off" / "unknown" for the auto-renew flag (null: the provider does not say). */
export function formatAutoRenew(autoRenew: boolean | null): string {
  return i18n.t(`domains:autoRenew.${autoRenew === null ? 'unknown' : autoRenew ? 'on' : 'off'}`);
}

/**
 * A local calendar date (YYYY-MM-DD) for display. Read as UTC midnight and formatted in UTC
 * so the day never shifts with the viewer's zone: the date is already the reseller's day.
 */
export function formatLocalDate(ymd: string | null, locale = currentLocale()): string {
  if (ymd === null) return '—';
  return formatDay(ymd, locale) ?? ymd;
}

/** The renewal price, or "—" when the provider gave none. */
export function formatPrice(price: DomainView['renewalPrice'], locale = currentLocale()): string {
  return price ? formatMoney(price, locale) : '—';
}

/** "Nov 2026" ("nov. 2026") for a YYYY-MM month key. */
export function formatMonth(
  month: string,
  style: 'short' | 'long' = 'short',
  locale = currentLocale()
): string {
  return formatMonthIn(month, locale, style) ?? month;
}

/** The next calendar day after a YYYY-MM-DD date (for the earliest snooze date). */
export function nextDay(ymd: string): string {
  return addCalendarDays(ymd, 1);
}

/** Minor units as a plain number of major units (for chart axes only, never for sums). */
export function minorToMajor(amountMinor: number, currency: string): number {
  // An unknown currency code keeps the common two decimals; the label still names it.
  return amountMinor / 10 ** currencyFractionDigits(currency);
}
