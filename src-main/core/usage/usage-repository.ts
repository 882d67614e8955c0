/**
 * Usage storage: presence intervals (resource, pack, price, [start, end) in whole hours),
 * never one row per resource-hour. Windows fetched from the provider are merged in: an
 * interval that continues the stored one (same resource, pack, price and parent, starting
 * where it ended) extends it, so a year of hourly snapshots stays a few rows per resource.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { UsageInterval, UsageWindow } from '@shared/model';
import { getMeta, setMeta } from '../cache/repositories/sync-state';
import { hourOfInstant, isoFromHour } from '../time';
import type { IntervalRow } from './interval-repository';
import {
  countIntervals,
  missingHoursIn,
  prepareExtend,
  startOfMissingRun,
  storedKind
} from './interval-repository';

/** Whole hours since the epoch for an ISO instant on the hour. */
export function hourOf(iso: string): number {
  return hourOfInstant(Date.parse(iso));
}

/** One stored interval row. */
interface StoredRow extends IntervalRow {
  monthly_price: number;
}

function sameAttributes(row: StoredRow, interval: UsageInterval): boolean {
  return (
    row.kind === interval.kind &&
    row.parent_id === interval.parentAccountId &&
    row.pack === interval.pack &&
    row.monthly_price === interval.monthlyPrice
  );
}

/**
 * Merges one page of a usage window. Idempotent: merging the same page twice leaves the same
 * rows. Returns the number of intervals that changed the store. Call inside a transaction.
 */
export function mergeUsageWindow(db: DatabaseSync, window: UsageWindow): number {
  const findTouching = db.prepare(
    'SELECT * FROM usage_intervals WHERE resource_id = ? AND start_hour <= ? AND end_hour >= ? ORDER BY start_hour DESC LIMIT 1'
  );
  const extend = prepareExtend(db, 'usage_intervals');
  const insert = db.prepare(
    'INSERT OR REPLACE INTO usage_intervals (resource_id, start_hour, end_hour, kind, parent_id, pack, monthly_price) VALUES (?, ?, ?, ?, ?, ?, ?)'
  );
  let changed = 0;
  for (const interval of window.intervals) {
    const start = hourOf(interval.start);
    const end = hourOf(interval.end);
    const touching = findTouching.get(interval.resourceId, start, start) as StoredRow | undefined;
    if (touching && sameAttributes(touching, interval)) {
      if (touching.end_hour < end) {
        extend.run(end, touching.resource_id, touching.start_hour);
        changed += 1;
      }
      continue;
    }
    if (touching && touching.end_hour > start) {
      // Conflicting history for an hour we already had: the provider's newer answer wins.
      extend.run(start, touching.resource_id, touching.start_hour);
    }
    insert.run(
      interval.resourceId,
      start,
      end,
      interval.kind,
      interval.parentAccountId,
      interval.pack,
      interval.monthlyPrice
    );
    changed += 1;
  }
  const addMissing = db.prepare('INSERT OR IGNORE INTO usage_missing_hours (hour) VALUES (?)');
  for (const hour of window.missingHours) addMissing.run(hourOf(hour));
  if (window.firstSnapshot) {
    const first = getMeta(db, 'usage.first_snapshot');
    if (!first || hourOf(window.firstSnapshot) < hourOf(first))
      setMeta(db, 'usage.first_snapshot', window.firstSnapshot);
  }
  if (window.lastSnapshot) {
    // The provider's latest snapshot may lie past the window asked for (its clock ahead of
    // ours): only the hours up to the window's end are held, so the next window starts there.
    const held = Math.min(hourOf(window.lastSnapshot), hourOf(window.to) - 1);
    const last = getMeta(db, 'usage.last_snapshot');
    if (!last || held > hourOf(last)) setMeta(db, 'usage.last_snapshot', isoFromHour(held));
  }
  setMeta(db, 'usage.currency', window.currency);
  return changed;
}

/** What the PAYU engine needs: intervals overlapping [fromHour, toHour) plus snapshot coverage. */
export interface StoredUsage {
  readonly currency: string | null;
  readonly firstSnapshot: string | null;
  readonly lastSnapshot: string | null;
  readonly missingHours: readonly string[];
  readonly intervals: readonly UsageInterval[];
}

/** Reads the intervals that overlap [fromHour, toHour). */
export function readUsage(db: DatabaseSync, fromHour: number, toHour: number): StoredUsage {
  const rows = db
    .prepare(
      'SELECT * FROM usage_intervals WHERE end_hour > ? AND start_hour < ? ORDER BY resource_id, start_hour'
    )
    .all(fromHour, toHour) as unknown as StoredRow[];
  return {
    currency: getMeta(db, 'usage.currency'),
    firstSnapshot: getMeta(db, 'usage.first_snapshot'),
    lastSnapshot: getMeta(db, 'usage.last_snapshot'),
    missingHours: readMissingHours(db, fromHour, toHour),
    intervals: rows.map(toInterval)
  };
}

function toInterval(r: StoredRow): UsageInterval {
  return {
    resourceId: r.resource_id,
    kind: storedKind(r.kind),
    parentAccountId: r.parent_id,
    pack: r.pack,
    monthlyPrice: r.monthly_price,
    start: isoFromHour(r.start_hour),
    end: isoFromHour(r.end_hour)
  };
}

/** Missing snapshot hours in [fromHour, toHour), ascending. */
export function readMissingHours(db: DatabaseSync, fromHour: number, toHour: number): string[] {
  return missingHoursIn(db, 'usage_missing_hours', fromHour, toHour).map(isoFromHour);
}

/**
 * The interval of `resourceId` that a run continues from when it reaches `startHour`: the
 * latest one ending at `startHour`, or earlier when only missing snapshot hours lie between.
 * Null when the run starts at `startHour`.
 */
export function readRunPredecessor(
  db: DatabaseSync,
  resourceId: string,
  startHour: number
): UsageInterval | null {
  const gapStart = startOfMissingRun(db, 'usage_missing_hours', startHour);
  const row = db
    .prepare(
      'SELECT * FROM usage_intervals WHERE resource_id = ? AND end_hour >= ? AND end_hour <= ? ORDER BY end_hour DESC LIMIT 1'
    )
    .get(resourceId, gapStart, startHour) as StoredRow | undefined;
  return row && row.start_hour < startHour ? toInterval(row) : null;
}

/** Number of stored intervals (for the storage benchmark and tests). */
export function countUsageIntervals(db: DatabaseSync): number {
  return countIntervals(db, 'usage_intervals');
}
