import { describe, expect, it } from 'vitest';
import { PayuInputError, monthBounds } from '@main/core/usage';
import { account, monthOf, onlyRow, snapshotsFor } from '../usage/helpers';

describe('monthBounds', () => {
  it('counts 743 hour slots in March and 745 in October in Europe/Brussels (DST)', () => {
    expect(monthBounds('2026-03', 'Europe/Brussels')).toEqual({
      monthStart: '2026-02-28T23:00:00Z',
      monthEnd: '2026-03-31T22:00:00Z',
      hoursInMonth: 743
    });
    expect(monthBounds('2026-10', 'Europe/Brussels')).toEqual({
      monthStart: '2026-09-30T22:00:00Z',
      monthEnd: '2026-10-31T23:00:00Z',
      hoursInMonth: 745
    });
  });

  it('counts 696 hours in a leap February and 672 in a common one', () => {
    expect(monthBounds('2028-02', 'Europe/Brussels').hoursInMonth).toBe(696);
    expect(monthBounds('2024-02').hoursInMonth).toBe(696);
    expect(monthBounds('2026-02').hoursInMonth).toBe(672);
  });

  it('counts 720 and 744 hours in months without a DST change', () => {
    expect(monthBounds('2026-04').hoursInMonth).toBe(720);
    expect(monthBounds('2026-01').hoursInMonth).toBe(744);
  });

  it('defaults to Europe/Brussels local months (A7)', () => {
    expect(monthBounds('2026-01').monthStart).toBe('2025-12-31T23:00:00Z');
    expect(monthBounds('2026-01', 'UTC').monthStart).toBe('2026-01-01T00:00:00Z');
  });

  it('follows other zones, e.g. America/New_York switching on its own date', () => {
    expect(monthBounds('2026-03', 'America/New_York')).toEqual({
      monthStart: '2026-03-01T05:00:00Z',
      monthEnd: '2026-04-01T04:00:00Z',
      hoursInMonth: 743
    });
  });

  it('puts the local midnight of a half-hour zone between two slots', () => {
    expect(monthBounds('2026-03', 'Asia/Kolkata')).toEqual({
      monthStart: '2026-02-28T18:30:00Z',
      monthEnd: '2026-03-31T18:30:00Z',
      hoursInMonth: 744
    });
  });

  it('rejects a malformed month and an unknown zone with a PayuInputError naming the field', () => {
    expect(() => monthBounds('2026-13')).toThrow(PayuInputError);
    expect(() => monthBounds('2026-3')).toThrow(/month/);
    try {
      monthBounds('2026-03', 'Mars/Olympus_Mons');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PayuInputError);
      expect((error as PayuInputError).field).toBe('timeZone');
    }
  });
});

describe('local days in the month', () => {
  const fullMarch = snapshotsFor('2026-02-20T00:00:00Z', '2026-04-05T00:00:00Z', [
    { item: account('a', 'basic', 7430), from: '2026-02-21T00:00:00Z', to: '2026-04-04T00:00:00Z' }
  ]);

  it('gives the spring-forward Sunday 23 slots and the other days 24', () => {
    const month = monthOf(fullMarch, '2026-03', '2026-04-05T00:00:00Z');
    expect(month.daily).toHaveLength(31);
    const hours = month.daily.map((d) => d.hours);
    expect(month.daily[28]).toMatchObject({ date: '2026-03-29', hours: 23 });
    expect(hours.filter((h) => h === 24)).toHaveLength(30);
    expect(onlyRow(month, 'a')).toMatchObject({
      activeHours: 743,
      billedHours: 743,
      billedDays: 31,
      amount: 7430
    });
  });

  it('gives the fall-back Sunday 25 slots', () => {
    const october = snapshotsFor('2026-09-20T00:00:00Z', '2026-11-05T00:00:00Z', [
      { item: account('a', 'basic', 745), from: '2026-09-21T00:00:00Z', to: '2026-11-04T00:00:00Z' }
    ]);
    const month = monthOf(october, '2026-10', '2026-11-05T00:00:00Z');
    expect(month.daily[24]).toMatchObject({ date: '2026-10-25', hours: 25, amount: 25 });
    expect(month.hoursInMonth).toBe(745);
    expect(month.total).toBe(745);
  });

  it('assigns a slot to the local date and month of its start instant (23:00Z on 28 Feb is 1 March in Brussels)', () => {
    const snapshots = snapshotsFor('2026-02-20T00:00:00Z', '2026-03-06T00:00:00Z', [
      { item: account('a'), from: '2026-02-21T00:00:00Z', to: '2026-03-05T00:00:00Z' }
    ]);
    const brussels = monthOf(snapshots, '2026-03', '2026-03-06T00:00:00Z');
    const utc = monthOf(snapshots, '2026-03', '2026-03-06T00:00:00Z', 'UTC');
    expect(onlyRow(brussels, 'a').firstHour).toBe('2026-02-28T23:00:00Z');
    expect(onlyRow(utc, 'a').firstHour).toBe('2026-03-01T00:00:00Z');
    expect(onlyRow(brussels, 'a').activeHours - onlyRow(utc, 'a').activeHours).toBe(1);
  });

  it('warns for a zone with a non-whole-hour offset and dates a straddling slot by its start (Asia/Kolkata)', () => {
    const snapshots = snapshotsFor('2026-02-20T00:00:00Z', '2026-03-06T00:00:00Z', [
      { item: account('a'), from: '2026-02-21T00:00:00Z', to: '2026-03-05T00:00:00Z' }
    ]);
    const month = monthOf(snapshots, '2026-03', '2026-03-06T00:00:00Z', 'Asia/Kolkata');
    expect(month.warnings.map((w) => w.code)).toContain('non-whole-hour-zone');
    // 18:00Z is 23:30 local on 28 Feb; 19:00Z is 00:30 local on 1 March, the first slot of March.
    expect(onlyRow(month, 'a').firstHour).toBe('2026-02-28T19:00:00Z');
    expect(month.daily[0]).toMatchObject({ date: '2026-03-01', hours: 24 });
    const brussels = monthOf(snapshots, '2026-03', '2026-03-06T00:00:00Z');
    expect(brussels.warnings.map((w) => w.code)).not.toContain('non-whole-hour-zone');
  });
});
