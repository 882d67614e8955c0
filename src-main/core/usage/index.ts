/**
 * Pay-as-you-use engine (spec: shared/specs/payu.md): snapshots → compact dataset → month figures.
 */
export { computeMonth, FREE_HOURS, monthBounds, payuMonthTable } from './compute-month';
export { createDatasetBuilder, parseUsageSnapshot, snapshotsToDataset } from './dataset';
export type { DatasetBuilder } from './dataset';
export { prorate } from './money';
export { DEFAULT_TIME_ZONE } from '../time';
export { PayuInputError } from './types';
export type {
  ComputeMonthOptions,
  PayuDaily,
  PayuMonth,
  PayuRow,
  PayuWarning,
  ResourceKind,
  RunStatus,
  UsageDataset,
  UsageInterval,
  UsageItem,
  UsageSnapshot
} from './types';
