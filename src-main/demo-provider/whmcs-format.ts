/**
 * Wire-format helpers shared by the WHMCS actions: money as decimal strings, the client
 * area's formatted display strings, and the offset paging every list call uses.
 */
import { minorToDecimalString } from '@shared/money';
import type { DemoClient } from './model';

export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** Form fields of one API call (body and query merged, keys as sent). */
export type Params = URLSearchParams;

/** "15.95" — how WHMCS sends every amount. */
export function dec(minor: number): string {
  return minorToDecimalString(minor);
}

/**
 * "€2,645.80 EUR" — the formatted display string WHMCS puts in GetClientsDetails stats
 * (currency format 2: comma thousands, dot decimals, prefix and suffix).
 */
export function display(client: DemoClient, minor: number): string {
  const text = dec(Math.abs(minor));
  const [whole = '0', fraction = '00'] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}${client.currencyPrefix}${grouped}.${fraction}${client.currencySuffix}`;
}

/** WHMCS error envelope (always HTTP 200). */
export function apiError(message: string): JsonObject {
  return { result: 'error', message };
}

/** An integer form field, or `fallback` when absent or not a whole number. */
export function intParam(params: Params, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '' || !/^-?\d+$/.test(raw.trim())) return fallback;
  return Number.parseInt(raw, 10);
}

/**
 * A boolean form field as PHP reads it: absent is null, "" and "0" are false, and every other
 * text is true — "false" included, as on a real WHMCS.
 */
export function boolParam(params: Params, name: string): boolean | null {
  const raw = params.get(name);
  if (raw === null) return null;
  return raw !== '' && raw !== '0';
}

export interface PageWindow {
  readonly start: number;
  readonly limit: number;
}

/** limitstart (default 0) and limitnum (default 25; values below 1 fall back to it). */
export function pageWindow(
  params: Params,
  defaultLimit = 25,
  maxLimit = Number.MAX_SAFE_INTEGER
): PageWindow {
  const start = Math.max(0, intParam(params, 'limitstart', 0));
  const limit = intParam(params, 'limitnum', defaultLimit);
  return { start, limit: Math.min(maxLimit, limit >= 1 ? limit : defaultLimit) };
}

/**
 * Whether two lists hold the same objects in the same places: how a listing kept between
 * pages checks that the data it was made of did not change.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** One page of a list plus the counters WHMCS reports. */
export function pageOf<T>(
  items: readonly T[],
  window: PageWindow
): { readonly slice: readonly T[]; readonly total: number; readonly start: number } {
  const slice = items.slice(window.start, window.start + window.limit);
  return { slice, total: items.length, start: window.start };
}
