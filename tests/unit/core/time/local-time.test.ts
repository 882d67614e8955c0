import { describe, expect, it } from 'vitest';
import {
  InvalidLocalTimeError,
  addCalendarDays,
  daysBetween,
  daysLeft,
  instantOfLocalTime,
  localDate,
  localDateTime,
  parseClock,
  startOfLocalDay
} from '@main/core/time';

const at = (iso: string): number => Date.parse(iso);

describe('daysLeft', () => {
  it('counts from the reseller local date, not the UTC date, just before midnight UTC in Brussels', () => {
    // 23:30 UTC is already 00:30 on the 23rd in Brussels.
    expect(localDate(at('2026-11-22T23:30:00Z'), 'Europe/Brussels')).toBe('2026-11-23');
    expect(daysLeft('2026-11-24', at('2026-11-22T23:30:00Z'), 'Europe/Brussels')).toBe(1);
    expect(daysLeft('2026-11-24', at('2026-11-22T22:59:00Z'), 'Europe/Brussels')).toBe(2);
  });

  it('counts from the earlier local date in Los Angeles when UTC has already moved on', () => {
    // 07:30 UTC on the 23rd is 23:30 on the 22nd in Los Angeles (PST, UTC-8).
    expect(daysLeft('2026-11-24', at('2026-11-23T07:30:00Z'), 'America/Los_Angeles')).toBe(2);
    expect(daysLeft('2026-11-24', at('2026-11-23T08:00:00Z'), 'America/Los_Angeles')).toBe(1);
  });

  it('is zero on the expiry day, negative after it and null without an expiry date', () => {
    expect(daysLeft('2026-11-22', at('2026-11-22T10:00:00Z'), 'Europe/Brussels')).toBe(0);
    expect(daysLeft('2026-11-20', at('2026-11-22T10:00:00Z'), 'Europe/Brussels')).toBe(-2);
    expect(daysLeft(null, at('2026-11-22T10:00:00Z'), 'Europe/Brussels')).toBeNull();
  });

  it('turns over at local midnight on the short day when Brussels springs forward', () => {
    // 2026-03-29 has 23 hours in Brussels; the 30th starts at 22:00 UTC (CEST, UTC+2).
    expect(daysLeft('2026-03-31', at('2026-03-29T21:59:00Z'), 'Europe/Brussels')).toBe(2);
    expect(daysLeft('2026-03-31', at('2026-03-29T22:00:00Z'), 'Europe/Brussels')).toBe(1);
  });

  it('turns over at local midnight on the long day when Brussels falls back', () => {
    // 2026-10-25 has 25 hours; the 26th starts at 23:00 UTC (CET, UTC+1), not 22:00.
    expect(daysLeft('2026-10-27', at('2026-10-25T22:30:00Z'), 'Europe/Brussels')).toBe(2);
    expect(daysLeft('2026-10-27', at('2026-10-25T23:00:00Z'), 'Europe/Brussels')).toBe(1);
  });

  it('follows the Los Angeles DST change, which falls on other dates than Europe', () => {
    // PDT ends 2026-11-01 at 09:00 UTC; 2026-11-02 starts at 08:00 UTC (PST).
    expect(daysLeft('2026-11-03', at('2026-11-02T07:59:00Z'), 'America/Los_Angeles')).toBe(2);
    expect(daysLeft('2026-11-03', at('2026-11-02T08:00:00Z'), 'America/Los_Angeles')).toBe(1);
  });

  it('rejects a malformed or impossible expiry date', () => {
    expect(() => daysLeft('2026-02-30', at('2026-01-01T00:00:00Z'), 'UTC')).toThrow(
      InvalidLocalTimeError
    );
    expect(() => daysLeft('30/01/2026', at('2026-01-01T00:00:00Z'), 'UTC')).toThrow(
      InvalidLocalTimeError
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('startOfLocalDay and instantOfLocalTime', () => {
  it('finds local midnight on both sides of the Brussels DST changes', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Brussels')).toBe(at('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay('2026-03-30', 'Europe/Brussels')).toBe(at('2026-03-29T22:00:00Z'));
    expect(startOfLocalDay('2026-10-25', 'Europe/Brussels')).toBe(at('2026-10-24T22:00:00Z'));
    expect(startOfLocalDay('2026-10-26', 'Europe/Brussels')).toBe(at('2026-10-25T23:00:00Z'));
  });

  it('reads the new offset from the very instant of a change, whatever was asked before', () => {
    // Amsterdam shares Brussels' rules and is asked nothing else in this file: the first
    // question falls exactly on the spring change, the next ones on either side of it.
    expect(localDateTime(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toEqual({
      date: '2026-03-29',
      minutes: 180
    });
    expect(localDateTime(at('2026-03-29T00:59:00Z'), 'Europe/Amsterdam').minutes).toBe(119);
    expect(localDateTime(at('2026-01-15T12:00:00Z'), 'Europe/Amsterdam').minutes).toBe(13 * 60);
    expect(localDateTime(at('2026-10-25T01:00:00Z'), 'Europe/Amsterdam').minutes).toBe(120);
    expect(localDateTime(at('2026-10-25T00:59:00Z'), 'Europe/Amsterdam').minutes).toBe(179);
  });

  it('returns the end of the gap for a wall time the spring change skips', () => {
    // 02:30 does not exist on 2026-03-29 in Brussels; the clocks jump from 02:00 to 03:00 (01:00 UTC).
    expect(instantOfLocalTime('2026-03-29', parseClock('02:30'), 'Europe/Brussels')).toBe(
      at('2026-03-29T01:00:00Z')
    );
  });

  it('returns the earlier instant for a wall time the autumn change repeats', () => {
    // 02:30 happens twice on 2026-10-25: first at 00:30 UTC (CEST), again at 01:30 UTC (CET).
    expect(instantOfLocalTime('2026-10-25', parseClock('02:30'), 'Europe/Brussels')).toBe(
      at('2026-10-25T00:30:00Z')
    );
  });

  it('rejects a malformed wall-clock time', () => {
    expect(() => parseClock('7:00')).toThrow(InvalidLocalTimeError);
    expect(() => parseClock('24:00')).toThrow(InvalidLocalTimeError);
    expect(parseClock('23:59')).toBe(1439);
  });
});

describe('zones with unusual changes', () => {
  it('follows the half-hour DST of Australia/Lord_Howe', () => {
    // 2026-10-04 02:00 local (+10:30) jumps to 02:30 (+11:00): 15:30 UTC the day before.
    expect(instantOfLocalTime('2026-10-04', parseClock('02:15'), 'Australia/Lord_Howe')).toBe(
      at('2026-10-03T15:30:00Z')
    );
    expect(localDateTime(at('2026-10-03T15:29:00Z'), 'Australia/Lord_Howe')).toEqual({
      date: '2026-10-04',
      minutes: 119
    });
    expect(localDateTime(at('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe')).toEqual({
      date: '2026-10-04',
      minutes: 150
    });
    // 2026-04-05 02:00 local (+11:00) goes back to 01:30 (+10:30): 01:45 happens twice.
    expect(instantOfLocalTime('2026-04-05', parseClock('01:45'), 'Australia/Lord_Howe')).toBe(
      at('2026-04-04T14:45:00Z')
    );
  });

  it('starts a day whose midnight is skipped at the end of the gap (America/Santiago)', () => {
    // Chile springs forward at local midnight: 2026-09-06 starts at 01:00 (-03:00).
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).toBe(at('2026-09-06T04:00:00Z'));
    expect(localDate(at('2026-09-06T03:59:00Z'), 'America/Santiago')).toBe('2026-09-05');
    expect(localDate(at('2026-09-06T04:00:00Z'), 'America/Santiago')).toBe('2026-09-06');
  });

  it('counts the leap day in local dates and day counts', () => {
    expect(localDate(at('2028-02-29T23:30:00Z'), 'Europe/Brussels')).toBe('2028-03-01');
    expect(localDate(at('2028-02-29T23:30:00Z'), 'UTC')).toBe('2028-02-29');
    expect(daysLeft('2028-03-01', at('2028-02-28T12:00:00Z'), 'Europe/Brussels')).toBe(2);
    expect(startOfLocalDay('2028-02-29', 'Europe/Brussels')).toBe(at('2028-02-28T23:00:00Z'));
  });

  it('turns over at local midnight in New York on the day it springs forward', () => {
    // 2026-03-08 has 23 hours in New York; the 9th starts at 04:00 UTC (EDT).
    expect(startOfLocalDay('2026-03-09', 'America/New_York')).toBe(at('2026-03-09T04:00:00Z'));
    expect(localDateTime(at('2026-03-08T07:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-08',
      minutes: 180
    });
  });

  it('refuses an unknown zone', () => {
    expect(() => localDate(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
