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
// page of tickets or invoices repeat, so their instants are remembered (bounded), with the
// instant's own minute in ISO text when it starts a UTC minute (any zone of today's tzdb).
interface WallMinute {
  readonly instant: number;
  /** "YYYY-MM-DDTHH:MM" in UTC when `instant` is a whole minute of a four-digit year. */
  readonly utcMinute: string | null;
}

const wallMinutes = new Map<string, WallMinute>();

function wallMinute(date: string, minutes: number, timeZone: string): WallMinute {
  const key = `${timeZone} ${date} ${minutes}`;
  let minute = wallMinutes.get(key);
  if (minute === undefined) {
    if (wallMinutes.size >= 20_000) wallMinutes.clear();
    const instant = instantOfLocalTime(date, minutes, timeZone);
    const iso = new Date(instant).toISOString();
    const whole = instant % 60_000 === 0 && iso.length === 24;
    minute = { instant, utcMinute: whole ? iso.slice(0, 16) : null };
    wallMinutes.set(key, minute);
  }
  return minute;
}

/** "YYYY-MM-DDTHH:MM:SS" by position: "0" for a digit, any other character as itself. */
const WALL_SECOND = '0000-00-00T00:00:00';

/** What WALL_CLOCK matches without a fraction, checked character by character. */
function isWallSecond(text: string): boolean {
  if (text.length !== WALL_SECOND.length) return false;
  for (let i = 0; i < WALL_SECOND.length; i += 1) {
    const c = text.charCodeAt(i);
    const ok = WALL_SECOND[i] === '0' ? c >= 48 && c <= 57 : c === WALL_SECOND.charCodeAt(i);
    if (!ok) return false;
  }
  return true;
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
  // The usual spelling in UTC needs neither the regular expression nor a Date.
  if (serverTimeZone === 'UTC' && isWallSecond(value)) return `${value}Z`;
  const wall = WALL_CLOCK.exec(value);
  if (wall === null) {
    // The provider named the zone (REST APIs, "…Z" or "+02:00"): it is only rewritten in UTC.
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new ProtocolError(`Not a date-time: "${value}"`);
    return isoSecond(ms);
  }
  const [, date = '', hours = '0', minutes = '0', seconds = '0'] = wall;
  if (serverTimeZone === 'UTC') return `${value.slice(0, 19)}Z`;
  const minute = wallMinute(date, Number(hours) * 60 + Number(minutes), serverTimeZone);
  const second = Number(seconds);
  if (minute.utcMinute !== null && second < 60) return `${minute.utcMinute}:${seconds}Z`;
  return isoSecond(minute.instant + second * 1000);
}
