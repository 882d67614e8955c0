/**
 * Structured warnings of a month: data the engine had to guess or could not check (§3.1–§3.3).
 */
import { HOUR_MS, isoFromHour } from '../time';
import type { MonthTable } from '../time';
import { knownHulls, nextAvailable } from './runs';
import type { PreparedDataset, Run, Timeline } from './runs';
import type { PayuWarning } from './types';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Month hours before asOf that lie outside the known snapshots (neither billed nor interpolated). */
function uncoveredWarnings(
  table: MonthTable,
  timeline: Timeline | null,
  asOfMs: number
): PayuWarning[] {
  const windowEnd = Math.min(table.endHour, Math.ceil(asOfMs / HOUR_MS));
  const ranges: [number, number][] = [];
  if (timeline === null) ranges.push([table.startHour, windowEnd]);
  else {
    ranges.push([table.startHour, Math.min(windowEnd, timeline.first)]);
    ranges.push([Math.max(table.startHour, timeline.lastKnown + 1), windowEnd]);
  }
  return ranges
    .filter(([from, to]) => from < to)
    .map(([from, to]) => ({
      code: 'hours-without-data' as const,
      message: `No snapshot is known for ${plural(to - from, 'hour')} from ${isoFromHour(from)} to ${isoFromHour(to)}; nothing is counted there`,
      from: isoFromHour(from),
      to: isoFromHour(to),
      hours: to - from
    }));
}

/** One warning per gap of missing snapshots touching the month (A6). */
function gapWarnings(table: MonthTable, timeline: Timeline | null): PayuWarning[] {
  if (timeline === null) return [];
  return timeline.missing
    .filter(([from, to]) => from < table.endHour && to > table.startHour)
    .map(([from, to]) => ({
      code: 'missing-snapshots' as const,
      message: `${plural(to - from, 'snapshot')} missing from ${isoFromHour(from)} to ${isoFromHour(to)}; resources present on both sides are interpolated`,
      from: isoFromHour(from),
      to: isoFromHour(to),
      hours: to - from
    }));
}

/** Add-ons billed on their own although their parent is unknown or absent from the same snapshot (A13). */
function addonWarnings(
  table: MonthTable,
  prepared: PreparedDataset,
  timeline: Timeline | null
): PayuWarning[] {
  if (timeline === null) return [];
  const warnings: PayuWarning[] = [];
  const windowLast = Math.min(table.endHour - 1, timeline.lastKnown);
  const parentHullCache = new Map<string, ReturnType<typeof knownHulls>>();
  for (const [resourceId, intervals] of prepared.byResource) {
    if (intervals[0]?.kind !== 'addon') continue;
    let withoutParent: number | null = null;
    let absent: { hour: number; parent: string } | null = null;
    for (const hull of knownHulls(timeline, intervals)) {
      const from = nextAvailable(timeline, Math.max(hull.start, table.startHour));
      const to = Math.min(hull.last, windowLast);
      if (from > to) continue;
      const parent = hull.interval.parent;
      if (parent === null) {
        withoutParent ??= from;
        continue;
      }
      if (absent !== null) continue;
      let parentHulls = parentHullCache.get(parent);
      if (parentHulls === undefined) {
        parentHulls = knownHulls(timeline, prepared.byResource.get(parent) ?? []);
        parentHullCache.set(parent, parentHulls);
      }
      let cursor = from;
      while (cursor <= to) {
        const at = cursor;
        const cover = parentHulls.find((h) => h.start <= at && at <= h.last);
        if (cover === undefined) {
          absent = { hour: at, parent };
          break;
        }
        cursor = nextAvailable(timeline, cover.last + 1);
      }
    }
    if (withoutParent !== null) {
      warnings.push({
        code: 'addon-without-parent',
        message: `Add-on ${resourceId} has no parentAccountId (first at ${isoFromHour(withoutParent)}); it is billed on its own`,
        resourceId,
        firstHour: isoFromHour(withoutParent)
      });
    }
    if (absent !== null) {
      warnings.push({
        code: 'addon-parent-absent',
        message: `Parent account ${absent.parent} of add-on ${resourceId} is absent from the snapshot at ${isoFromHour(absent.hour)}; the add-on is billed on its own`,
        resourceId,
        parentAccountId: absent.parent,
        firstHour: isoFromHour(absent.hour)
      });
    }
  }
  return warnings;
}

/** All warnings of a month, in a stable order: zone, data coverage, gaps, established runs, add-ons. */
export function monthWarnings(
  table: MonthTable,
  prepared: PreparedDataset,
  timeline: Timeline | null,
  runs: readonly Run[],
  asOfMs: number
): PayuWarning[] {
  const warnings: PayuWarning[] = [];
  if (table.nonWholeHourOffset) {
    warnings.push({
      code: 'non-whole-hour-zone',
      message: `${table.timeZone} has a UTC offset that is not a whole hour: a slot straddling local midnight belongs to the date of its start`,
      timeZone: table.timeZone
    });
  }
  warnings.push(...uncoveredWarnings(table, timeline, asOfMs), ...gapWarnings(table, timeline));
  for (const run of runs) {
    if (!run.established || run.end <= table.startHour || run.start >= table.endHour) continue;
    warnings.push({
      code: 'established-run',
      message: `${run.resourceId} is already present in the first snapshot (${isoFromHour(run.start)}); its start is unknown, so it is treated as charged`,
      resourceId: run.resourceId,
      runStart: isoFromHour(run.start)
    });
  }
  warnings.push(...addonWarnings(table, prepared, timeline));
  return warnings;
}
