/**
 * The price list editor's rules: what the reseller types to minor units and back, and what
 * a save sends.
 */
import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  decimalMark,
  parsePriceText,
  planSave,
  priceText
} from '@renderer/features/prices/price-input';
import { priceList } from '../../combell-fixtures';

describe('a typed monthly price', () => {
  it('becomes minor units of the currency, with a comma or a point as decimal mark', () => {
    expect(parsePriceText('12.50', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parsePriceText(' 12,5 ', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parsePriceText('7', 2)).toEqual({ ok: true, minor: 700 });
    expect(parsePriceText('0.07', 2)).toEqual({ ok: true, minor: 7 });
    expect(parsePriceText('1500', 0)).toEqual({ ok: true, minor: 1500 });
  });

  it('is no price when left empty', () => {
    expect(parsePriceText('  ', 2)).toEqual({ ok: true, minor: null });
  });

  it('refuses more decimals than the currency has, negatives and words, instead of rounding', () => {
    expect(parsePriceText('9.999', 2)).toEqual({
      ok: false,
      problem: { code: 'too-many-decimals', digits: 2 }
    });
    expect(parsePriceText('9.5', 0)).toEqual({ ok: false, problem: { code: 'no-decimals' } });
    expect(parsePriceText('-3', 2).ok).toBe(false);
    expect(parsePriceText('twelve', 2).ok).toBe(false);
    expect(parsePriceText('1.2.3', 2).ok).toBe(false);
  });

  it('shows minor units back as the decimal the input holds', () => {
    expect(priceText(1250, 2)).toBe('12.50');
    expect(priceText(7, 2)).toBe('0.07');
    expect(priceText(1500, 0)).toBe('1500');
    expect(priceText(null, 2)).toBe('');
    // In the locale's decimal mark, which parsePriceText reads back.
    expect(priceText(1250, 2, decimalMark('fr-BE'))).toBe('12,50');
    expect(priceText(1250, 2, decimalMark('nl-BE'))).toBe('12,50');
    expect(priceText(1250, 2, decimalMark('en'))).toBe('12.50');
    expect(parsePriceText(priceText(123456, 2, ','), 2)).toEqual({ ok: true, minor: 123456 });
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });
});

describe('what a save sends', () => {
  it('only the entries whose price changed', () => {
    const edits = new Map([
      ['servicepack:Linux Basic', '5.95'],
      ['servicepack:Linux Pro', '19'],
      ['addon:Extra storage 10 GB', '']
    ]);
    expect(planSave(priceList(), edits, 'EUR')).toEqual({
      ok: true,
      entries: [{ kind: 'servicepack', name: 'Linux Pro', monthlyPrice: 1900 }]
    });
  });

  it('every entry again when the currency changes, each read in the new currency', () => {
    expect(planSave(priceList(), new Map(), 'USD')).toEqual({
      ok: true,
      entries: [
        { kind: 'servicepack', name: 'Linux Basic', monthlyPrice: 595 },
        { kind: 'servicepack', name: 'Linux Pro', monthlyPrice: null },
        { kind: 'addon', name: 'Extra storage 10 GB', monthlyPrice: null }
      ]
    });
  });

  it('nothing, and each unreadable entry named, when one cannot be read', () => {
    const plan = planSave(
      priceList(),
      new Map([
        ['servicepack:Linux Pro', '19'],
        ['addon:Extra storage 10 GB', 'abc']
      ]),
      'EUR'
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect([...plan.problems]).toEqual([['addon:Extra storage 10 GB', { code: 'not-a-number' }]]);
  });
});
