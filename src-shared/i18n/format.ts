/**
 * Locale helpers: money, numbers, dates, months and relative time through Intl, always in
 * an explicit locale (the one the Language setting resolves to, see localeFor). Pure: `now`
 * is a parameter. Formatters are built once per locale and options (building one costs
 * about a millisecond; a long table formats thousands of cells).
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../calendar';
import { currencyFractionDigits, type Money } from '../money';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  build: () => T
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function relativeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions
): Intl.RelativeTimeFormat {
  return cached('r', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** How many minor units a currency has: the one rule, src-shared/money's. */
export { currencyFractionDigits };

/** "1 234,50 €" (fr-BE), "€ 1.234,50" (nl-BE, nl-NL), "€1,234.50" (en). */
export function formatMoney(value: Money, locale: string): string {
  return formatAmount(value.amountMinor, value.currency, locale);
}

/** Minor units of a currency as money; a bare number in the locale when the code is unknown. */
export function formatAmount(amountMinor: number, currency: string, locale: string): string {
  const digits = currencyFractionDigits(currency);
  const amount = amountMinor / 10 ** digits;
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${formatNumber(amount, locale, { minimumFractionDigits: digits })} ${currency}`;
  }
}

/** A number with the locale's grouping and decimal marks ("1 234,5" in French). */
export function formatNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {}
): string {
  return numberFormat(locale, options).format(value);
}

/** A share 0..1 as a percentage ("42 %" in French, "42%" in English). */
export function formatPercent(fraction: number, locale: string, maximumFractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A local calendar day ("2026-12-02", already in the reseller's zone) as the locale writes
 * it: "2 déc. 2026" (medium), "02/12/2026" (short), "2 december 2026" (long). Null for text
 * that is not such a day.
 */
export function formatDay(
  ymd: string,
  locale: string,
  dateStyle: 'short' | 'medium' | 'long' | 'full' = 'medium'
): string | null {
  const match = YMD.exec(ymd);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateFormat(locale, { dateStyle, timeZone: 'UTC' }).format(ms);
}

/** A month "2026-12" as "déc. 2026" (short) or "décembre 2026" (long); null otherwise. */
export function formatMonth(
  ym: string,
  locale: string,
  style: 'short' | 'long' = 'long'
): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  return dateFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/**
 * An instant as a date and time in a zone (the reseller's); the system's zone when the zone
 * is unknown or not given, so a bad setting never breaks a screen.
 */
export function formatDateTime(
  instantMs: number,
  locale: string,
  options: {
    readonly timeZone?: string | undefined;
    readonly dateStyle?: 'short' | 'medium' | 'long';
    readonly timeStyle?: 'short' | 'medium';
  } = {}
): string {
  const { timeZone, dateStyle = 'medium', timeStyle = 'short' } = options;
  try {
    return dateFormat(locale, { dateStyle, timeStyle, ...(timeZone ? { timeZone } : {}) }).format(
      instantMs
    );
  } catch {
    return dateFormat(locale, { dateStyle, timeStyle }).format(instantMs);
  }
}

/** An instant as a date only, in a zone (see formatDateTime). */
export function formatInstantDay(
  instantMs: number,
  locale: string,
  timeZone?: string,
  dateStyle: 'short' | 'medium' | 'long' = 'medium'
): string {
  try {
    return dateFormat(locale, { dateStyle, ...(timeZone ? { timeZone } : {}) }).format(instantMs);
  } catch {
    return dateFormat(locale, { dateStyle }).format(instantMs);
  }
}

/** Whole days from today: "aujourd’hui", "demain", "dans 12 jours", "il y a 3 jours". */
export function formatRelativeDays(days: number, locale: string): string {
  return relativeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/**
 * How long ago an instant was, in whole minutes, hours or days: "now", "5 minutes ago",
 * "3 hours ago", "2 days ago" — each in the locale's words ("il y a 5 minutes",
 * "5 minuten geleden"). Written out: the abbreviated forms differ in style between languages.
 */
export function formatTimeAgo(instantMs: number, nowMs: number, locale: string): string {
  const elapsed = Math.max(0, nowMs - instantMs);
  const words = relativeFormat(locale, { numeric: 'auto' });
  if (elapsed < MINUTE_MS) return words.format(0, 'second');
  if (elapsed < HOUR_MS) return words.format(-Math.floor(elapsed / MINUTE_MS), 'minute');
  if (elapsed < DAY_MS) return words.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return relativeFormat(locale, { numeric: 'always' }).format(-Math.floor(elapsed / DAY_MS), 'day');
}
