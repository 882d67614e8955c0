/**
 * Hour slots (the PAYU engine's time model, §3.2): a slot is an integer hour number (UTC ms /
 * HOUR_MS). Local days and months come from the zone's rules (local-time.ts, on Temporal),
 * read once per day of a month into a table; the engine's per-hour loops then only compare
 * integers.
 */
import {
  HOUR_MS,
  InvalidLocalTimeError,
  daysInMonth,
  monthKey,
  parseMonthKey
} from '@shared/calendar';
import { SETTINGS_DEFAULTS } from '@shared/contract/settings-defaults';
import { startOfLocalDay } from './local-time';

/** The reseller's zone where none is given: the Time zone setting's default. */
export const DEFAULT_TIME_ZONE: string = SETTINGS_DEFAULTS.timeZone;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO-8601 instant with an explicit offset; null when the text is not one. */
export function parseInstant(text: string): number | null {
  if (!ISO_INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** ISO text of a UTC instant, without milliseconds (`2026-03-01T00:00:00Z`). */
export function isoFromMs(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

/** The hour number of the slot holding an instant. */
export function hourOfInstant(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

const hourTexts = new Map<number, string>();

/** ISO text of an hour number; memoised because rows repeat the same few thousand hours. */
export function isoFromHour(hour: number): string {
  let text = hourTexts.get(hour);
  if (text === undefined) {
    text = isoFromMs(hour * HOUR_MS);
    if (hourTexts.size >= 200_000) hourTexts.clear();
    hourTexts.set(hour, text);
  }
  return text;
}

/**
 * Hour number of an ISO hour written by the engine or a cache; throws
 * {@link InvalidLocalTimeError} naming `field` when it is not a whole hour.
 */
export function hourFromIso(text: string, field: string): number {
  const ms = parseInstant(text);
  if (ms === null || ms % HOUR_MS !== 0) {
    throw new InvalidLocalTimeError(`"${text}" is not an ISO UTC instant on a whole hour`, field);
  }
  return ms / HOUR_MS;
}

/** Hour slots and local dates of one month in one zone. */
export interface MonthTable {
  readonly month: string;
  readonly timeZone: string;
  /** UTC instant of the first local moment of day 1 (local 00:00 where it exists). */
  readonly monthStartMs: number;
  readonly monthEndMs: number;
  /** First hour slot of the month (inclusive) and first of the next month (exclusive). */
  readonly startHour: number;
  readonly endHour: number;
  /** Local dates `YYYY-MM-DD`, in order. */
  readonly dates: readonly string[];
  /** dayStartHours[i] = first slot of dates[i]; one extra entry = endHour. */
  readonly dayStartHours: readonly number[];
  /** True when a local day boundary of the month is not on a whole UTC hour (e.g. Asia/Kolkata). */
  readonly nonWholeHourOffset: boolean;
}

function dayStartIn(timeZone: string, date: string): number {
  try {
    return startOfLocalDay(date, timeZone);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InvalidLocalTimeError(`"${timeZone}" is not a known IANA time zone`, 'timeZone');
  }
}

function buildMonthTable(month: string, timeZone: string): MonthTable {
  const { year, month: m } = parseMonthKey(month);
  const dates: string[] = [];
  const dayStartHours: number[] = [];
  let nonWholeHourOffset = false;
  let monthStartMs = 0;
  for (let day = 1; day <= daysInMonth(year, m); day += 1) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    const startMs = dayStartIn(timeZone, date);
    if (day === 1) monthStartMs = startMs;
    if (startMs % HOUR_MS !== 0) nonWholeHourOffset = true;
    dates.push(date);
    // A slot belongs to the date of its start instant, so a day begins at the first whole hour at or after its start.
    dayStartHours.push(Math.ceil(startMs / HOUR_MS));
  }
  const monthEndMs = dayStartIn(timeZone, `${monthKey(year, m + 1)}-01`);
  if (monthEndMs % HOUR_MS !== 0) nonWholeHourOffset = true;
  const endHour = Math.ceil(monthEndMs / HOUR_MS);
  dayStartHours.push(endHour);
  return {
    month,
    timeZone,
    monthStartMs,
    monthEndMs,
    startHour: dayStartHours[0] ?? endHour,
    endHour,
    dates,
    dayStartHours,
    nonWholeHourOffset
  };
}

const tableCache = new Map<string, MonthTable>();
const TABLE_CACHE_LIMIT = 64;

/**
 * Slot and local-date table of a month; cached because every computation needs one. Throws
 * {@link InvalidLocalTimeError} for a malformed month ('month') or an unknown zone ('timeZone').
 */
export function monthTable(month: string, timeZone: string): MonthTable {
  const key = `${timeZone}|${month}`;
  let table = tableCache.get(key);
  if (table === undefined) {
    table = buildMonthTable(month, timeZone);
    if (tableCache.size >= TABLE_CACHE_LIMIT) tableCache.clear();
    tableCache.set(key, table);
  }
  return table;
}

/** Index of the local date holding an hour slot of the month (binary search over day starts). */
export function dayIndexOf(table: MonthTable, hour: number): number {
  const starts = table.dayStartHours;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= hour) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** UTC bounds of a local calendar month and its number of hour slots (H_m). */
export function monthBounds(
  month: string,
  timeZone: string = DEFAULT_TIME_ZONE
): { readonly monthStart: string; readonly monthEnd: string; readonly hoursInMonth: number } {
  const table = monthTable(month, timeZone);
  return {
    monthStart: isoFromMs(table.monthStartMs),
    monthEnd: isoFromMs(table.monthEndMs),
    hoursInMonth: table.endHour - table.startHour
  };
}
