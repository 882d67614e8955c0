/**
 * Pure rules of the price list: reading a `kind,name,monthly_price,currency` CSV into
 * entries with line-numbered issues (all or nothing), and the currency's minor units.
 */
import { currencyFractionDigits as fractionDigitsOf } from '@shared/money';

export type PriceKind = 'servicepack' | 'addon';

/** One price as the list stores it: minor units of the list's currency. */
export interface PriceInput {
  readonly kind: PriceKind;
  readonly name: string;
  readonly monthlyPrice: number;
}

/** What is wrong with a CSV line, as a code the screen words in its language. */
export type PriceCsvIssueCode =
  | 'empty'
  | 'header'
  | 'field-count'
  | 'kind'
  | 'name-empty'
  | 'currency'
  | 'currency-mixed'
  | 'currency-list'
  | 'price-not-number'
  | 'price-decimals'
  | 'price-too-large'
  | 'duplicate'
  | 'no-lines';

/**
 * A problem of one CSV line (1 = the header): its code and values for the screen, and an
 * English message for JSON consumers and the log.
 */
export interface PriceCsvIssue {
  readonly line: number;
  readonly code: PriceCsvIssueCode;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** Why a price text is not a price: its code, values and English message. */
export interface PriceProblem {
  readonly code: 'price-not-number' | 'price-decimals' | 'price-too-large';
  readonly values: Readonly<Record<string, string | number>>;
  readonly message: string;
}

export type PriceCsvResult =
  | { readonly ok: true; readonly currency: string; readonly entries: readonly PriceInput[] }
  | { readonly ok: false; readonly issues: readonly PriceCsvIssue[] };

const HEADER = ['kind', 'name', 'monthly_price', 'currency'] as const;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Digits after the decimal point of a currency (EUR 2, JPY 0), by src-shared/money's rule;
 * null when the text is no ISO 4217 code.
 */
export function currencyFractionDigits(currency: string): number | null {
  return /^[A-Z]{3}$/.test(currency) ? fractionDigitsOf(currency) : null;
}

/**
 * A non-negative decimal price ("12.50", "12", "0.5") in minor units, or a reason. More
 * fraction digits than the currency has is an error, not a rounding.
 */
export function parsePrice(text: string, digits: number): number | PriceProblem {
  const match = DECIMAL.exec(text);
  if (!match)
    return {
      code: 'price-not-number',
      values: { got: text },
      message: `monthly_price "${text}" is not a plain decimal number such as 12.50`
    };
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits)
    return {
      code: 'price-decimals',
      values: { got: text, digits },
      message: `monthly_price "${text}" has more than ${digits} decimal${digits === 1 ? '' : 's'}`
    };
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor))
    return {
      code: 'price-too-large',
      values: { got: text },
      message: `monthly_price "${text}" is too large`
    };
  return minor;
}

/** Splits CSV text into records of fields (RFC 4180 quoting), with each record's first line. */
function records(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let touched = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      touched = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      if (touched || field !== '') {
        fields.push(field);
        out.push({ line: recordLine, fields });
      }
      fields = [];
      field = '';
      touched = false;
      line += 1;
      recordLine = line;
    } else {
      field += c;
      touched = true;
    }
  }
  if (touched || field !== '') {
    fields.push(field);
    out.push({ line: recordLine, fields });
  }
  return out;
}

/**
 * Reads a price CSV. The header must be `kind,name,monthly_price,currency`; every line needs
 * a kind (`servicepack` or `addon`), a name, a price and the one currency of the file. A
 * name given twice for one kind is an error. Any issue fails the whole file.
 */
export function parsePriceCsv(text: string): PriceCsvResult {
  const rows = records(text.replace(/^\uFEFF/, ''));
  const issues: PriceCsvIssue[] = [];
  const header = rows[0];
  if (!header)
    return { ok: false, issues: [{ line: 1, code: 'empty', message: 'the file is empty' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.join(',') !== HEADER.join(','))
    return {
      ok: false,
      issues: [
        {
          line: header.line,
          code: 'header',
          values: { expected: HEADER.join(','), got: header.fields.join(',') },
          message: `the header must be "${HEADER.join(',')}", got "${header.fields.join(',')}"`
        }
      ]
    };
  let currency: string | null = null;
  const entries: PriceInput[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows.slice(1)) {
    if (fields.length !== HEADER.length) {
      issues.push({
        line,
        code: 'field-count',
        values: { got: fields.length },
        message: `expected 4 fields, got ${fields.length}`
      });
      continue;
    }
    const [kindText = '', rawName = '', priceText = '', currencyText = ''] = fields.map((f) =>
      f.trim()
    );
    const kind = kindText.toLowerCase();
    if (kind !== 'servicepack' && kind !== 'addon') {
      issues.push({
        line,
        code: 'kind',
        values: { got: kindText },
        message: `kind must be servicepack or addon, got "${kindText}"`
      });
      continue;
    }
    if (rawName === '') {
      issues.push({ line, code: 'name-empty', message: 'name is empty' });
      continue;
    }
    const code = currencyText.toUpperCase();
    const digits = currencyFractionDigits(code);
    if (digits === null) {
      issues.push({
        line,
        code: 'currency',
        values: { got: currencyText },
        message: `currency "${currencyText}" is not a currency code such as EUR`
      });
      continue;
    }
    if (currency !== null && code !== currency) {
      issues.push({
        line,
        code: 'currency-mixed',
        values: { got: code, currency },
        message: `currency ${code} differs from ${currency}: one currency per price list`
      });
      continue;
    }
    currency ??= code;
    const price = parsePrice(priceText, digits);
    if (typeof price !== 'number') {
      issues.push({ line, ...price });
      continue;
    }
    const key = `${kind}\u0000${rawName}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        line,
        code: 'duplicate',
        values: { kind, name: rawName, line: earlier },
        message: `${kind} "${rawName}" is already priced on line ${earlier}`
      });
      continue;
    }
    seen.set(key, line);
    entries.push({ kind, name: rawName, monthlyPrice: price });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (currency === null)
    return {
      ok: false,
      issues: [
        { line: header.line + 1, code: 'no-lines', message: 'no price lines after the header' }
      ]
    };
  return { ok: true, currency, entries };
}
