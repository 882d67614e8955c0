/**
 * What a bill check's difference means, as the Usage screen says it: the provider invoiced
 * exactly what Hostdeck computed, a few minor units apart (rounding: the provider rounds each
 * row, Hostdeck the month), or more than rounding explains.
 */

/** Differences up to this many minor units are rounding, not a billing disagreement. */
export const BILL_ROUNDING_TOLERANCE_MINOR = 5;

export type BillVerdict = 'match' | 'rounding' | 'differs';

/** The verdict on `difference` (invoiced − computed, minor units). */
export function billVerdict(difference: number): BillVerdict {
  if (difference === 0) return 'match';
  if (Math.abs(difference) <= BILL_ROUNDING_TOLERANCE_MINOR) return 'rounding';
  return 'differs';
}
