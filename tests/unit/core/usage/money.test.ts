import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prorate } from '@main/core/usage';

describe('prorate (R(P·h, H_m) half up)', () => {
  it('rounds 1200 × 100 / 720 = 166.67 up to 167', () => {
    expect(prorate(1200, 100, 720)).toBe(167);
  });

  it('rounds an exact half up: 1500 × 6 / 720 = 12.5 gives 13, not the banker 12', () => {
    expect(prorate(1500, 6, 720)).toBe(13);
  });

  it('rounds below a half down: 1000 × 1 / 743 = 1.35 gives 1', () => {
    expect(prorate(1000, 1, 743)).toBe(1);
  });

  it('gives exactly the monthly price for a full month and 0 for no hours', () => {
    expect(prorate(9999, 745, 745)).toBe(9999);
    expect(prorate(9999, 0, 745)).toBe(0);
  });

  it('stays exact beyond 2^53 by switching to BigInt', () => {
    const price = Number.MAX_SAFE_INTEGER;
    expect(prorate(price, 744, 744)).toBe(price);
    expect(prorate(price, 372, 744)).toBe(Number((BigInt(price) + 1n) / 2n));
  });

  it('agrees with the BigInt formula floor((2n + d) / 2d) for any price and hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 745 }),
        fc.constantFrom(672, 696, 720, 743, 744, 745),
        (price, hours, h) => {
          const expected = (2n * BigInt(price) * BigInt(hours) + BigInt(h)) / (2n * BigInt(h));
          expect(prorate(price, hours, h)).toBe(Number(expected));
        }
      )
    );
  });
});
