/**
 * The month figures of §3.5–§3.11: rows per (run, pack, price), amounts rounded once per row,
 * the daily breakdown by cumulative rounding, finality and the estimate.
 */
import { prorate } from './money';
import { prepareDataset, runsOf, timelineAsOf } from './runs';
import type { Run, Timeline } from './runs';
import {
  DEFAULT_TIME_ZONE,
  HOUR_MS,
  InvalidLocalTimeError,
  dayIndexOf,
  isoFromHour,
  isoFromMs,
  monthBounds as localMonthBounds,
  monthTable,
  parseInstant
} from '../time';
import type { MonthTable } from '../time';
import { PayuInputError } from './types';
import type { ComputeMonthOptions, PayuDaily, PayuMonth, PayuRow, UsageDataset } from './types';
import { monthWarnings } from './warnings';

export const FREE_HOURS = 48;

interface RowAccumulator {
  readonly run: Run;
  readonly pack: string;
  readonly price: number;
  parent: string | null;
  /** Start of the latest segment seen, so the parent is the last value seen in the month. */
  parentFrom: number;
  activeHours: number;
  firstHour: number;
  lastHour: number;
  /** Slots of the row per local date of the month. */
  readonly perDay: number[];
}

/** Adds the slots [start, end) to a per-day tally, walking day boundaries instead of single hours. */
function tallyDays(table: MonthTable, perDay: number[], start: number, end: number): void {
  let day = dayIndexOf(table, start);
  let cursor = start;
  while (cursor < end) {
    const dayEnd = table.dayStartHours[day + 1] ?? end;
    const stop = Math.min(end, dayEnd);
    perDay[day] = (perDay[day] ?? 0) + (stop - cursor);
    cursor = stop;
    day += 1;
  }
}

function validateOptions(options: ComputeMonthOptions): {
  asOfMs: number;
  freeHours: number;
  timeZone: string;
} {
  const asOfMs = parseInstant(options.asOf);
  if (asOfMs === null)
    throw new PayuInputError(null, 'asOf', `"${options.asOf}" is not an ISO-8601 instant`);
  const freeHours = options.freeHours ?? FREE_HOURS;
  if (!Number.isSafeInteger(freeHours) || freeHours < 1) {
    throw new PayuInputError(
      null,
      'freeHours',
      `must be a whole number >= 1, got ${String(freeHours)}`
    );
  }
  return { asOfMs, freeHours, timeZone: options.timeZone ?? DEFAULT_TIME_ZONE };
}

/** Groups the month's slots of every run into rows keyed by (run, pack, price) (A9, A10). */
function collectRows(table: MonthTable, runs: readonly Run[]): RowAccumulator[] {
  const rows: RowAccumulator[] = [];
  for (const run of runs) {
    if (run.end <= table.startHour || run.start >= table.endHour) continue;
    const byKey = new Map<string, RowAccumulator>();
    for (const segment of run.segments) {
      const start = Math.max(segment.start, table.startHour);
      const end = Math.min(segment.end, table.endHour);
      if (start >= end) continue;
      const key = `${segment.price}\u0000${segment.pack}`;
      let row = byKey.get(key);
      if (row === undefined) {
        row = {
          run,
          pack: segment.pack,
          price: segment.price,
          parent: segment.parent,
          parentFrom: start,
          activeHours: 0,
          firstHour: start,
          lastHour: end - 1,
          perDay: new Array<number>(table.dates.length).fill(0)
        };
        byKey.set(key, row);
        rows.push(row);
      }
      row.activeHours += end - start;
      row.firstHour = Math.min(row.firstHour, start);
      row.lastHour = Math.max(row.lastHour, end - 1);
      if (start >= row.parentFrom) {
        row.parent = segment.parent;
        row.parentFrom = start;
      }
      tallyDays(table, row.perDay, start, end);
    }
  }
  return rows;
}

/** Estimate (§3.10): open runs keep their latest pack and price to the month end and count as charged. */
function estimateAmount(
  table: MonthTable,
  timeline: Timeline | null,
  runs: readonly Run[],
  rows: readonly RowAccumulator[]
): number {
  const hoursInMonth = table.endHour - table.startHour;
  const projected = new Map<string, { price: number; hours: number }>();
  const keyOf = (run: Run, price: number, pack: string): string =>
    `${run.resourceId}\u0000${run.start}\u0000${price}\u0000${pack}`;
  for (const row of rows) {
    if (row.run.status === 'free') continue;
    projected.set(keyOf(row.run, row.price, row.pack), {
      price: row.price,
      hours: row.activeHours
    });
  }
  if (timeline !== null) {
    // Future slots start after the latest known snapshot: the latest state is assumed to persist from there.
    const remaining = Math.max(
      0,
      table.endHour - Math.max(timeline.lastKnown + 1, table.startHour)
    );
    for (const run of runs) {
      const current = run.segments[run.segments.length - 1];
      if (!run.open || current === undefined || remaining === 0) continue;
      const key = keyOf(run, current.price, current.pack);
      const entry = projected.get(key);
      if (entry === undefined) projected.set(key, { price: current.price, hours: remaining });
      else entry.hours += remaining;
    }
  }
  let amount = 0;
  for (const entry of projected.values()) amount += prorate(entry.price, entry.hours, hoursInMonth);
  return amount;
}

function compareRows(a: PayuRow, b: PayuRow): number {
  if (a.resourceId !== b.resourceId) return a.resourceId < b.resourceId ? -1 : 1;
  if (a.runStart !== b.runStart) return a.runStart < b.runStart ? -1 : 1;
  if (a.firstHour !== b.firstHour) return a.firstHour < b.firstHour ? -1 : 1;
  if (a.pack !== b.pack) return a.pack < b.pack ? -1 : 1;
  return a.monthlyPrice - b.monthlyPrice;
}

/** Runs `compute`, turning a month, zone or hour that core/time refused into the engine's input error. */
function asPayuInput<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InvalidLocalTimeError) {
      throw new PayuInputError(null, error.field, error.message);
    }
    throw error;
  }
}

/** The hour-slot table of a local month; a malformed month or unknown zone is a PayuInputError. */
export function payuMonthTable(month: string, timeZone: string = DEFAULT_TIME_ZONE): MonthTable {
  return asPayuInput(() => monthTable(month, timeZone));
}

/** UTC bounds of a local calendar month and its number of hour slots (H_m). */
export function monthBounds(
  month: string,
  timeZone: string = DEFAULT_TIME_ZONE
): ReturnType<typeof localMonthBounds> {
  return asPayuInput(() => localMonthBounds(month, timeZone));
}

/** Computes the PAYU figures of one local month as of a time (spec §3.11). */
export function computeMonth(dataset: UsageDataset, options: ComputeMonthOptions): PayuMonth {
  return asPayuInput(() => computeMonthOf(dataset, options));
}

function computeMonthOf(dataset: UsageDataset, options: ComputeMonthOptions): PayuMonth {
  const { asOfMs, freeHours, timeZone } = validateOptions(options);
  const table = monthTable(options.month, timeZone);
  const hoursInMonth = table.endHour - table.startHour;
  const prepared = prepareDataset(dataset);
  const timeline = timelineAsOf(prepared, asOfMs);
  const runs: Run[] = [];
  if (timeline !== null) {
    for (const [resourceId, intervals] of prepared.byResource) {
      for (const run of runsOf(timeline, resourceId, intervals, freeHours)) {
        // Only runs touching the month or still open (for the estimate) matter here.
        if (run.open || (run.end > table.startHour && run.start < table.endHour)) runs.push(run);
      }
    }
  }
  const accumulators = collectRows(table, runs);
  const dailyHours = new Array<number>(table.dates.length).fill(0);
  const dailyAmount = new Array<number>(table.dates.length).fill(0);
  const billedAccounts = new Set<string>();
  const billedAddons = new Set<string>();
  const packs = new Set<string>();
  let total = 0;
  let pendingHours = 0;
  const rows: PayuRow[] = accumulators.map((row) => {
    const charged = row.run.status === 'charged';
    const billedHours = charged ? row.activeHours : 0;
    const amount = prorate(row.price, billedHours, hoursInMonth);
    let billedDays = 0;
    if (charged) {
      // Cumulative rounding: each day gets R(cum) − R(previous cum), so days add up to the row exactly.
      let cumulative = 0;
      let roundedSoFar = 0;
      row.perDay.forEach((hours, day) => {
        if (hours === 0) return;
        billedDays += 1;
        cumulative += hours;
        const rounded = prorate(row.price, cumulative, hoursInMonth);
        dailyHours[day] = (dailyHours[day] ?? 0) + hours;
        dailyAmount[day] = (dailyAmount[day] ?? 0) + rounded - roundedSoFar;
        roundedSoFar = rounded;
      });
      if (billedHours > 0) {
        (row.run.kind === 'account' ? billedAccounts : billedAddons).add(row.run.resourceId);
        packs.add(row.pack);
      }
    }
    if (row.run.status === 'pending') pendingHours += row.activeHours;
    total += amount;
    return {
      resourceId: row.run.resourceId,
      kind: row.run.kind,
      parentAccountId: row.parent,
      runStart: isoFromHour(row.run.start),
      pack: row.pack,
      monthlyPrice: row.price,
      activeHours: row.activeHours,
      billedHours,
      billedDays,
      amount,
      status: row.run.status,
      firstHour: isoFromHour(row.firstHour),
      lastHour: isoFromHour(row.lastHour)
    };
  });
  rows.sort(compareRows);
  const daily: PayuDaily[] = table.dates.map((date, day) => ({
    date,
    hours: dailyHours[day] ?? 0,
    amount: dailyAmount[day] ?? 0
  }));
  return {
    month: options.month,
    timeZone,
    monthStart: isoFromMs(table.monthStartMs),
    monthEnd: isoFromMs(table.monthEndMs),
    hoursInMonth,
    asOf: options.asOf,
    final: asOfMs >= table.monthEndMs + (freeHours - 1) * HOUR_MS,
    total,
    billedAccounts: billedAccounts.size,
    billedAddons: billedAddons.size,
    packsUsed: [...packs].sort(),
    rows,
    daily,
    estimate: {
      now: options.asOf,
      amount: estimateAmount(table, timeline, runs, accumulators),
      monthToDate: total,
      pendingHours
    },
    warnings: monthWarnings(table, prepared, timeline, runs, asOfMs)
  };
}
