/**
 * From a dataset to runs (§3.3, §3.4): known hours as of a time, interpolation across missing
 * snapshots, maximal runs per resource and their charged / pending / free status.
 */
import { HOUR_MS, hourFromIso } from '../time';
import { PayuInputError } from './types';
import type { ResourceKind, RunStatus, UsageDataset } from './types';

/** An interval in hour numbers; end is exclusive. */
export interface HourInterval {
  readonly kind: ResourceKind;
  readonly parent: string | null;
  readonly pack: string;
  readonly price: number;
  readonly start: number;
  readonly end: number;
}

/** A dataset parsed once into hour numbers, intervals grouped per resource and sorted. */
export interface PreparedDataset {
  readonly first: number | null;
  readonly last: number | null;
  /** Maximal ranges [start, end) of missing hours, ascending. */
  readonly missing: readonly (readonly [number, number])[];
  readonly byResource: ReadonlyMap<string, readonly HourInterval[]>;
}

const preparedCache = new WeakMap<UsageDataset, PreparedDataset>();

/** Parses a dataset into hour numbers; memoised per dataset object since every month needs it. */
export function prepareDataset(dataset: UsageDataset): PreparedDataset {
  const cached = preparedCache.get(dataset);
  if (cached !== undefined) return cached;
  const first =
    dataset.firstSnapshot === null ? null : hourFromIso(dataset.firstSnapshot, 'firstSnapshot');
  const last =
    dataset.lastSnapshot === null ? null : hourFromIso(dataset.lastSnapshot, 'lastSnapshot');
  const missing: [number, number][] = [];
  let previousMissing = Number.NEGATIVE_INFINITY;
  for (const iso of dataset.missingHours) {
    const hour = hourFromIso(iso, 'missingHours');
    if (hour <= previousMissing)
      throw new PayuInputError(null, 'missingHours', 'must be ascending and distinct');
    const lastRange = missing[missing.length - 1];
    if (lastRange !== undefined && lastRange[1] === hour) lastRange[1] = hour + 1;
    else missing.push([hour, hour + 1]);
    previousMissing = hour;
  }
  const byResource = new Map<string, HourInterval[]>();
  for (const interval of dataset.intervals) {
    const parsed: HourInterval = {
      kind: interval.kind,
      parent: interval.parentAccountId,
      pack: interval.pack,
      price: interval.monthlyPrice,
      start: hourFromIso(interval.start, 'intervals.start'),
      end: hourFromIso(interval.end, 'intervals.end')
    };
    const list = byResource.get(interval.resourceId);
    if (list === undefined) byResource.set(interval.resourceId, [parsed]);
    else list.push(parsed);
  }
  for (const [resourceId, list] of byResource) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i += 1) {
      const a = list[i - 1];
      const b = list[i];
      if (a !== undefined && b !== undefined && (b.start < a.end || b.kind !== a.kind)) {
        throw new PayuInputError(
          null,
          'intervals',
          `intervals of ${resourceId} overlap or change kind`
        );
      }
    }
  }
  const prepared: PreparedDataset = { first, last, missing, byResource };
  preparedCache.set(dataset, prepared);
  return prepared;
}

/** What is known as of a time: available hours are [first, lastKnown] minus the missing ranges. */
export interface Timeline {
  readonly first: number;
  /** Latest available snapshot with ts < asOf. */
  readonly lastKnown: number;
  readonly missing: readonly (readonly [number, number])[];
}

function rangeContaining(
  missing: readonly (readonly [number, number])[],
  hour: number
): readonly [number, number] | null {
  let low = 0;
  let high = missing.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = missing[mid];
    if (range === undefined) break;
    if (hour < range[0]) high = mid - 1;
    else if (hour >= range[1]) low = mid + 1;
    else return range;
  }
  return null;
}

/** The known part of a dataset as of `asOfMs`, or null when no snapshot is known yet. */
export function timelineAsOf(prepared: PreparedDataset, asOfMs: number): Timeline | null {
  if (prepared.first === null || prepared.last === null) return null;
  let lastKnown = Math.min(prepared.last, Math.ceil(asOfMs / HOUR_MS) - 1);
  const range = rangeContaining(prepared.missing, lastKnown);
  if (range !== null) lastKnown = range[0] - 1;
  if (lastKnown < prepared.first) return null;
  return {
    first: prepared.first,
    lastKnown,
    missing: prepared.missing.filter((r) => r[0] <= lastKnown)
  };
}

/** First available hour at or after `hour`. */
export function nextAvailable(timeline: Timeline, hour: number): number {
  return rangeContaining(timeline.missing, hour)?.[1] ?? hour;
}

/** Last available hour at or before `hour`. */
function previousAvailable(timeline: Timeline, hour: number): number {
  const range = rangeContaining(timeline.missing, hour);
  return range === null ? hour : range[0] - 1;
}

/** Slots [start, end) of a run with one pack, price and parent; interpolated hours take the earlier side. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly pack: string;
  readonly price: number;
  readonly parent: string | null;
}

export interface Run {
  readonly resourceId: string;
  readonly kind: ResourceKind;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly segments: readonly Segment[];
  readonly status: RunStatus;
  /** Contains the first available snapshot, so its real beginning is unknown (A14). */
  readonly established: boolean;
  /** Contains the latest known snapshot. */
  readonly open: boolean;
}

/** Known presence of a resource: available-hour hulls [start, last] of its intervals, clipped to the timeline. */
export function knownHulls(
  timeline: Timeline,
  intervals: readonly HourInterval[]
): { readonly interval: HourInterval; readonly start: number; readonly last: number }[] {
  const hulls: { interval: HourInterval; start: number; last: number }[] = [];
  for (const interval of intervals) {
    const start = nextAvailable(timeline, Math.max(interval.start, timeline.first));
    const last = previousAvailable(timeline, Math.min(interval.end - 1, timeline.lastKnown));
    if (start <= last) hulls.push({ interval, start, last });
  }
  return hulls;
}

/** Splits a resource's known presence into maximal runs (A5, A6) and judges each by the 48-hour rule (A2, A14). */
export function runsOf(
  timeline: Timeline,
  resourceId: string,
  intervals: readonly HourInterval[],
  freeHours: number
): Run[] {
  const hulls = knownHulls(timeline, intervals);
  const runs: Run[] = [];
  let index = 0;
  while (index < hulls.length) {
    const chain = [hulls[index]!];
    index += 1;
    // Two hulls join when only missing hours lie between them: present on both sides ⇒ interpolated.
    while (
      index < hulls.length &&
      nextAvailable(timeline, chain[chain.length - 1]!.last + 1) === hulls[index]!.start
    ) {
      chain.push(hulls[index]!);
      index += 1;
    }
    const segments: Segment[] = chain.map((hull, i) => ({
      start: hull.start,
      end: i + 1 < chain.length ? chain[i + 1]!.start : hull.last + 1,
      pack: hull.interval.pack,
      price: hull.interval.price,
      parent: hull.interval.parent
    }));
    const start = chain[0]!.start;
    const last = chain[chain.length - 1]!.last;
    const established = start === timeline.first;
    const open = last === timeline.lastKnown;
    const charged = last + 1 - start >= freeHours || established;
    runs.push({
      resourceId,
      kind: chain[0]!.interval.kind,
      start,
      end: last + 1,
      segments,
      status: charged ? 'charged' : open ? 'pending' : 'free',
      established,
      open
    });
  }
  return runs;
}
