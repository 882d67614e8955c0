/**
 * WHMCS writes its date-times as wall-clock text without a zone ("2026-12-02 10:00:00"), in
 * the time zone its server runs in. The adapter hands out UTC instants instead, so nothing
 * after it has to guess a zone: the screens, the cache's comparisons and the CLI all read
 * one instant.
 */
import { instantOfLocalTime } from '../../time';
import { ProtocolError } from '../errors';

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/;

// A wall time's instant comes from Temporal, slow next to parsing a row; the minutes of one
// page of tickets or invoices repeat, so their instants are remembered (bounded).
const minuteInstants = new Map<string, number>();

function minuteInstant(date: string, minutes: number, timeZone: string): number {
  const key = `${timeZone} ${date} ${minutes}`;
  let instant = minuteInstants.get(key);
  if (instant === undefined) {
    if (minuteInstants.size >= 20_000) minuteInstants.clear();
    instant = instantOfLocalTime(date, minutes, timeZone);
    minuteInstants.set(key, instant);
  }
  return instant;
}

/** An instant as ISO text in UTC to the second ("2026-12-02T09:00:00Z"). */
export function isoSecond(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * The UTC instant of a date-time as the wire schemas give it ("YYYY-MM-DDTHH:MM:SS", with a
 * zone only when the provider sent one). Wall-clock text is read in `serverTimeZone`, the
 * zone of the WHMCS server; a time a DST change repeats is its first occurrence, one a DST
 * gap skips is the instant the gap ends. Null stays null (WHMCS "0000-00-00 00:00:00").
 */
export function utcInstantOf(value: string | null, serverTimeZone: string): string | null {
  if (value === null) return null;
  const wall = WALL_CLOCK.exec(value);
  if (wall === null) {
    // The provider named the zone (REST APIs, "…Z" or "+02:00"): it is only rewritten in UTC.
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new ProtocolError(`Not a date-time: "${value}"`);
    return isoSecond(ms);
  }
  const [, date = '', hours = '0', minutes = '0', seconds = '0'] = wall;
  if (serverTimeZone === 'UTC') return `${value.slice(0, 19)}Z`;
  const startOfMinute = minuteInstant(date, Number(hours) * 60 + Number(minutes), serverTimeZone);
  return isoSecond(startOfMinute + Number(seconds) * 1000);
}
