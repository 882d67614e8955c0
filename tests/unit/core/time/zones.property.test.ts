import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOUR_MS,
  MINUTE_MS,
  addCalendarDays,
  instantOfLocalTime,
  localDate,
  localDateTime,
  localMonth,
  monthTable,
  startOfLocalDay
} from '@main/core/time';

/**
 * The Temporal-based engine against an independent oracle: Intl.DateTimeFormat, which reads
 * the same tz database through a different code path.
 */
const ZONES = [
  'Europe/Brussels',
  'America/Los_Angeles',
  'America/New_York',
  'America/Santiago',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Auckland',
  'UTC'
] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The oracle: the local `YYYY-MM-DD` and minutes of an instant, as Intl formats them. */
function intlLocal(ms: number, timeZone: string): { date: string; minutes: number } {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(ms)) parts[part.type] = part.value;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute'])
  };
}

const FROM = Date.parse('2020-01-01T00:00:00Z');
const TO = Date.parse('2032-12-31T00:00:00Z');
const instant = fc
  .integer({ min: FROM / MINUTE_MS, max: TO / MINUTE_MS })
  .map((m) => m * MINUTE_MS);
const zone = fc.constantFrom(...ZONES);

describe('local time against Intl', () => {
  it('gives the same local date and minutes for any instant in any zone', () => {
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 20 }),
        zone,
        (instants, timeZone) => {
          // Several instants per zone in any order, so a remembered span cannot answer for another day.
          for (const ms of instants) {
            expect(localDateTime(ms, timeZone)).toEqual(intlLocal(ms, timeZone));
            expect(localMonth(ms, timeZone)).toBe(intlLocal(ms, timeZone).date.slice(0, 7));
          }
        }
      ),
      { numRuns: 400 }
    );
  });

  it('finds every local day start where the local date changes, a minute before being the day before', () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const date = localDate(ms, timeZone);
        const start = startOfLocalDay(date, timeZone);
        expect(start).toBeLessThanOrEqual(ms);
        expect(localDate(start, timeZone)).toBe(date);
        expect(intlLocal(start - MINUTE_MS, timeZone).date).toBe(addCalendarDays(date, -1));
      }),
      { numRuns: 300 }
    );
  });

  it('maps a wall time back to the first instant showing it, or to the end of the gap that skips it', () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const { date, minutes } = intlLocal(ms, timeZone);
        const found = instantOfLocalTime(date, minutes, timeZone);
        expect(found).toBeLessThanOrEqual(ms);
        expect(intlLocal(found, timeZone)).toEqual({ date, minutes });
        // The first one: a minute earlier the wall clock showed something else.
        expect(intlLocal(found - MINUTE_MS, timeZone)).not.toEqual({ date, minutes });
      }),
      { numRuns: 300 }
    );
  });

  it('dates each hour slot of a month table by its start instant, as Intl does', () => {
    const months = fc
      .record({
        year: fc.integer({ min: 2020, max: 2032 }),
        month: fc.integer({ min: 1, max: 12 })
      })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
    fc.assert(
      fc.property(months, zone, (month, timeZone) => {
        const table = monthTable(month, timeZone);
        table.dates.forEach((date, index) => {
          const first = table.dayStartHours[index] ?? 0;
          const next = table.dayStartHours[index + 1] ?? 0;
          expect(intlLocal(first * HOUR_MS, timeZone).date).toBe(date);
          expect(intlLocal((next - 1) * HOUR_MS, timeZone).date).toBe(date);
        });
        expect(intlLocal(table.monthStartMs - MINUTE_MS, timeZone).date.slice(0, 7)).not.toBe(
          month
        );
        expect(intlLocal(table.monthEndMs, timeZone).date.slice(0, 7)).not.toBe(month);
      }),
      { numRuns: 60 }
    );
  });
});
