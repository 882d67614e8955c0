import { describe, expect, it } from 'vitest';
import { BILL_ROUNDING_TOLERANCE_MINOR, billVerdict } from '@shared/bill-verdict';

describe('billVerdict', () => {
  it('calls an invoice that equals the computed month a match', () => {
    expect(billVerdict(0)).toBe('match');
  });

  it('calls up to five minor units either way rounding', () => {
    expect(BILL_ROUNDING_TOLERANCE_MINOR).toBe(5);
    for (const difference of [1, -1, 3, 5, -5]) expect(billVerdict(difference)).toBe('rounding');
  });

  it('calls anything beyond five minor units a difference rounding does not explain', () => {
    for (const difference of [6, -6, 120, -4_000]) expect(billVerdict(difference)).toBe('differs');
  });
});
