/**
 * What the month object adds when its snapshots are Hostdeck's own record (issue 14): where
 * they come from, since when Hostdeck has been recording, the price list's currency, and
 * every pack or add-on of the month without a price, flagged with a warning each, so an
 * unpriced resource is never silently counted as zero.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { MonthSource, UnpricedPack } from '@shared/contract';
import { recordedGaps, recordingCoverage, unpricedInRange } from './recorded-usage-repository';
import { getMeta } from '../cache/repositories/sync-state';
import { monthTable } from '../time';

/** The month object's fields about its source (payuMonthSchema). */
export interface MonthSourceFacts {
  readonly source: 'provider' | 'hostdeck';
  readonly recordingSince: string | null;
  readonly currency: string | null;
  readonly unpriced: readonly UnpricedPack[];
}

/** A warning per unpriced pack, in the engine's warning shape. */
export interface UnpricedWarning {
  readonly code: 'unpriced-pack';
  readonly message: string;
  readonly kind: 'servicepack' | 'addon';
  readonly name: string;
  readonly resourceIds: readonly string[];
}

/** The source facts of `month` in `timeZone`. */
export function monthSourceFacts(
  db: DatabaseSync,
  month: string,
  timeZone: string
): MonthSourceFacts {
  const { first } = recordingCoverage(db);
  if (first === null)
    return { source: 'provider', recordingSince: null, currency: null, unpriced: [] };
  const table = monthTable(month, timeZone);
  const unpriced = unpricedInRange(db, table.startHour, table.endHour).map((u) => ({
    kind: u.kind,
    name: u.name,
    resourceIds: [...u.resourceIds],
    activeHours: u.activeHours
  }));
  return {
    source: 'hostdeck',
    recordingSince: first,
    currency: getMeta(db, 'prices.currency'),
    unpriced
  };
}

/** The warnings that flag unpriced packs. */
export function unpricedWarnings(facts: MonthSourceFacts): UnpricedWarning[] {
  return facts.unpriced.map((u) => ({
    code: 'unpriced-pack' as const,
    message: `${u.kind === 'servicepack' ? 'Service pack' : 'Add-on'} "${u.name}" has no price in the price list: its ${u.resourceIds.length} resource${u.resourceIds.length === 1 ? '' : 's'} count as 0 until it is priced`,
    kind: u.kind,
    name: u.name,
    resourceIds: u.resourceIds
  }));
}

/**
 * The source of `month` as `usage:get-source` gives it: the facts plus the record's warnings
 * (one `missing-snapshots` per gap of hours without an image touching the month, one
 * `unpriced-pack` per pack without a price).
 */
export function monthSource(db: DatabaseSync, month: string, timeZone: string): MonthSource {
  const facts = monthSourceFacts(db, month, timeZone);
  const { last } = recordingCoverage(db);
  if (facts.source === 'provider')
    return { ...facts, unpriced: [], lastRecorded: null, warnings: [] };
  const table = monthTable(month, timeZone);
  const gaps = recordedGaps(db, table.startHour, table.endHour).map((gap) => ({
    code: 'missing-snapshots',
    message: `${gap.hours} hourly image${gap.hours === 1 ? '' : 's'} missing from ${gap.from} to ${gap.to} (Hostdeck was not running); resources present on both sides are interpolated`,
    ...gap
  }));
  return {
    ...facts,
    unpriced: [...facts.unpriced],
    lastRecorded: last,
    warnings: [
      ...gaps,
      ...unpricedWarnings(facts).map((w) => ({ ...w, resourceIds: [...w.resourceIds] }))
    ]
  };
}

/**
 * The month object with its source facts and unpriced warnings. A report of a provider's
 * usage (no recording) gets `source: 'provider'` only.
 */
export function withSourceFacts<
  R extends {
    readonly month: string;
    readonly timeZone: string;
    readonly warnings: readonly object[];
  }
>(db: DatabaseSync, report: R): R & MonthSourceFacts {
  const facts = monthSourceFacts(db, report.month, report.timeZone);
  if (facts.source === 'provider') return { ...report, ...facts };
  return { ...report, ...facts, warnings: [...report.warnings, ...unpricedWarnings(facts)] };
}
