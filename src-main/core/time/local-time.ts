/**
 * Local time in the reseller's (or a server's) IANA zone, read from Temporal. Local dates come
 * from the zone's rules, never from adding 24 hours to an instant, so DST days of 23 or 25
 * hours cannot shift a date.
 *
 * Rules and alerts ask for the local date of many instants of the same day, so each zone keeps
 * the span of its latest local day whose UTC offset is constant (read once with Temporal);
 * instants inside it are converted with integer arithmetic.
 */
import { Temporal } from 'temporal-polyfill';
import {
  DAY_MS,
  MINUTE_MS,
  InvalidLocalTimeError,
  calendarDayNumber,
  daysBetween
} from '@shared/calendar';

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const NS_PER_MS = 1_000_000;

/** A local date and the minutes since local midnight. */
export interface LocalDateTime {
  readonly date: string;
  readonly minutes: number;
}

/** Part of a local day during which the zone's UTC offset does not change. */
interface OffsetSpan {
  readonly fromMs: number;
  readonly toMs: number;
  readonly offsetMs: number;
  readonly date: string;
  readonly dayNumber: number;
}

const spans = new Map<string, OffsetSpan>();

function zonedAt(ms: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
}

const offsetMsOf = (zoned: Temporal.ZonedDateTime): number => zoned.offsetNanoseconds / NS_PER_MS;

/** The offset span holding `ms`: the whole local day, or the half of a DST day on its side. */
function readSpan(ms: number, timeZone: string): OffsetSpan {
  const zoned = zonedAt(ms, timeZone);
  const day = zoned.toPlainDate();
  const start = day.toZonedDateTime(timeZone);
  const endMs = day.add({ days: 1 }).toZonedDateTime(timeZone).epochMilliseconds;
  const common = { date: day.toString(), dayNumber: calendarDayNumber(day.toString()) };
  const offsetAtStart = offsetMsOf(start);
  if (offsetAtStart === offsetMsOf(zonedAt(endMs - 1, timeZone))) {
    return { fromMs: start.epochMilliseconds, toMs: endMs, offsetMs: offsetAtStart, ...common };
  }
  // A DST day: the change is the first transition after the day starts.
  const changeMs = start.getTimeZoneTransition('next')?.epochMilliseconds ?? endMs;
  return ms < changeMs
    ? { fromMs: start.epochMilliseconds, toMs: changeMs, offsetMs: offsetAtStart, ...common }
    : { fromMs: changeMs, toMs: endMs, offsetMs: offsetMsOf(zoned), ...common };
}

function spanAt(ms: number, timeZone: string): OffsetSpan {
  const cached = spans.get(timeZone);
  if (cached !== undefined && ms >= cached.fromMs && ms < cached.toMs) return cached;
  const span = readSpan(ms, timeZone);
  if (spans.size >= 64) spans.clear();
  spans.set(timeZone, span);
  return span;
}

/** The local date and time of an instant in `timeZone` (throws RangeError for an unknown zone). */
export function localDateTime(now: number, timeZone: string): LocalDateTime {
  const span = spanAt(now, timeZone);
  const minutes = Math.floor((now + span.offsetMs - span.dayNumber * DAY_MS) / MINUTE_MS);
  return { date: span.date, minutes };
}

/** The local calendar date `YYYY-MM-DD` of an instant in `timeZone`. */
export function localDate(now: number, timeZone: string): string {
  return spanAt(now, timeZone).date;
}

/** The local calendar month `YYYY-MM` of an instant in `timeZone`. */
export function localMonth(now: number, timeZone: string): string {
  return spanAt(now, timeZone).date.slice(0, 7);
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
