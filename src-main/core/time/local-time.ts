/**
 * Local time in the reseller's (or a server's) IANA zone, read from Temporal. Local dates come
 * from the zone's rules, never from adding 24 hours to an instant, so DST days of 23 or 25
 * hours cannot shift a date.
 *
 * Rules, lists and statements ask for the local dates of many instants, so each zone keeps the
 * offset periods (from one transition to the next) Temporal gave it; an instant inside a known
 * period is converted with integer arithmetic.
 */
import { Temporal } from 'temporal-polyfill';
import {
  DAY_MS,
  MINUTE_MS,
  InvalidLocalTimeError,
  calendarDayNumber,
  dateOfDayNumber,
  daysBetween
} from '@shared/calendar';

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const NS_PER_MS = 1_000_000;

/** A local date and the minutes since local midnight. */
export interface LocalDateTime {
  readonly date: string;
  readonly minutes: number;
}

/** A stretch between two of a zone's transitions: one UTC offset throughout. */
interface OffsetPeriod {
  readonly fromMs: number;
  readonly toMs: number;
  readonly offsetMs: number;
}

/** Per zone, the periods read so far in time order, and the one asked for last. */
interface ZonePeriods {
  readonly periods: OffsetPeriod[];
  last: OffsetPeriod;
}

const zones = new Map<string, ZonePeriods>();
const PERIODS_PER_ZONE = 512;

/** The offset period holding `ms`, read from Temporal: the transitions on either side. */
function readPeriod(ms: number, timeZone: string): OffsetPeriod {
  // One nanosecond on, so a transition at `ms` itself counts as the period's start.
  const zoned = Temporal.Instant.fromEpochNanoseconds(
    BigInt(Math.floor(ms)) * 1_000_000n + 1n
  ).toZonedDateTimeISO(timeZone);
  const previous = zoned.getTimeZoneTransition('previous');
  const next = zoned.getTimeZoneTransition('next');
  return {
    fromMs: previous === null ? Number.NEGATIVE_INFINITY : previous.epochMilliseconds,
    toMs: next === null ? Number.POSITIVE_INFINITY : next.epochMilliseconds,
    offsetMs: zoned.offsetNanoseconds / NS_PER_MS
  };
}

function periodAt(ms: number, timeZone: string): OffsetPeriod {
  const known = zones.get(timeZone);
  if (known !== undefined) {
    if (ms >= known.last.fromMs && ms < known.last.toMs) return known.last;
    const { periods } = known;
    let low = 0;
    let high = periods.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((periods[mid] as OffsetPeriod).toMs <= ms) low = mid + 1;
      else high = mid;
    }
    const found = periods[low];
    if (found !== undefined && ms >= found.fromMs) {
      known.last = found;
      return found;
    }
    const period = readPeriod(ms, timeZone);
    if (periods.length >= PERIODS_PER_ZONE) periods.length = 0;
    periods.splice(periods.length === 0 ? 0 : low, 0, period);
    known.last = period;
    return period;
  }
  const period = readPeriod(ms, timeZone);
  zones.set(timeZone, { periods: [period], last: period });
  return period;
}

/** Days since 1970-01-01 of the local date of `ms`, and the local milliseconds since its midnight. */
function localDay(ms: number, timeZone: string): { dayNumber: number; msOfDay: number } {
  const local = ms + periodAt(ms, timeZone).offsetMs;
  const dayNumber = Math.floor(local / DAY_MS);
  return { dayNumber, msOfDay: local - dayNumber * DAY_MS };
}

/** The local date and time of an instant in `timeZone` (throws RangeError for an unknown zone). */
export function localDateTime(now: number, timeZone: string): LocalDateTime {
  const { dayNumber, msOfDay } = localDay(now, timeZone);
  return { date: dateOfDayNumber(dayNumber), minutes: Math.floor(msOfDay / MINUTE_MS) };
}

/** The local calendar date `YYYY-MM-DD` of an instant in `timeZone`. */
export function localDate(now: number, timeZone: string): string {
  return dateOfDayNumber(localDay(now, timeZone).dayNumber);
}

/** The local calendar month `YYYY-MM` of an instant in `timeZone`. */
export function localMonth(now: number, timeZone: string): string {
  return localDate(now, timeZone).slice(0, 7);
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
  if (match === null) throw new InvalidLocalTimeError(`not an HH:MM time: ${clock}`, 'clock');
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The wall time `date` plus `minutes` (which may run past midnight) as a Temporal value. */
function wallTime(date: string, minutes: number): Temporal.PlainDateTime {
  const wall = new Date(calendarDayNumber(date) * DAY_MS + minutes * MINUTE_MS);
  return new Temporal.PlainDateTime(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes()
  );
}

/**
 * The first instant (epoch ms) whose local wall time in `timeZone` is `date` plus `minutes`.
 * When a DST change repeats that time, the earlier instant; when a DST gap skips it, the
 * instant the gap ends.
 */
export function instantOfLocalTime(date: string, minutes: number, timeZone: string): number {
  const wall = wallTime(date, minutes);
  const zoned = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (Temporal.PlainDateTime.compare(zoned.toPlainDateTime(), wall) === 0) {
    return zoned.epochMilliseconds;
  }
  // In a gap 'earlier' lands before the change by the gap's length; the gap ends at the change.
  const change = zoned.getTimeZoneTransition('next');
  return change === null ? zoned.epochMilliseconds : change.epochMilliseconds;
}

/** The instant local day `date` starts in `timeZone` (local midnight, or the end of a gap that skips it). */
export function startOfLocalDay(date: string, timeZone: string): number {
  calendarDayNumber(date);
  return Temporal.PlainDate.from(date).toZonedDateTime(timeZone).epochMilliseconds;
}
