/**
 * Lenient zod building blocks for WHMCS replies. WHMCS sends numbers and money as strings
 * (sometimes as numbers), wraps lists as {plural:{singular:[...]}} and sends an empty list as
 * "", [], {} or nothing at all, and uses 0000-00-00 for "no date". These helpers absorb all
 * of that, so the response schemas read like the documentation.
 */
import { z } from 'zod';
import { parseDecimalToMinor } from '../../../../src-shared/money';

/** An id or other scalar that may arrive as string or number; always a string out. */
export const wStr = z.union([z.string(), z.number()]).transform((v) => String(v));

/** A free-text field that may be missing or null; '' out in that case. */
export const wText = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined || typeof v === 'boolean' ? '' : String(v)));

/** An integer counter such as totalresults, "2" or 2. */
export const wInt = z
  .union([z.number().int(), z.string().regex(/^\s*-?\d+\s*$/, 'expected an integer')])
  .transform((v) => Number(v));

/** A decimal amount ("15.95", 15.95, "-10.00") as integer minor units. */
export const wMinor = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const minor = parseDecimalToMinor(v);
  if (minor === null) {
    ctx.addIssue({ code: 'custom', message: `not a decimal amount: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return minor;
});

/** A WHMCS "0"/"1" (or boolean, or number) flag. */
export const wFlag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform(
    (v) =>
      v === true ||
      v === 1 ||
      (typeof v === 'string' && ['1', 'true', 'on', 'yes'].includes(v.trim().toLowerCase()))
  );

const DATE_PART =
  /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

function isNoDate(text: string): boolean {
  return text === '' || text.startsWith('0000-00-00');
}

/** A calendar date; "0000-00-00", "" or missing become null. A datetime keeps only its date. */
export const wDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? '').trim();
    if (isNoDate(text)) return null;
    const match = DATE_PART.exec(text);
    if (!match?.[1]) {
      ctx.addIssue({ code: 'custom', message: `not a date: ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return match[1];
  });

/**
 * A provider timestamp. WHMCS "YYYY-MM-DD HH:MM:SS" is provider-local wall time and becomes
 * "YYYY-MM-DDTHH:MM:SS" with no zone; a zone already present is kept. Empty/zero → null.
 */
export const wDateTime = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? '').trim();
    if (isNoDate(text)) return null;
    const match = DATE_PART.exec(text);
    if (!match?.[1]) {
      ctx.addIssue({ code: 'custom', message: `not a date-time: ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    const time = match[2] ?? '00:00:00';
    return `${match[1]}T${time.length === 5 ? `${time}:00` : time}${match[3] ?? ''}`;
  });

/** A whole UTC hour, given as ISO ("...T09:00:00Z") or WHMCS style ("... 09:00:00"); out as ISO with Z. */
export const wHour = z.string().transform((v, ctx) => {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):00(?::00(?:\.0+)?)?(Z|\+00:?00)?$/.exec(v.trim());
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `not a whole UTC hour: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return `${match[1]}T${match[2]}:00:00Z`;
});

/** Turns every WHMCS spelling of a list into a plain array (the schema still checks items). */
export function unwrapList(value: unknown, singular: string): unknown {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') {
    const inner = (value as Record<string, unknown>)[singular];
    if (inner === undefined || inner === null || inner === '') return [];
    if (Array.isArray(inner)) return inner;
    if (typeof inner === 'object') return [inner];
  }
  return value;
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
    if (v === undefined || v === null || v === '') return [];
    if (!Array.isArray(v)) return v;
    return v
      .flat()
      .filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
  },
  z.array(z.object({ filename: wText, index: wInt }))
);

/** Describes zod issues in one line for a ProtocolError message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
