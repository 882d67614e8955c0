/**
 * Reads the slice of the usage cache one month needs, so a year of history is not parsed for
 * every month shown.
 */
import type { DatabaseSync } from 'node:sqlite';
import { hourOf, readMissingHours, readRunPredecessor, readUsage } from './usage-repository';
import type { UsageDataset, UsageInterval } from './types';

/**
 * Loads the month's window of usage: intervals overlapping [fromHour, toHour), plus, for runs
 * already alive at `fromHour`, their earlier intervals (pack changes, hours bridged by missing
 * snapshots), so each row keeps its true `runStart` and an old run is still seen as established.
 */
export function loadUsageWindow(db: DatabaseSync, fromHour: number, toHour: number): UsageDataset {
  const stored = readUsage(db, fromHour, Math.max(fromHour, toHour));
  const intervals: UsageInterval[] = [...stored.intervals];
  let lowest = fromHour;
  const earliest = new Map<string, number>();
  for (const interval of stored.intervals) {
    const start = hourOf(interval.start);
    earliest.set(interval.resourceId, Math.min(earliest.get(interval.resourceId) ?? start, start));
  }
  for (const [resourceId, firstStart] of earliest) {
    let start = firstStart;
    while (start <= fromHour) {
      const predecessor = readRunPredecessor(db, resourceId, start);
      if (!predecessor) break;
      intervals.push(predecessor);
      start = hourOf(predecessor.start);
      lowest = Math.min(lowest, start);
    }
  }
  const earlierMissing = lowest < fromHour ? readMissingHours(db, lowest, fromHour) : [];
  return {
    firstSnapshot: stored.firstSnapshot,
    lastSnapshot: stored.lastSnapshot,
    missingHours: [...earlierMissing, ...stored.missingHours],
    intervals
  };
}
