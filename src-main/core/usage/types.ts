/**
 * Types of the pay-as-you-use engine (spec: shared/specs/payu.md §3).
 * Money is integer minor units of the reseller's single currency (A17); instants are ISO UTC strings.
 * The month's types (rows, daily, estimate, warnings, the month itself) and the interval are
 * declared once in the model (src-shared/model/usage.ts); the engine's input types live here.
 */
import type {
  PayuDaily,
  PayuMonth,
  PayuRow,
  PayuWarning,
  ResourceKind,
  RunStatus,
  UsageInterval,
  UsageWindow
} from '@shared/model';

export type { PayuDaily, PayuMonth, PayuRow, PayuWarning, ResourceKind, RunStatus, UsageInterval };

/** One resource as seen in one hourly snapshot. */
export interface UsageItem {
  readonly resourceId: string;
  readonly kind: ResourceKind;
  readonly parentAccountId?: string | null;
  readonly pack: string;
  /** Integer minor units per month, >= 0. */
  readonly monthlyPrice: number;
}

/** The provider's image of the reseller account for the hour slot [ts, ts+1h). */
export interface UsageSnapshot {
  /** ISO UTC instant on a whole hour. */
  readonly ts: string;
  readonly items: readonly UsageItem[];
}

/**
 * Compact form of a series of snapshots; the cache stores the same shape. `firstSnapshot` and
 * `lastSnapshot` are inclusive (null when there is none); `missingHours` are the hours between
 * them without a snapshot, ascending.
 */
export type UsageDataset = Pick<
  UsageWindow,
  'firstSnapshot' | 'lastSnapshot' | 'missingHours' | 'intervals'
>;

export interface ComputeMonthOptions {
  /** Local calendar month, `YYYY-MM`. */
  readonly month: string;
  /** ISO instant; only snapshots with ts < asOf are known. */
  readonly asOf: string;
  /** IANA zone of the reseller; default Europe/Brussels. */
  readonly timeZone?: string;
  /** Length from which a run is charged; default 48 (A2). */
  readonly freeHours?: number;
}

/** Bad engine input; names the snapshot (null for options) and the field at fault. */
export class PayuInputError extends Error {
  override readonly name = 'PayuInputError';
  readonly snapshotTs: string | null;
  readonly field: string;

  constructor(snapshotTs: string | null, field: string, message: string) {
    super(
      snapshotTs === null ? `${field}: ${message}` : `snapshot ${snapshotTs}: ${field}: ${message}`
    );
    this.snapshotTs = snapshotTs;
    this.field = field;
  }
}
