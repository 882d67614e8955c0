/**
 * Calendar arithmetic in the reseller's zone. Local dates come from `Intl`, never from
 * adding 24 hours to an instant, so DST days of 23 or 25 hours cannot shift a date.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Thrown when a calendar date or wall-clock time is not in the expected form. */
export class InvalidLocalTimeError extends Error {
  override readonly name = 'InvalidLocalTimeError';
}

/** A local date and the minutes since local midnight. */
export interface LocalDateTime {
  readonly date: string;
  readonly minutes: number;
}

// Formatters are costly to build and the rules run per domain; memoising keeps them pure.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time of an instant in `timeZone` (throws RangeError for an unknown zone). */
export function localDateTime(now: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return { date, minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** The local calendar date `YYYY-MM-DD` of an instant in `timeZone`. */
export function localDate(now: number, timeZone: string): string {
  return localDateTime(now, timeZone).date;
}

/** Days since 1970-01-01 of a calendar date; throws {@link InvalidLocalTimeError} if malformed. */
export function calendarDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new InvalidLocalTimeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches impossible dates.
  if (new Date(utc).getUTCDate() !== day) throw new InvalidLocalTimeError(`no such date: ${date}`);
  return utc / DAY_MS;
}

/** The calendar date `days` after (or before, if negative) `date`. */
export function addCalendarDays(date: string, days: number): string {
  return new Date((calendarDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return calendarDayNumber(to) - calendarDayNumber(from);
}

/**
 * Whole calendar days between the reseller's local date of `now` and `expiresOn`:
 * 0 on the expiry day, negative once past, `null` without an expiry date.
 */
export function daysLeft(expiresOn: string | null, now: number, timeZone: string): number | null {
  if (expiresOn === null) return null;
  return daysBetween(localDate(now, timeZone), expiresOn);
}

/** Minutes since midnight of a wall-clock time `HH:MM`. */
export function parseClock(clock: string): number {
  const match = CLOCK_PATTERN.exec(clock);
  if (match === null) throw new InvalidLocalTimeError(`not an HH:MM time: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function localKey(minute: number, timeZone: string): number {
  const local = localDateTime(minute * MINUTE_MS, timeZone);
  return calendarDayNumber(local.date) * 1440 + local.minutes;
}

/**
 * The first instant (epoch ms) whose local wall time in `timeZone` is `date` plus `minutes`.
 * When a DST change repeats that time, the earlier instant; when a DST gap skips it, the
 * instant the gap ends.
 */
export function instantOfLocalTime(date: string, minutes: number, timeZone: string): number {
  const target = calendarDayNumber(date) * 1440 + minutes;
  // Read the zone's offset a day either side; at most one DST change lies in between.
  const offsetAt = (minute: number): number => localKey(minute, timeZone) - minute;
  const candidates = [target - offsetAt(target - 1440), target - offsetAt(target + 1440)];
  const exact = candidates.filter((minute) => localKey(minute, timeZone) === target);
  if (exact.length > 0) return Math.min(...exact) * MINUTE_MS;
  // In a gap the two candidates straddle the change and local time rises monotonically
  // between them, so the first minute at or past the target is found by bisection.
  let low = Math.min(...candidates);
  let high = Math.max(...candidates);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (localKey(middle, timeZone) >= target) high = middle;
    else low = middle + 1;
  }
  return low * MINUTE_MS;
}

/** The instant local day `date` starts in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): number {
  return instantOfLocalTime(date, 0, timeZone);
}
