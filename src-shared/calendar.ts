/**
 * Zone-free calendar arithmetic: fixed time units, calendar dates `YYYY-MM-DD` and month keys
 * `YYYY-MM`. Shared so the renderer and core count days and months the same way; anything
 * that depends on a time zone (local dates of instants, local midnights, DST) lives in
 * `src-main/core/time`, which re-exports this file.
 *
 * Dates and months are plain integers here (days since 1970-01-01, months since year 0), so
 * no zone and no DST can shift them. A local day is not always `DAY_MS` long.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A month key `YYYY-MM` (the contract's month fields are validated with it). */
export const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Thrown when a calendar date, month, wall-clock time or zone is not in the expected form. */
export class InvalidLocalTimeError extends Error {
  override readonly name = 'InvalidLocalTimeError';
  /** The kind of value that was refused: 'date', 'month', 'clock', 'timeZone' or a caller's field. */
  readonly field: string;

  constructor(message: string, field = 'date') {
    super(message);
    this.field = field;
  }
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** Year and month (1–12) of a `YYYY-MM` key; throws {@link InvalidLocalTimeError} otherwise. */
export function parseMonthKey(month: string): { readonly year: number; readonly month: number } {
  const match = MONTH_KEY_PATTERN.exec(month);
  if (match === null) {
    throw new InvalidLocalTimeError(`"${month}" is not a month of the form YYYY-MM`, 'month');
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Whether a text is a `YYYY-MM` month key. */
export function isMonthKey(text: string): boolean {
  return MONTH_KEY_PATTERN.test(text);
}

/** The `YYYY-MM` key of a year and a month; months outside 1–12 roll into other years. */
export function monthKey(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${pad2(index - y * 12 + 1)}`;
}

/** `YYYY-MM` plus `delta` months (negative goes back). */
export function addMonths(month: string, delta: number): string {
  const { year, month: m } = parseMonthKey(month);
  return monthKey(year, m + delta);
}

/** The `count` months ending with `lastMonth`, oldest first. */
export function monthsEndingWith(lastMonth: string, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) months.push(addMonths(lastMonth, -back));
  return months;
}

/** Days in a month (28–31); `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last calendar dates `YYYY-MM-DD` of a month key. */
export function monthDates(month: string): { readonly first: string; readonly last: string } {
  const { year, month: m } = parseMonthKey(month);
  return { first: `${month}-01`, last: `${month}-${pad2(daysInMonth(year, m))}` };
}

/** Days since 1970-01-01 of a calendar date; throws {@link InvalidLocalTimeError} if malformed. */
export function calendarDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new InvalidLocalTimeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidLocalTimeError(`no such date: ${date}`);
  }
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The calendar date `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date `days` after (or before, if negative) `date`. */
export function addCalendarDays(date: string, days: number): string {
  return dateOfDayNumber(calendarDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return calendarDayNumber(to) - calendarDayNumber(from);
}
