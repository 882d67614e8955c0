/**
 * UTC date helpers for the WHMCS wire formats. The demo provider runs its "server clock"
 * in UTC so that generated data does not depend on the host's time zone.
 */

import { DAY_MS, HOUR_MS } from '@shared/calendar';

export const NO_DATE = '0000-00-00';
export const NO_DATETIME = '0000-00-00 00:00:00';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of an instant, in UTC. */
export function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 'YYYY-MM-DD HH:MM:SS' of an instant, in UTC. */
export function ymdhms(ms: number): string {
  const d = new Date(ms);
  return `${ymd(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** ISO hour 'YYYY-MM-DDTHH:00:00Z' of an instant. */
export function isoHour(ms: number): string {
  return `${new Date(floorHour(ms)).toISOString().slice(0, 13)}:00:00Z`;
}

/** Parses 'YYYY-MM-DD' as UTC midnight; null for '0000-00-00' or junk. */
export function parseYmd(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text === NO_DATE) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Start of the UTC day holding `ms`. */
export function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * The provider's calendar day holding `ms` in `timeZone`, as that date's UTC midnight (so
 * `ymd` and day arithmetic apply). Dates such as expiries and due dates are calendar dates:
 * "expires in 1 day" means the day after this one, whatever the hour.
 */
export function calendarDay(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return floorDay(ms);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

/** Start of the UTC hour holding `ms`. */
export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** Adds whole calendar months in UTC (day clamped to the month's length). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
  ).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds()
  );
}

/** Adds whole years to a 'YYYY-MM-DD' date (29 Feb becomes 28 Feb). */
export function addYearsYmd(text: string, years: number): string {
  const ms = parseYmd(text);
  if (ms === null) return text;
  return ymd(addMonths(ms, 12 * years));
}

/** UTC midnight of the first day of the month holding `ms`. */
export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The latest snapshot hour known at `nowMs`: the last whole hour strictly before now, so at
 * 09:00:00 the 08:00 snapshot is the newest and at 09:00:01 the 09:00 one appears.
 */
export function latestSnapshotHour(nowMs: number): number {
  return Math.ceil(nowMs / HOUR_MS) * HOUR_MS - HOUR_MS;
}

/** Parses a strict ISO UTC instant ('2026-11-01T00:00:00Z' or with milliseconds). */
export function parseIsoUtc(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
