/**
 * Types of the pay-as-you-use engine (spec: shared/specs/payu.md §3).
 * Money is integer minor units of the reseller's single currency (A17); instants are ISO UTC strings.
 */

export type ResourceKind = 'account' | 'addon';

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
 * A resource present, with the same pack/price/parent, in every available snapshot ts with
 * start <= ts < end. Intervals of one resource never overlap.
 */
export interface UsageInterval {
  readonly resourceId: string;
  readonly kind: ResourceKind;
  readonly parentAccountId: string | null;
  readonly pack: string;
  readonly monthlyPrice: number;
  /** ISO UTC hour, inclusive. */
  readonly start: string;
  /** ISO UTC hour, exclusive. */
  readonly end: string;
}

/** Compact form of a series of snapshots; the cache stores the same shape. */
export interface UsageDataset {
  /** ts of the first available snapshot, inclusive (null when there is none). */
  readonly firstSnapshot: string | null;
  /** ts of the last available snapshot, inclusive. */
  readonly lastSnapshot: string | null;
  /** Hours in [firstSnapshot, lastSnapshot] without a snapshot, ascending. */
  readonly missingHours: readonly string[];
  readonly intervals: readonly UsageInterval[];
}

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

export type RunStatus = 'charged' | 'pending' | 'free';

/** One (resource, run, pack, price) line of a month (§3.5). */
export interface PayuRow {
  readonly resourceId: string;
  readonly kind: ResourceKind;
  readonly parentAccountId: string | null;
  readonly runStart: string;
  readonly pack: string;
  readonly monthlyPrice: number;
  readonly activeHours: number;
  readonly billedHours: number;
  readonly billedDays: number;
  readonly amount: number;
  readonly status: RunStatus;
  readonly firstHour: string;
  readonly lastHour: string;
}

/** Billed hours and amount of one local date of the month (§3.7). */
export interface PayuDaily {
  /** Local date `YYYY-MM-DD` in the month's time zone. */
  readonly date: string;
  readonly hours: number;
  readonly amount: number;
}

/** Projection of the month assuming the latest snapshot persists (§3.10). */
export interface PayuEstimate {
  readonly now: string;
  readonly amount: number;
  readonly monthToDate: number;
  readonly pendingHours: number;
}

export type PayuWarning =
  | {
      readonly code: 'missing-snapshots';
      readonly message: string;
      /** First missing hour, inclusive. */
      readonly from: string;
      /** First hour after the gap, exclusive. */
      readonly to: string;
      readonly hours: number;
    }
  | {
      readonly code: 'hours-without-data';
      readonly message: string;
      readonly from: string;
      readonly to: string;
      readonly hours: number;
    }
  | {
      readonly code: 'established-run';
      readonly message: string;
      readonly resourceId: string;
      readonly runStart: string;
    }
  | {
      readonly code: 'non-whole-hour-zone';
      readonly message: string;
      readonly timeZone: string;
    }
  | {
      readonly code: 'addon-without-parent';
      readonly message: string;
      readonly resourceId: string;
      readonly firstHour: string;
    }
  | {
      readonly code: 'addon-parent-absent';
      readonly message: string;
      readonly resourceId: string;
      readonly parentAccountId: string;
      readonly firstHour: string;
    };

export type PayuWarningCode = PayuWarning['code'];

/** The month object of spec §3.11. */
export interface PayuMonth {
  readonly month: string;
  readonly timeZone: string;
  readonly monthStart: string;
  readonly monthEnd: string;
  readonly hoursInMonth: number;
  readonly asOf: string;
  readonly final: boolean;
  readonly total: number;
  readonly billedAccounts: number;
  readonly billedAddons: number;
  readonly packsUsed: readonly string[];
  readonly rows: readonly PayuRow[];
  readonly daily: readonly PayuDaily[];
  readonly estimate: PayuEstimate;
  readonly warnings: readonly PayuWarning[];
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
