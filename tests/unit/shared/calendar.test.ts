import { describe, expect, it } from 'vitest';
import {
  InvalidLocalTimeError,
  addCalendarDays,
  addMonths,
  calendarDayNumber,
  daysBetween,
  daysInMonth,
  isMonthKey,
  monthDates,
  monthKey,
  monthsEndingWith,
  parseMonthKey
} from '@shared/calendar';

describe('month keys', () => {
  it('adds and subtracts months across year ends', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });

  it('lists the months ending with one, oldest first', () => {
    expect(monthsEndingWith('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsEndingWith('2027-02', 0)).toEqual([]);
  });

  it('rolls months outside 1–12 into other years', () => {
    expect(monthKey(2026, 13)).toBe('2027-01');
    expect(monthKey(2026, 0)).toBe('2025-12');
  });

  it('knows the length and last date of every month, leap Februaries included', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(monthDates('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthDates('2026-04')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
  });

  it('refuses a text that is not YYYY-MM, naming the month', () => {
    expect(isMonthKey('2026-3')).toBe(false);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(parseMonthKey('2026-09')).toEqual({ year: 2026, month: 9 });
    expect(() => addMonths('2026-13', 1)).toThrow(InvalidLocalTimeError);
    try {
      parseMonthKey('03/2026');
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidLocalTimeError).field).toBe('month');
    }
  });
});

describe('calendar dates', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(calendarDayNumber('1970-01-02')).toBe(1);
  });

  it('refuses dates that do not exist', () => {
    expect(() => calendarDayNumber('2026-02-29')).toThrow(InvalidLocalTimeError);
    expect(() => calendarDayNumber('2026-13-01')).toThrow(InvalidLocalTimeError);
    expect(() => calendarDayNumber('2026-00-10')).toThrow(InvalidLocalTimeError);
    expect(calendarDayNumber('2028-02-29')).toBe(calendarDayNumber('2028-03-01') - 1);
  });
});
