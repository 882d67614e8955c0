/**
 * Money's arithmetic and formatting, and the one rule for a currency's minor digits. `Money`
 * itself is declared once, in the model (src-shared/model/common.ts); this module only
 * imports its type, so it stays free of zod for the renderer's small chunks.
 */
import type { Money } from './model/common';

export type { Money };

const DECIMAL = /^\s*([+-])?(\d*)(?:\.(\d*))?\s*$/;

/**
 * Parses a decimal string such as "15.95" or "-0.5" into minor units without floating point.
 * Extra fraction digits are rounded half-up (away from zero for negatives). Returns null when
 * the text is not a plain decimal number.
 */
export function parseDecimalToMinor(text: string | number, fractionDigits = 2): number | null {
  if (fractionDigits === 2 && typeof text === 'string') {
    const cents = plainCents(text);
    if (cents !== null) return cents;
  }
  const source = typeof text === 'number' ? numberToPlainString(text) : text;
  const match = DECIMAL.exec(source);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const kept = fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  const next = fraction.charAt(fractionDigits);
  if (whole.length + fractionDigits <= 15) {
    // Below 10^15 every step is an exact integer in a double: no BigInt needed.
    let small = Number(whole === '' ? '0' : whole) * 10 ** fractionDigits + Number(kept || '0');
    if (next !== '' && Number(next) >= 5) small += 1;
    const signed = sign === '-' ? -small : small;
    return Object.is(signed, -0) ? 0 : signed;
  }
  let minor =
    BigInt(whole === '' ? '0' : whole) * 10n ** BigInt(fractionDigits) +
    BigInt(kept === '' ? '0' : kept);
  if (next !== '' && Number(next) >= 5) minor += 1n;
  const value = Number(sign === '-' ? -minor : minor);
  if (!Number.isSafeInteger(value)) return null;
  return Object.is(value, -0) ? 0 : value;
}

/**
 * The minor units of the spelling providers send by the million ("15.95", "-10.00": an optional
 * minus, 1 to 13 digits, a dot and exactly two digits), read digit by digit; null for any
 * other text, which the general reading then decides.
 */
function plainCents(text: string): number | null {
  const length = text.length;
  if (length < 4 || length > 16 || text.charCodeAt(length - 3) !== 46) return null;
  const negative = text.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  if (start === length - 3) return null;
  let cents = 0;
  for (let i = start; i < length; i += 1) {
    if (i === length - 3) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    cents = cents * 10 + digit;
  }
  return negative && cents !== 0 ? -cents : cents;
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) return 'NaN';
  // toFixed(10) keeps provider numbers such as 15.95 exact enough to round at 2 digits.
  return value.toFixed(10);
}

/** Builds a Money value, rejecting non-integer amounts. */
export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor))
    throw new RangeError(`Money must be integer minor units, got ${amountMinor}`);
  return { amountMinor, currency };
}

/** Formats money for display with Intl in the given locale (edge use only). */
export function formatMoney(value: Money, locale?: string): string {
  const digits = currencyFractionDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(
    value.amountMinor / 10 ** digits
  );
}

/**
 * An amount read as hundredths ("15.95" → 1595) in minor units of `currency`: unchanged for a
 * two-digit currency, times ten for a three-digit one (KWD), rounded half away from zero to
 * whole units for one without (JPY). WHMCS keeps every amount with two decimals, whatever
 * the currency, so its amounts are read as hundredths and then brought to the currency.
 */
export function hundredthsToMinor(hundredths: number, currency: string): number {
  const digits = currencyFractionDigits(currency);
  if (digits === 2) return hundredths;
  if (digits > 2) return hundredths * 10 ** (digits - 2);
  const scale = 10 ** (2 - digits);
  const units = Math.floor((Math.abs(hundredths) + scale / 2) / scale);
  return hundredths < 0 && units !== 0 ? -units : units;
}

/** Money as a plain decimal string in its currency's digits ("1234.50", JPY "1234"). */
export function moneyToDecimalString(value: Money): string {
  return minorToDecimalString(value.amountMinor, currencyFractionDigits(value.currency));
}

/** Formats minor units as a plain decimal string ("1234.50"), for CSV and JSON exports. */
export function minorToDecimalString(amountMinor: number, fractionDigits = 2): string {
  const negative = amountMinor < 0;
  const abs = BigInt(Math.abs(amountMinor));
  const scale = 10n ** BigInt(fractionDigits);
  const whole = abs / scale;
  const frac = (abs % scale).toString().padStart(fractionDigits, '0');
  return `${negative ? '-' : ''}${whole}${fractionDigits > 0 ? `.${frac}` : ''}`;
}

const fractionDigitsByCurrency = new Map<string, number>();

/**
 * How many minor units a currency has (EUR 2, JPY 0, KWD 3); 2 for an unknown or malformed
 * code. The one place Hostdeck decides it (core, CLI, renderer and exports all ask here).
 */
export function currencyFractionDigits(currency: string): number {
  let digits = fractionDigitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    // Only well-formed codes are kept, so odd input cannot grow the map without bound.
    if (/^[A-Z]{3}$/.test(currency)) fractionDigitsByCurrency.set(currency, digits);
  }
  return digits;
}
