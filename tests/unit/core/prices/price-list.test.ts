import { describe, expect, it } from 'vitest';
import { currencyFractionDigits, parsePrice, parsePriceCsv } from '@main/core/prices/price-list';

const HEADER = 'kind,name,monthly_price,currency';

describe('price list CSV', () => {
  it('reads service packs and add-ons into minor units of the one currency', () => {
    const result = parsePriceCsv(
      [
        HEADER,
        'servicepack,Hosting Basic,4.95,EUR',
        'servicepack,Hosting Pro,12,eur',
        'addon,Dedicated IP,0.5,EUR',
        '"addon","Mail, extra ""pack""",3.00,EUR',
        ''
      ].join('\r\n')
    );
    expect(result).toEqual({
      ok: true,
      currency: 'EUR',
      entries: [
        { kind: 'servicepack', name: 'Hosting Basic', monthlyPrice: 495 },
        { kind: 'servicepack', name: 'Hosting Pro', monthlyPrice: 1200 },
        { kind: 'addon', name: 'Dedicated IP', monthlyPrice: 50 },
        { kind: 'addon', name: 'Mail, extra "pack"', monthlyPrice: 300 }
      ]
    });
  });

  it('names every wrong line by its number and keeps nothing', () => {
    const result = parsePriceCsv(
      [
        HEADER,
        'servicepack,Hosting Basic,4.95,EUR',
        'plan,Hosting Pro,12,EUR',
        'addon,,1,EUR',
        'addon,Dedicated IP,1.999,EUR',
        'addon,Daily backup,-2,EUR',
        'addon,Extra,2,USD',
        'servicepack,Hosting Basic,5,EUR',
        'addon,Too,many,fields,here',
        'addon,Price,twelve,EUR',
        'addon,Coin,1,EURO'
      ].join('\n')
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // Each with a code and its values, for the screen to word in its language.
    expect(result.issues.map((i) => i.code)).toEqual([
      'kind',
      'name-empty',
      'price-decimals',
      'price-not-number',
      'currency-mixed',
      'duplicate',
      'field-count',
      'price-not-number',
      'currency'
    ]);
    expect(result.issues[5]!.values).toMatchObject({ line: 2 });
    expect(result.issues[0]!.message).toMatch(/kind must be servicepack or addon, got "plan"/);
    expect(result.issues[1]!.message).toMatch(/name is empty/);
    expect(result.issues[2]!.message).toMatch(/more than 2 decimals/);
    expect(result.issues[3]!.message).toMatch(/not a plain decimal/);
    expect(result.issues[4]!.message).toMatch(/USD differs from EUR/);
    expect(result.issues[5]!.message).toMatch(/already priced on line 2/);
    expect(result.issues[6]!.message).toMatch(/expected 4 fields, got 5/);
    expect(result.issues[8]!.message).toMatch(/"EURO" is not a currency code/);
  });

  it('counts lines of a quoted multi-line name from where its record starts', () => {
    const result = parsePriceCsv(`${HEADER}\naddon,"two\nlines",1,EUR\naddon,x,bad,EUR\n`);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          line: 4,
          code: 'price-not-number',
          values: expect.any(Object) as object,
          message: expect.stringMatching(/not a plain decimal/) as string
        }
      ]
    });
  });

  it('refuses a wrong header, an empty file and a file without prices', () => {
    expect(parsePriceCsv('name,kind,price,currency\naddon,x,1,EUR')).toEqual({
      ok: false,
      issues: [
        {
          line: 1,
          code: 'header',
          values: expect.any(Object) as object,
          message: expect.stringMatching(/the header must be/) as string
        }
      ]
    });
    expect(parsePriceCsv('')).toEqual({
      ok: false,
      issues: [{ line: 1, code: 'empty', message: 'the file is empty' }]
    });
    expect(parsePriceCsv(`\uFEFF${HEADER}\n`)).toEqual({
      ok: false,
      issues: [{ line: 2, code: 'no-lines', message: 'no price lines after the header' }]
    });
  });

  it('follows the currency: no decimals for yen, three for dinar', () => {
    expect(currencyFractionDigits('JPY')).toBe(0);
    expect(currencyFractionDigits('KWD')).toBe(3);
    expect(currencyFractionDigits('eur')).toBeNull();
    expect(parsePrice('1500', 0)).toBe(1500);
    expect(parsePrice('15.5', 0)).toMatchObject({
      code: 'price-decimals',
      values: { got: '15.5', digits: 0 },
      message: expect.stringMatching(/more than 0 decimals/) as string
    });
    expect(parsePrice('1.234', 3)).toBe(1234);
    expect(parsePriceCsv(`${HEADER}\nservicepack,Basic,980,JPY`)).toMatchObject({
      ok: true,
      currency: 'JPY',
      entries: [{ monthlyPrice: 980 }]
    });
  });
});
