/**
 * Wording for domain values at the UI edge: status labels with their colour tone, days left
 * ("in 7 days", "today", "expired 3 days ago"), dates and prices. Pure.
 */
import { formatMoney } from '../../../../src-shared/money';
import type { DomainView } from '../../../../src-shared/contract';

/** The colour family of a status chip; the label always carries the meaning too. */
export type StatusTone = 'ok' | 'pending' | 'danger' | 'neutral';

const STATUSES: Readonly<Record<string, { readonly label: string; readonly tone: StatusTone }>> = {
  active: { label: 'Active', tone: 'ok' },
  grace: { label: 'Grace period', tone: 'danger' },
  redemption: { label: 'Redemption', tone: 'danger' },
  expired: { label: 'Expired', tone: 'danger' },
  pending: { label: 'Pending', tone: 'pending' },
  pending_registration: { label: 'Pending registration', tone: 'pending' },
  pending_transfer: { label: 'Pending transfer', tone: 'pending' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  fraud: { label: 'Fraud', tone: 'neutral' },
  transferred_away: { label: 'Transferred away', tone: 'neutral' },
  unknown: { label: 'Unknown', tone: 'neutral' }
};

/** Normalised status key: accepts both 'pending_transfer' and WHMCS's 'Pending Transfer'. */
export function statusKey(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The label and tone of a status; an unrecognised one is shown as the provider spelled it. */
export function statusInfo(status: string): { readonly label: string; readonly tone: StatusTone } {
  return STATUSES[statusKey(status)] ?? { label: status || 'Unknown', tone: 'neutral' };
}

const relativeDays = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "in 7 days", "tomorrow", "today", "expired yesterday", "expired 3 days ago"; "—" without a date. */
export function formatDaysLeft(daysLeft: number | null): string {
  if (daysLeft === null) return '—';
  if (daysLeft < 0) return `expired ${relativeDays.format(daysLeft, 'day')}`;
  return relativeDays.format(daysLeft, 'day');
}

/** "on" / "off" / "unknown" for the auto-renew flag (null: the provider does not say). */
export function formatAutoRenew(autoRenew: boolean | null): string {
  return autoRenew === null ? 'unknown' : autoRenew ? 'on' : 'off';
}

/**
 * A local calendar date (YYYY-MM-DD) for display. Read as UTC midnight and formatted in UTC
 * so the day never shifts with the viewer's zone: the date is already the reseller's day.
 */
export function formatLocalDate(ymd: string | null): string {
  if (ymd === null) return '—';
  const ms = Date.parse(`${ymd}T00:00:00Z`);
  if (Number.isNaN(ms)) return ymd;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** The renewal price, or "—" when the provider gave none. */
export function formatPrice(price: DomainView['renewalPrice']): string {
  return price ? formatMoney(price) : '—';
}

/** "Nov 2026" for a YYYY-MM month key. */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  const ms = Date.parse(`${month}-01T00:00:00Z`);
  if (Number.isNaN(ms)) return month;
  return new Intl.DateTimeFormat(undefined, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC'
  }).format(ms);
}

/** The next calendar day after a YYYY-MM-DD date (for the earliest snooze date). */
export function nextDay(ymd: string): string {
  const ms = Date.parse(`${ymd}T00:00:00Z`);
  return new Date(ms + 86_400_000).toISOString().slice(0, 10);
}

/** Minor units as a plain number of major units (for chart axes only, never for sums). */
export function minorToMajor(amountMinor: number, currency: string): number {
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    // An unknown currency code keeps the common two decimals; the label still names it.
  }
  return amountMinor / 10 ** digits;
}
