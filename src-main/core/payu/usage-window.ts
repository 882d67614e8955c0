/**
 * Reads the slice of the usage cache one month needs, so a year of history is not parsed for
 * every month shown.
 */
import type { DatabaseSync } from 'node:sqlite';
import { hourOf, isoOfHour, readUsage } from '../cache/repositories/usage';
import type { UsageDataset, UsageInterval } from './types';

interface ChainRow {
  resource_id: string;
  start_hour: number;
  end_hour: number;
  kind: string;
  parent_id: string | null;
  pack: string;
  monthly_price: number;
}

/**
 * Loads the month's window of usage: intervals overlapping [fromHour, toHour), plus, for runs
 * already alive at `fromHour`, their earlier intervals (pack changes, hours bridged by missing
 * snapshots), so each row keeps its true `runStart` and an old run is still seen as established.
 */
export function loadUsageWindow(db: DatabaseSync, fromHour: number, toHour: number): UsageDataset {
  const stored = readUsage(db, fromHour, Math.max(fromHour, toHour));
  const intervals: UsageInterval[] = [...stored.intervals];
  const isMissing = db.prepare('SELECT 1 AS x FROM usage_missing_hours WHERE hour = ?');
  const previous = db.prepare(
    'SELECT * FROM usage_intervals WHERE resource_id = ? AND end_hour >= ? AND end_hour <= ? ORDER BY end_hour DESC LIMIT 1'
  );
  let lowest = fromHour;
  const earliest = new Map<string, number>();
  for (const interval of stored.intervals) {
    const start = hourOf(interval.start);
    earliest.set(interval.resourceId, Math.min(earliest.get(interval.resourceId) ?? start, start));
  }
  for (const [resourceId, firstStart] of earliest) {
    let start = firstStart;
    while (start <= fromHour) {
      // A run continues across missing snapshots, so the predecessor may end before a gap.
      let gapStart = start;
      while (isMissing.get(gapStart - 1) !== undefined) gapStart -= 1;
      const row = previous.get(resourceId, gapStart, start) as ChainRow | undefined;
      if (row === undefined || row.start_hour >= start) break;
      intervals.push({
        resourceId,
        kind: row.kind === 'addon' ? 'addon' : 'account',
        parentAccountId: row.parent_id,
        pack: row.pack,
        monthlyPrice: row.monthly_price,
        start: isoOfHour(row.start_hour),
        end: isoOfHour(row.end_hour)
      });
      start = row.start_hour;
      lowest = Math.min(lowest, start);
    }
  }
  const missingHours =
    lowest < fromHour
      ? (
          db
            .prepare(
              'SELECT hour FROM usage_missing_hours WHERE hour >= ? AND hour < ? ORDER BY hour'
            )
            .all(lowest, fromHour) as { hour: number }[]
        ).map((m) => isoOfHour(m.hour))
      : [];
  return {
    firstSnapshot: stored.firstSnapshot,
    lastSnapshot: stored.lastSnapshot,
    missingHours: [...missingHours, ...stored.missingHours],
    intervals
  };
}
