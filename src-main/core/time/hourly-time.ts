/**
 * Time model of the engine (§3.2): hour slots are integer hour numbers (UTC ms / 3.6e6); local
 * dates and months come from Intl in the reseller's zone, never from adding hours.
 */
import { PayuInputError } from '../usage/types';

export const HOUR_MS = 3_600_000;
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

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

/** Hour number of an ISO hour written by the engine or a cache; throws when not a whole hour. */
export function hourFromIso(text: string, field: string): number {
  const ms = parseInstant(text);
  if (ms === null || ms % HOUR_MS !== 0) {
    throw new PayuInputError(null, field, `"${text}" is not an ISO UTC instant on a whole hour`);
  }
  return ms / HOUR_MS;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: constructing Intl formatters costs far more than using them. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      });
    } catch {
      throw new PayuInputError(null, 'timeZone', `"${timeZone}" is not a known IANA time zone`);
    }
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** UTC offset in ms at that instant. */
  readonly offsetMs: number;
}

/** Local calendar fields and UTC offset of an instant in a zone. */
function localTime(timeZone: string, ms: number): LocalTime {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second
  );
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    offsetMs: wall - Math.floor(ms / 1000) * 1000
  };
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

function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH.exec(month);
  if (match === null)
    throw new PayuInputError(null, 'month', `"${month}" is not a month of the form YYYY-MM`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Instant at which the local date becomes y-m-d (local midnight, or the DST jump if midnight is skipped). */
function localDayStartMs(timeZone: string, year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month - 1, day);
  // Two fixed-point steps settle the offset; real zones never change offset twice within a day.
  let guess = wall - localTime(timeZone, wall).offsetMs;
  guess = wall - localTime(timeZone, guess).offsetMs;
  const at = localTime(timeZone, guess);
  if (at.year === year && at.month === month && at.day === day) {
    const before = localTime(timeZone, guess - 1000);
    if (before.day !== day) return guess;
  }
  // Midnight does not exist (or the guess landed late): search the hour before for the first local moment of the day.
  let low = guess - 2 * HOUR_MS;
  let high = guess + 2 * HOUR_MS;
  while (high - low > 1000) {
    const mid = Math.floor((low + high) / 2000) * 1000;
    const t = localTime(timeZone, mid);
    const reached =
      t.year > year ||
      (t.year === year && (t.month > month || (t.month === month && t.day >= day)));
    if (reached) high = mid;
    else low = mid;
  }
  return high;
}

const tableCache = new Map<string, MonthTable>();
const TABLE_CACHE_LIMIT = 64;

/** Slot and local-date table of a month; cached because every computeMonth needs one. */
export function monthTable(month: string, timeZone: string): MonthTable {
  const key = `${timeZone}|${month}`;
  const cached = tableCache.get(key);
  if (cached !== undefined) return cached;
  const { year, month: m } = parseMonth(month);
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const dates: string[] = [];
  const dayStartHours: number[] = [];
  let nonWholeHourOffset = false;
  let monthStartMs = 0;
  for (let day = 1; day <= daysInMonth; day += 1) {
    const startMs = localDayStartMs(timeZone, year, m, day);
    if (day === 1) monthStartMs = startMs;
    if (startMs % HOUR_MS !== 0) nonWholeHourOffset = true;
    dates.push(`${month}-${String(day).padStart(2, '0')}`);
    // A slot belongs to the date of its start instant, so a day begins at the first whole hour at or after its start.
    dayStartHours.push(Math.ceil(startMs / HOUR_MS));
  }
  const next = m === 12 ? { year: year + 1, month: 1 } : { year, month: m + 1 };
  const monthEndMs = localDayStartMs(timeZone, next.year, next.month, 1);
  if (monthEndMs % HOUR_MS !== 0) nonWholeHourOffset = true;
  const endHour = Math.ceil(monthEndMs / HOUR_MS);
  dayStartHours.push(endHour);
  const table: MonthTable = {
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
  if (tableCache.size >= TABLE_CACHE_LIMIT) tableCache.clear();
  tableCache.set(key, table);
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
