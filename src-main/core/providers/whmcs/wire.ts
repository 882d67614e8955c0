/**
 * Lenient zod building blocks for WHMCS replies. WHMCS sends numbers and money as strings
 * (sometimes as numbers), wraps lists as {plural:{singular:[...]}} and sends an empty list as
 * "", [], {} or nothing at all, and uses 0000-00-00 for "no date". These helpers absorb all
 * of that, so the response schemas read like the documentation.
 */
import { z } from 'zod';
import { parseDecimalToMinor } from '@shared/money';
import { daysInMonth } from '../../time';

const NO_VALUE_TEXT = /^\s*(null)?\s*$/;

/** WHMCS spellings of "no value": a missing key, null, "" or the literal string "null". */
export function isNoValue(v: unknown): v is undefined | null | '' | 'null' {
  if (v === undefined || v === null) return true;
  if (typeof v !== 'string') return false;
  // A full sync reads ~1.5 million fields: text starting with a printable ASCII character
  // other than "n" cannot match the pattern, which is tried only on the rest.
  const first = v.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 110) return false;
  return NO_VALUE_TEXT.test(v);
}

/** A status or other scalar that may arrive as string or number; always a string out. */
export const wStr = z.union([z.string(), z.number()]).transform((v) => String(v));

/** A row id, string or number on different servers; never empty (the model needs one). */
export const wId = z
  .union([z.string().trim().min(1, 'expected an id'), z.number()])
  .transform((v) => String(v));

/** A free-text field that may be missing or null ("null" too); '' out in that case. */
export const wText = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => (isNoValue(v) || typeof v === 'boolean' ? '' : String(v)));

/**
 * Text the customer or staff wrote (subjects, messages, descriptions): missing or null is '',
 * but the word "null" someone typed stays.
 */
export const wBody = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined || typeof v === 'boolean' ? '' : String(v)));

/** An integer counter such as totalresults, "2" or 2. */
export const wInt = z
  .union([z.number().int(), z.string().regex(/^\s*-?\d+\s*$/, 'expected an integer')])
  .transform((v) => Number(v));

/** An optional counter: absent, null, "" or "null" are "not given". */
export const wCount = z.preprocess((v) => (isNoValue(v) ? undefined : v), wInt.optional());

/** A decimal amount ("15.95", 15.95, "-10.00", "11.000") as integer minor units. */
export const wMinor = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const minor = parseDecimalToMinor(v);
  if (minor === null) {
    ctx.addIssue({ code: 'custom', message: `not a decimal amount: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return minor;
});

/** An amount that may be absent, null, "" or "null" (undefined out then). */
export const wMinorOpt = z.preprocess((v) => (isNoValue(v) ? undefined : v), wMinor.optional());

/** A price: like wMinorOpt, and WHMCS's "-1.00" (billing cycle disabled) is no price either. */
export const wPrice = wMinorOpt.transform((v) => (v === -100 ? undefined : v));

/** A WHMCS flag: true/false, 1/0, "1"/"0" ("on"/"yes" too); null, "" or "null" → null. */
export const wFlag = z
  .union([z.boolean(), z.number(), z.string(), z.null()])
  .optional()
  .transform((v) =>
    isNoValue(v)
      ? null
      : v === true ||
        v === 1 ||
        (typeof v === 'string' && ['1', 'true', 'on', 'yes'].includes(v.trim().toLowerCase()))
  );

const DATE_PART =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** "0000-00-00…", "", missing, null and "null" mean "no date". */
function isNoDate(text: string): boolean {
  return text === '' || text === 'null' || text.startsWith('0000-00-00');
}

/**
 * A real calendar day and wall time (2026-02-30 or 24:61 are not), so later date maths cannot
 * throw. A part that is not a number (-1 from digitsAt) is refused.
 */
function isRealDayTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number
): boolean {
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    // Every month has 28 days: the calendar is asked only about the days after them.
    (day <= 28 || day <= daysInMonth(year, month)) &&
    hour >= 0 &&
    hour < 24 &&
    minute >= 0 &&
    minute < 60 &&
    second >= 0 &&
    second < 60
  );
}

/** The regular expression's parts (year, month, day, then an optional time) as a real day and time. */
function isRealDate(parts: readonly (string | undefined)[]): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.map((p) =>
    p === undefined ? undefined : Number(p)
  );
  if (year === undefined || month === undefined || day === undefined) return false;
  return isRealDayTime(year, month, day, hour, minute, second);
}

/** The digit at `i` of `text` as a number, or -1. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Digits `from`..`to` (exclusive) as a number, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "YYYY-MM-DD HH:MM:SS" (or with a T) naming a real day and time: exactly what DATE_PART and
 * isRealDate accept in this spelling, checked character by character.
 */
function isPlainWallTime(text: string): boolean {
  if (text.length !== 19) return false;
  const sep = text.charCodeAt(10);
  if (text[4] !== '-' || text[7] !== '-' || (sep !== 32 && sep !== 84)) return false;
  if (text[13] !== ':' || text[16] !== ':') return false;
  return isRealDayTime(
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 7),
    digitsAt(text, 8, 10),
    digitsAt(text, 11, 13),
    digitsAt(text, 14, 16),
    digitsAt(text, 17, 19)
  );
}

function dateMatch(v: string | null | undefined): RegExpExecArray | null | 'none' {
  const text = (v ?? '').trim();
  if (isNoDate(text)) return 'none';
  const match = DATE_PART.exec(text);
  return match && isRealDate(match.slice(1, 7)) ? match : null;
}

/** A calendar date; "0000-00-00", "", null or missing become null. A datetime keeps only its date. */
export const wDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const value = dateOf(v);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a date: ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return value;
  });

/** A disk or bandwidth figure in MB: a non-negative number or numeric text, anything else undefined. */
export function megabytesOf(v: unknown): number | undefined {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)
        ? Number(v)
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * "YYYY-MM-DD" naming a real day: exactly what DATE_PART and isRealDate accept in this
 * spelling, checked character by character.
 */
function isPlainDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  return isRealDayTime(digitsAt(text, 0, 4), digitsAt(text, 5, 7), digitsAt(text, 8, 10), 0, 0, 0);
}

/** What wDate makes of a string, null or missing value; undefined when it refuses it. */
export function dateOf(v: string | null | undefined): string | null | undefined {
  // WHMCS's own spelling, read without the regular expression (a full sync reads ~100,000).
  if (typeof v === 'string' && isPlainDate(v)) return v;
  const match = dateMatch(v);
  if (match === 'none') return null;
  if (match === null) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/**
 * A provider timestamp. WHMCS "YYYY-MM-DD HH:MM:SS" is wall time in the server's zone and
 * becomes "YYYY-MM-DDTHH:MM:SS" with no zone (the normalizers turn it into a UTC instant with
 * that zone, see ./provider-time); a zone already present is kept. Empty/zero → null.
 */
export const wDateTime = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const value = dateTimeOf(v);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a date-time: ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return value;
  });

/** What wDateTime makes of a string, null or missing value; undefined when it refuses it. */
export function dateTimeOf(v: string | null | undefined): string | null | undefined {
  // WHMCS's own spelling, read without the regular expression (a full sync reads 130,000),
  // and its "never" (most invoices' datepaid) without trying it as a time first.
  if (v === '0000-00-00 00:00:00') return null;
  if (typeof v === 'string' && isPlainWallTime(v)) return `${v.slice(0, 10)}T${v.slice(11)}`;
  const match = dateMatch(v);
  if (match === 'none') return null;
  if (match === null) return undefined;
  const time = `${match[4] ?? '00'}:${match[5] ?? '00'}:${match[6] ?? '00'}${match[7] ?? ''}`;
  return `${match[1]}-${match[2]}-${match[3]}T${time}${match[8] ?? ''}`;
}

/** A whole UTC hour, given as ISO ("...T09:00:00Z") or WHMCS style ("... 09:00:00"); out as ISO with Z. */
export const wHour = z.string().transform((v, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):00(?::00(?:\.0+)?)?(Z|\+00:?00)?$/.exec(
    v.trim()
  );
  if (!match || !isRealDate(match.slice(1, 5))) {
    ctx.addIssue({ code: 'custom', message: `not a whole UTC hour: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:00:00Z`;
});

/** Turns every WHMCS spelling of a list into a plain array (the schema still checks items). */
export function unwrapList(value: unknown, singular: string): unknown {
  if (isNoValue(value)) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') {
    const wrapper = value as Record<string, unknown>;
    // A wrapper under another name is not "empty": leave it for the schema to refuse.
    if (!(singular in wrapper)) return Object.keys(wrapper).length === 0 ? [] : value;
    const inner = wrapper[singular];
    if (isNoValue(inner)) return [];
    if (Array.isArray(inner)) return inner;
    if (typeof inner === 'object') return isIndexed(inner) ? Object.values(inner) : [inner];
  }
  return value;
}

/** PHP encodes an array with gaps in its keys as {"0":…,"2":…}: still a list. */
function isIndexed(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
}

/** A wrapped WHMCS list {plural:{singular:[...]}} in any of its empty spellings. */
export function wList<T extends z.ZodType>(item: T, singular: string): z.ZodType<z.output<T>[]> {
  return z.preprocess((v) => unwrapList(v, singular), z.array(item)) as unknown as z.ZodType<
    z.output<T>[]
  >;
}

/** Ticket attachments: [{filename,index}], or [[]] / [] / "" for none. */
export const wAttachments = z.preprocess(
  (v) => {
    if (isNoValue(v)) return [];
    if (!Array.isArray(v)) return v;
    return v
      .flat()
      .filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
  },
  z.array(z.object({ filename: wText, index: wInt.refine((n) => n >= 0, 'negative index') }))
);

/** Describes zod issues in one line for a ProtocolError message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
