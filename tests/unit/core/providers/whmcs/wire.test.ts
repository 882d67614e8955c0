import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dateOf,
  dateTimeOf,
  isNoValue,
  unwrapList,
  wAttachments,
  wDate,
  wDateTime,
  wFlag,
  wHour,
  wInt,
  wList,
  wMinor
} from '@main/core/providers/whmcs/wire';

describe('WHMCS wire helpers', () => {
  it('coerces counters sent as strings or numbers', () => {
    expect(wInt.parse('2')).toBe(2);
    expect(wInt.parse(2)).toBe(2);
    expect(wInt.safeParse('two').success).toBe(false);
  });

  it('parses money strings and numbers to minor units without floats', () => {
    expect(wMinor.parse('15.95')).toBe(1595);
    expect(wMinor.parse(15.95)).toBe(1595);
    expect(wMinor.parse('-10.00')).toBe(-1000);
    expect(wMinor.safeParse('$15.95 USD').success).toBe(false);
  });

  it('turns 0000-00-00 and empty dates into null and drops the time of a date field', () => {
    expect(wDate.parse('0000-00-00')).toBeNull();
    expect(wDate.parse('')).toBeNull();
    expect(wDate.parse(null)).toBeNull();
    expect(wDate.parse('2026-01-31 23:10:00')).toBe('2026-01-31');
    expect(wDate.safeParse('31/01/2026').success).toBe(false);
  });

  it('keeps WHMCS local datetimes as zone-less ISO and keeps a zone that was sent', () => {
    expect(wDateTime.parse('0000-00-00 00:00:00')).toBeNull();
    expect(wDateTime.parse('2026-01-01 06:26:29')).toBe('2026-01-01T06:26:29');
    expect(wDateTime.parse('2026-01-01')).toBe('2026-01-01T00:00:00');
    expect(wDateTime.parse('2026-01-01T06:26:29Z')).toBe('2026-01-01T06:26:29Z');
  });

  it('reads a WHMCS date-time only when it names a real day and time', () => {
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    for (const year of [1, 1900, 2000, 2023, 2024, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        const days =
          month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
        for (let day = 0; day <= 32; day += 1) {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const real = days > 0 && day >= 1 && day <= days;
          for (const [time, ok] of [
            ['00:00:00', true],
            ['23:59:59', true],
            ['24:00:00', false],
            ['12:60:00', false],
            ['12:00:60', false]
          ] as const) {
            for (const sep of [' ', 'T']) {
              expect(dateTimeOf(`${date}${sep}${time}`), `${date}${sep}${time}`).toBe(
                real && ok ? `${date}T${time}` : undefined
              );
            }
          }
        }
      }
    }
    expect(dateTimeOf('0000-00-00 00:00:00')).toBeNull();
    expect(dateTimeOf('0000-01-01 00:00:00')).toBeUndefined();
    expect(dateTimeOf(' 2026-01-01 06:26:29 ')).toBe('2026-01-01T06:26:29');
    expect(dateTimeOf('2026-01-01 06:26:2x')).toBeUndefined();
    expect(dateTimeOf('2026/01/01 06:26:29')).toBeUndefined();
    expect(dateTimeOf('2026-01-01_06:26:29')).toBeUndefined();
    expect(dateTimeOf('+026-01-01 06:26:29')).toBeUndefined();
  });

  it('reads a WHMCS date only when it names a real day', () => {
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    for (const year of [1, 1900, 2000, 2023, 2024, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        const days =
          month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
        for (let day = 0; day <= 32; day += 1) {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const real = days > 0 && day >= 1 && day <= days;
          expect(dateOf(date), date).toBe(real ? date : undefined);
          expect(dateOf(` ${date} `), date).toBe(real ? date : undefined);
        }
      }
    }
    expect(dateOf('0000-00-00')).toBeNull();
    expect(dateOf('0000-01-01')).toBeUndefined();
    expect(dateOf('2026-01-0x')).toBeUndefined();
    expect(dateOf('2026/01/01')).toBeUndefined();
    expect(dateOf('+026-01-01')).toBeUndefined();
  });

  it('reads blank text and the word null as no value, and nothing else', () => {
    for (const none of [undefined, null, '', ' ', '\t\n', 'null', ' null ', '\u00a0null\u00a0'])
      expect(isNoValue(none), JSON.stringify(none)).toBe(true);
    for (const some of [0, false, 'Null', 'nul', 'nulls', 'n', '0', 'x', ' x', '\u00a0x', '-'])
      expect(isNoValue(some), JSON.stringify(some)).toBe(false);
  });

  it('accepts whole UTC hours in ISO or WHMCS spelling and rejects others', () => {
    expect(wHour.parse('2026-11-05 10:00:00')).toBe('2026-11-05T10:00:00Z');
    expect(wHour.parse('2026-11-05T10:00:00.000Z')).toBe('2026-11-05T10:00:00Z');
    expect(wHour.safeParse('2026-11-05T10:30:00Z').success).toBe(false);
    expect(wHour.safeParse('2026-11-05T10:00:00+02:00').success).toBe(false);
  });

  it('reads "0"/"1", numbers and booleans as flags', () => {
    expect([
      wFlag.parse('0'),
      wFlag.parse('1'),
      wFlag.parse(1),
      wFlag.parse(false),
      wFlag.parse('on')
    ]).toEqual([false, true, true, false, true]);
  });

  it('unwraps every spelling of a WHMCS list', () => {
    const list = wList(z.object({ id: z.string() }), 'item');
    expect(list.parse('')).toEqual([]);
    expect(list.parse(undefined)).toEqual([]);
    expect(list.parse([])).toEqual([]);
    expect(list.parse({})).toEqual([]);
    expect(list.parse({ item: '' })).toEqual([]);
    expect(list.parse({ item: { id: 'a' } })).toEqual([{ id: 'a' }]);
    expect(list.parse({ item: [{ id: 'a' }, { id: 'b' }] })).toHaveLength(2);
    expect(unwrapList(42, 'item')).toBe(42);
  });

  it('reads [[]] as no attachments', () => {
    expect(wAttachments.parse([[]])).toEqual([]);
    expect(wAttachments.parse('')).toEqual([]);
    expect(wAttachments.parse([{ filename: 'a.png', index: '1' }])).toEqual([
      { filename: 'a.png', index: 1 }
    ]);
  });
});
