import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyFractionDigits as formatCurrencyDigits } from '@shared/i18n/format';
import {
  currencyFractionDigits,
  hundredthsToMinor,
  moneyToDecimalString,
  parseDecimalToMinor
} from '@shared/money';
import { currencyFractionDigits as priceListDigits } from '@main/core/prices/price-list';
import { currencyDigits as editorCurrencyDigits } from '@renderer/features/prices/price-input';

/** The rule spelled out with BigInt only: half-up on the first dropped digit, away from zero. */
function reference(sign: string, whole: string, fraction: string, digits: number): number | null {
  if (whole === '' && fraction === '') return null;
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  let minor = BigInt(whole || '0') * 10n ** BigInt(digits) + BigInt(kept || '0');
  if (Number(fraction.charAt(digits) || '0') >= 5) minor += 1n;
  const value = Number(sign === '-' ? -minor : minor);
  if (!Number.isSafeInteger(value)) return null;
  return Object.is(value, -0) ? 0 : value;
}

describe('parseDecimalToMinor', () => {
  it('gives the exact half-up minor units of any decimal, short or long', () => {
    const digits = (max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((d) => d.join(''));
    fc.assert(
      fc.property(
        fc.constantFrom('', '+', '-'),
        digits(19),
        digits(6),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (sign, whole, fraction, dot, fractionDigits) => {
          const text = `${sign}${whole}${dot || fraction !== '' ? `.${fraction}` : ''}`;
          expect(parseDecimalToMinor(text, fractionDigits)).toBe(
            reference(sign, whole, fraction, fractionDigits)
          );
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('reads the amounts WHMCS sends', () => {
    expect(parseDecimalToMinor('15.95')).toBe(1595);
    expect(parseDecimalToMinor('-10.00')).toBe(-1000);
    expect(parseDecimalToMinor('11.005')).toBe(1101);
    expect(parseDecimalToMinor('-0.001')).toBe(0);
    expect(parseDecimalToMinor(15.95)).toBe(1595);
    expect(parseDecimalToMinor('99999999999999999.99')).toBeNull();
    expect(parseDecimalToMinor('.')).toBeNull();
  });

  it('reads the usual two-decimal spelling exactly as any other', () => {
    expect(parseDecimalToMinor('-0.00')).toBe(0);
    expect(parseDecimalToMinor('007.99')).toBe(799);
    expect(parseDecimalToMinor('1234567890123.45')).toBe(123456789012345);
    expect(parseDecimalToMinor('-123456789012.45')).toBe(-12345678901245);
    expect(parseDecimalToMinor('12345678901234.56')).toBe(1234567890123456);
    expect(parseDecimalToMinor('-.25')).toBe(-25);
    expect(parseDecimalToMinor('1.2a')).toBeNull();
    expect(parseDecimalToMinor('1-.25')).toBeNull();
    expect(parseDecimalToMinor('7.99', 3)).toBe(7990);
  });
});

describe('currencyFractionDigits', () => {
  it("gives a currency's minor digits, 2 for a malformed code", () => {
    expect(currencyFractionDigits('EUR')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
    expect(currencyFractionDigits('KWD')).toBe(3);
    expect(currencyFractionDigits('E1')).toBe(2);
    // Asked twice, the kept answer is the same.
    expect(currencyFractionDigits('JPY')).toBe(0);
  });

  it('is the one rule: formatting, the price list and its editor all use it', () => {
    expect(formatCurrencyDigits).toBe(currencyFractionDigits);
    expect(editorCurrencyDigits).toBe(currencyFractionDigits);
    expect(priceListDigits('JPY')).toBe(0);
    expect(priceListDigits('eur')).toBeNull();
  });
});

describe('hundredthsToMinor and moneyToDecimalString', () => {
  it("bring an amount read as hundredths to the currency's own minor units, and write it back", () => {
    expect(hundredthsToMinor(1595, 'EUR')).toBe(1595);
    expect(hundredthsToMinor(150_000, 'JPY')).toBe(1500);
    expect(hundredthsToMinor(1250, 'KWD')).toBe(12_500);
    // Half a yen rounds away from zero either way; less than half rounds to nothing.
    expect(hundredthsToMinor(100_050, 'JPY')).toBe(1001);
    expect(hundredthsToMinor(-100_050, 'JPY')).toBe(-1001);
    expect(hundredthsToMinor(-49, 'JPY')).toBe(0);
    expect(moneyToDecimalString({ amountMinor: 1595, currency: 'EUR' })).toBe('15.95');
    expect(moneyToDecimalString({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
    expect(moneyToDecimalString({ amountMinor: -12_500, currency: 'KWD' })).toBe('-12.500');
  });

  it('agree with reading the decimal text in the currency digits, for any two-decimal amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('EUR', 'JPY', 'KWD'),
        (hundredths, currency) => {
          const minor = hundredthsToMinor(hundredths, currency);
          const text = moneyToDecimalString({ amountMinor: hundredths, currency: 'EUR' });
          expect(minor).toBe(parseDecimalToMinor(text, currencyFractionDigits(currency)));
        }
      )
    );
  });
});
