/**
 * The one place for time: fixed units and zone-free calendar arithmetic (declared in
 * src-shared/calendar.ts so the renderer counts the same way), local time in an IANA zone on
 * Temporal (local-time.ts) and the PAYU engine's hour slots (hourly-time.ts).
 */
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  InvalidLocalTimeError,
  addCalendarDays,
  addMonths,
  calendarDayNumber,
  daysBetween,
  daysInMonth,
  monthsEndingWith
} from '@shared/calendar';
export {
  daysLeft,
  instantOfLocalTime,
  localDate,
  localDateTime,
  localMonth,
  parseClock,
  startOfLocalDay
} from './local-time';
export {
  DEFAULT_TIME_ZONE,
  dayIndexOf,
  hourFromIso,
  hourOfInstant,
  isoFromHour,
  isoFromMs,
  monthBounds,
  monthTable,
  parseInstant
} from './hourly-time';
export type { MonthTable } from './hourly-time';
