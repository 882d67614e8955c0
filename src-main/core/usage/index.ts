/**
 * Pay-as-you-use engine (spec: shared/specs/payu.md): snapshots → compact dataset → month figures.
 */
export { computeMonth, FREE_HOURS, monthBounds, payuMonthTable } from './compute-month';
export { createDatasetBuilder, parseUsageSnapshot, snapshotsToDataset } from './dataset';
export { prorate } from './money';
export { PayuInputError } from './types';
export type {
  ComputeMonthOptions,
  PayuMonth,
  PayuRow,
  UsageDataset,
  UsageInterval,
  UsageItem,
  UsageSnapshot
} from './types';
