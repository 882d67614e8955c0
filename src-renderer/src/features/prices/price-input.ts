/**
 * The price list editor's pure rules: a monthly price as the reseller types it (a decimal in
 * the list's currency, "12.50" or "12,50") to and from the contract's minor units, and the
 * entries a save sends.
 */
import type { PriceEntry, PriceListView } from '@shared/contract';
import { currencyFractionDigits as currencyDigits } from '@shared/money';

/** Digits after the decimal point of `currency` (EUR 2, JPY 0): src-shared/money's rule. */
export { currencyDigits };

/** The decimal mark of `locale` ("," for fr-BE and nl-BE, "." for en). */
export function decimalMark(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
      ?.value ?? '.'
  );
}

/**
 * Minor units as the input shows them ("12.50", or "12,50" with `mark` ","); empty for no
 * price. No grouping, so what is shown can be typed back as it is.
 */
export function priceText(minor: number | null, digits: number, mark = '.'): string {
  if (minor === null) return '';
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const fraction = String(minor % scale).padStart(digits, '0');
  return digits > 0 ? `${whole}${mark}${fraction}` : String(whole);
}

/** Why a typed price cannot be read; the screen words it (namespace prices, `problem`). */
export type PriceProblem =
  | { readonly code: 'not-a-number' }
  | { readonly code: 'no-decimals' }
  | { readonly code: 'too-many-decimals'; readonly digits: number }
  | { readonly code: 'too-large' };

export type ParsedPrice =
  | { readonly ok: true; readonly minor: number | null }
  | { readonly ok: false; readonly problem: PriceProblem };

/**
 * What the reseller typed, in minor units: empty clears the price (the pack is then flagged
 * as without a price), a comma is read as the decimal point, and more decimals than the
 * currency has is an error rather than a silent rounding.
 */
export function parsePriceText(text: string, digits: number): ParsedPrice {
  const typed = text.trim().replace(',', '.');
  if (typed === '') return { ok: true, minor: null };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(typed);
  if (!match) return { ok: false, problem: { code: 'not-a-number' } };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits)
    return {
      ok: false,
      problem: digits === 0 ? { code: 'no-decimals' } : { code: 'too-many-decimals', digits }
    };
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: { code: 'too-large' } };
  return { ok: true, minor };
}

/** The key of one entry in the editor's state: kind and name. */
export function entryKey(entry: Pick<PriceEntry, 'kind' | 'name'>): string {
  return `${entry.kind}:${entry.name}`;
}

export type SavePlan =
  | { readonly ok: true; readonly entries: readonly PriceEntry[] }
  | { readonly ok: false; readonly problems: ReadonlyMap<string, PriceProblem> };

/**
 * The entries to save: every entry whose typed price differs from the saved one (all of them
 * when the currency changes, as each amount is then read in the new currency), or the
 * problem of each entry that cannot be read.
 */
export function planSave(
  list: PriceListView,
  edits: ReadonlyMap<string, string>,
  currency: string
): SavePlan {
  const digits = currencyDigits(currency);
  const currencyChanged = list.currency !== null && list.currency !== currency;
  const problems = new Map<string, PriceProblem>();
  const entries: PriceEntry[] = [];
  for (const entry of list.entries) {
    const key = entryKey(entry);
    const edited = edits.get(key);
    if (edited === undefined && !currencyChanged) continue;
    const text = edited ?? priceText(entry.monthlyPrice, currencyDigits(list.currency ?? currency));
    const parsed = parsePriceText(text, digits);
    if (!parsed.ok) problems.set(key, parsed.problem);
    else if (parsed.minor !== entry.monthlyPrice || currencyChanged)
      entries.push({ kind: entry.kind, name: entry.name, monthlyPrice: parsed.minor });
  }
  return problems.size > 0 ? { ok: false, problems } : { ok: true, entries };
}
