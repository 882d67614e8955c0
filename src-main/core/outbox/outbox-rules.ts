/**
 * The outbox's rules, as values in and values out: what a failed attempt means for the
 * item and the rest of the queue, when an interrupted attempt may be retried, and what a
 * marker looks like.
 */
import { MINUTE_MS } from '../time';

/**
 * What a failed attempt means:
 * - 'failed': the provider refused this write for good (invalid input, ticket not found);
 *   it will not be sent again unless the user retries it;
 * - 'retry': this item stays queued (a server error); its ticket's later writes wait;
 * - 'stop': the provider cannot be reached or refuses our credentials; the item stays queued
 *   and the flush stops, since every other write would fail the same way.
 */
export type Disposition = 'failed' | 'retry' | 'stop';

const PERMANENT = new Set(['invalid-input', 'not-found', 'unsupported', 'forbidden', 'conflict']);
const UNREACHABLE = new Set(['offline', 'rate-limited', 'auth', 'ip-not-allowed']);

/** The disposition of an error kind (ErrorKind of the contract). */
export function dispositionOf(kind: string): Disposition {
  if (PERMANENT.has(kind)) return 'failed';
  if (UNREACHABLE.has(kind)) return 'stop';
  return 'retry';
}

/**
 * How long after an attempt that may still be in flight at the provider (its sender died,
 * or it timed out) before the marker is looked for and the write possibly sent again: long
 * enough for the provider to have finished or dropped that request.
 */
export const SETTLE_MS = 30_000;

/** A claim older than this is abandoned even if its owner seems alive (a reused process id). */
export const CLAIM_LEASE_MS = 10 * MINUTE_MS;

/**
 * Whether an item whose last attempt began at `lastAttemptAt` may be attempted at `now`.
 * Only attempts that may still be in flight (`settling`) impose a wait.
 */
export function mayAttempt(
  lastAttemptAt: string | null,
  settling: boolean,
  now: number,
  settleMs: number = SETTLE_MS
): boolean {
  if (!settling || lastAttemptAt === null) return true;
  return now >= Date.parse(lastAttemptAt) + settleMs;
}

/** When a settling item may be attempted again (ms since the epoch). */
export function settlesAt(lastAttemptAt: string, settleMs: number = SETTLE_MS): number {
  return Date.parse(lastAttemptAt) + settleMs;
}

const MARKER_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A short marker ("[hd:<marker>]" at the end of the message) from random bytes: 12
 * characters of a 32-letter alphabet without look-alikes (60 bits).
 */
export function markerFromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < 12; i++) out += MARKER_ALPHABET[(bytes[i % bytes.length] ?? 0) % 32];
  return out;
}
