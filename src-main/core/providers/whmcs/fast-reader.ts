/**
 * WHMCS replies read without zod when they take the usual shape. A full sync of a large
 * reseller reads 20,000 GetInvoice replies and hundreds of listing pages, and zod's generic
 * machinery cost several times the JSON parse of each. Each reader here gives exactly what
 * its schema in ./schemas gives (same keys, same order, same values); whenever a value is
 * anything but the plain spellings it knows, it gives up and the schema decides, so accepted
 * and refused replies, and the refusal's wording, stay the schema's own. The tests hold
 * every reader to its schema for any edit of a real reply and for any value at all.
 */
import type { z } from 'zod';
import { parseDecimalToMinor } from '@shared/money';
import { dateOf, dateTimeOf, isNoValue, megabytesOf, unwrapList } from './wire';

/** Thrown inside a reader for a value it does not read itself. */
const GIVE_UP = Symbol('give up');

/** Reads one value the way a schema of ./wire does, or throws GIVE_UP. */
export type Reader<T> = (value: unknown) => T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A plain JSON object, to be read field by field; anything else gives up. */
export function fields(v: unknown): Record<string, unknown> {
  if (!isPlainObject(v)) throw GIVE_UP;
  return v;
}

/** wStr: a string, or a number as text. */
export const str: Reader<string> = (v) => {
  if (typeof v === 'string') return v;
  if (isFiniteNumber(v)) return String(v);
  throw GIVE_UP;
};

/** wId: a non-empty string without surrounding blanks, or a number. */
export const id: Reader<string> = (v) => {
  if (typeof v === 'string' && v.length > 0 && v.trim() === v) return v;
  if (isFiniteNumber(v)) return String(v);
  throw GIVE_UP;
};

/** wText: missing, null, '', 'null', a boolean → ''; a string or number as text. */
export const text: Reader<string> = (v) => {
  if (v === undefined || v === null || typeof v === 'boolean') return '';
  if (typeof v === 'string') return isNoValue(v) ? '' : v;
  if (isFiniteNumber(v)) return String(v);
  throw GIVE_UP;
};

/** wBody: missing, null, a boolean → ''; a string as is; a number as text. */
export const body: Reader<string> = (v) => {
  if (v === undefined || v === null || typeof v === 'boolean') return '';
  if (typeof v === 'string') return v;
  if (isFiniteNumber(v)) return String(v);
  throw GIVE_UP;
};

const INTEGER = /^\s*-?\d+\s*$/;

/** wCount: absent, null, '' or 'null' → undefined; an integer or integer text → number. */
export const count: Reader<number | undefined> = (v) => {
  if (isNoValue(v)) return undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && INTEGER.test(v)) return Number(v);
  throw GIVE_UP;
};

/** wMinor: a decimal amount (text or number) in minor units. */
export const minor: Reader<number> = (v) => {
  if (typeof v !== 'string' && !isFiniteNumber(v)) throw GIVE_UP;
  const amount = parseDecimalToMinor(v);
  if (amount === null) throw GIVE_UP;
  return amount;
};

/** wMinorOpt: like minor, absent, null, '' or 'null' → undefined. */
export const minorOpt: Reader<number | undefined> = (v) => (isNoValue(v) ? undefined : minor(v));

/** wPrice: like minorOpt, and "-1.00" (billing cycle disabled) → undefined. */
export const price: Reader<number | undefined> = (v) => {
  const amount = minorOpt(v);
  return amount === -100 ? undefined : amount;
};

const TRUE_WORDS: ReadonlySet<string> = new Set(['1', 'true', 'on', 'yes']);

/** wFlag: true/false, 1/0, '1'/'0', 'on'/'yes'…; absent, null, '' or 'null' → null. */
export const flag: Reader<boolean | null> = (v) => {
  if (isNoValue(v)) return null;
  if (typeof v === 'boolean') return v;
  if (isFiniteNumber(v)) return v === 1;
  if (typeof v === 'string') return TRUE_WORDS.has(v.trim().toLowerCase());
  throw GIVE_UP;
};

/** wDate. */
export const date: Reader<string | null> = (v) => {
  if (v !== undefined && v !== null && typeof v !== 'string') throw GIVE_UP;
  const value = dateOf(v);
  if (value === undefined) throw GIVE_UP;
  return value;
};

/** wDateTime. */
export const dateTime: Reader<string | null> = (v) => {
  if (v !== undefined && v !== null && typeof v !== 'string') throw GIVE_UP;
  const value = dateTimeOf(v);
  if (value === undefined) throw GIVE_UP;
  return value;
};

/** schemas' wMegabytes: a non-negative number or numeric text, anything else undefined. */
export const megabytes: Reader<number | undefined> = megabytesOf;

type Shape = Readonly<Record<string, Reader<unknown>>>;
type Read<S extends Shape> = {
  [K in keyof S]: ReturnType<S[K]>;
};

/**
 * z.object over `shape`: its keys in its order, unknown keys dropped; a key whose value reads
 * as undefined is kept only when the reply had it.
 */
export function object<S extends Shape>(shape: S): Reader<Read<S>> {
  const keys = Object.keys(shape);
  return (v) => {
    if (!isPlainObject(v)) throw GIVE_UP;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = shape[key]!(v[key]);
      if (value !== undefined) out[key] = value;
      else if (key in v) out[key] = undefined;
    }
    return out as Read<S>;
  };
}

/** wList: a wrapped WHMCS list in any of its spellings, each item read by `item`. */
export function list<T>(item: Reader<T>, singular: string): Reader<T[]> {
  return (v) => {
    const items = unwrapList(v, singular);
    if (!Array.isArray(items)) throw GIVE_UP;
    const out: T[] = [];
    // Index by index: a hole is read as undefined, as the schema does.
    for (let i = 0; i < items.length; i += 1) out.push(item(items[i]));
    return out;
  };
}

/** `schema.safeParse(json)`, by `fast` when the reply takes the usual shape. */
export function withFastPath<S extends z.ZodType>(
  schema: S,
  fast: Reader<z.output<S>>
): (json: unknown) => ReturnType<S['safeParse']> {
  return (json) => {
    try {
      return { success: true, data: fast(json) } as ReturnType<S['safeParse']>;
    } catch (error) {
      if (error !== GIVE_UP) throw error;
      return schema.safeParse(json) as ReturnType<S['safeParse']>;
    }
  };
}
