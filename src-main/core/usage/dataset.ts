/**
 * Validation of hourly snapshots (§3.1) and their compaction into a UsageDataset of intervals,
 * so that no later step ever holds one object per resource-hour.
 */
import { HOUR_MS, isoFromHour, parseInstant } from '../time';
import { PayuInputError } from './types';
import type { ResourceKind, UsageDataset, UsageInterval, UsageSnapshot } from './types';

/** Feeds snapshots one at a time in ascending ts order; `finish` returns the dataset. */
export interface DatasetBuilder {
  /** Validates and absorbs one snapshot; after a thrown PayuInputError the builder must be discarded. */
  add(snapshot: UsageSnapshot): void;
  /** Number of snapshots absorbed so far. */
  readonly count: number;
  finish(): UsageDataset;
}

interface ResourceState {
  readonly resourceId: string;
  readonly kind: ResourceKind;
  open: boolean;
  start: number;
  lastSeen: number;
  parent: string | null;
  pack: string;
  price: number;
}

interface ClosedInterval {
  readonly state: ResourceState;
  readonly parent: string | null;
  readonly pack: string;
  readonly price: number;
  readonly start: number;
  readonly end: number;
}

function snapshotLabel(ts: unknown, index: number): string {
  return typeof ts === 'string' ? ts : `#${index}`;
}

/** Hour number of a snapshot ts, or a PayuInputError naming the snapshot. */
function snapshotHour(ts: unknown, index: number): number {
  if (typeof ts !== 'string')
    throw new PayuInputError(snapshotLabel(ts, index), 'ts', 'must be an ISO UTC instant');
  const ms = parseInstant(ts);
  if (ms === null) throw new PayuInputError(ts, 'ts', 'is not an ISO-8601 instant');
  if (ms % HOUR_MS !== 0) throw new PayuInputError(ts, 'ts', 'is not on a whole hour');
  return ms / HOUR_MS;
}

/** Checks the structure of a parsed JSON value and returns it as a snapshot (item fields are checked by the builder). */
export function parseUsageSnapshot(value: unknown, index = 0): UsageSnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PayuInputError(`#${index}`, 'snapshot', 'must be an object with ts and items');
  }
  const record = value as Record<string, unknown>;
  const label = snapshotLabel(record['ts'], index);
  if (typeof record['ts'] !== 'string')
    throw new PayuInputError(label, 'ts', 'must be an ISO UTC instant');
  if (!Array.isArray(record['items'])) throw new PayuInputError(label, 'items', 'must be an array');
  return value as UsageSnapshot;
}

/** Creates a streaming builder: memory grows with the number of intervals, not of snapshots. */
export function createDatasetBuilder(): DatasetBuilder {
  const states = new Map<string, ResourceState>();
  const closed: ClosedInterval[] = [];
  const missing: number[] = [];
  let open: ResourceState[] = [];
  let first: number | null = null;
  let previous: number | null = null;
  let count = 0;

  const close = (state: ResourceState): void => {
    closed.push({
      state,
      parent: state.parent,
      pack: state.pack,
      price: state.price,
      start: state.start,
      end: state.lastSeen + 1
    });
    state.open = false;
  };

  const add = (snapshot: UsageSnapshot): void => {
    const hour = snapshotHour(snapshot.ts, count);
    const ts = snapshot.ts;
    if (previous !== null && hour === previous)
      throw new PayuInputError(ts, 'ts', 'duplicate snapshot timestamp');
    if (previous !== null && hour < previous) {
      throw new PayuInputError(ts, 'ts', `out of order: comes after ${isoFromHour(previous)}`);
    }
    const items: unknown = snapshot.items;
    if (!Array.isArray(items)) throw new PayuInputError(ts, 'items', 'must be an array');
    if (previous !== null) for (let h = previous + 1; h < hour; h += 1) missing.push(h);
    const seen: ResourceState[] = [];
    for (let i = 0; i < items.length; i += 1) {
      const item: unknown = items[i];
      if (typeof item !== 'object' || item === null)
        throw new PayuInputError(ts, `items[${i}]`, 'must be an object');
      const { resourceId, kind, parentAccountId, pack, monthlyPrice } = item as Record<
        string,
        unknown
      >;
      if (typeof resourceId !== 'string' || resourceId === '') {
        throw new PayuInputError(ts, `items[${i}].resourceId`, 'must be a non-empty string');
      }
      if (kind !== 'account' && kind !== 'addon') {
        throw new PayuInputError(
          ts,
          `items[${i}].kind`,
          `must be "account" or "addon" (resource ${resourceId})`
        );
      }
      if (
        parentAccountId !== undefined &&
        parentAccountId !== null &&
        typeof parentAccountId !== 'string'
      ) {
        throw new PayuInputError(
          ts,
          `items[${i}].parentAccountId`,
          `must be a string (resource ${resourceId})`
        );
      }
      if (typeof pack !== 'string')
        throw new PayuInputError(
          ts,
          `items[${i}].pack`,
          `must be a string (resource ${resourceId})`
        );
      if (
        typeof monthlyPrice !== 'number' ||
        !Number.isSafeInteger(monthlyPrice) ||
        monthlyPrice < 0
      ) {
        throw new PayuInputError(
          ts,
          `items[${i}].monthlyPrice`,
          `must be a whole number of minor units >= 0, got ${String(monthlyPrice)} (resource ${resourceId})`
        );
      }
      const parent = parentAccountId ?? null;
      let state = states.get(resourceId);
      if (state === undefined) {
        state = {
          resourceId,
          kind,
          open: false,
          start: hour,
          lastSeen: hour,
          parent,
          pack,
          price: monthlyPrice
        };
        states.set(resourceId, state);
      } else {
        if (state.kind !== kind) {
          throw new PayuInputError(
            ts,
            `items[${i}].kind`,
            `resource ${resourceId} changes kind from ${state.kind} to ${kind}`
          );
        }
        if (state.open && state.lastSeen === hour) {
          throw new PayuInputError(
            ts,
            `items[${i}].resourceId`,
            `duplicate resource ${resourceId} in one snapshot`
          );
        }
        if (
          state.open &&
          state.parent === parent &&
          state.pack === pack &&
          state.price === monthlyPrice
        ) {
          state.lastSeen = hour;
          seen.push(state);
          continue;
        }
        if (state.open) close(state);
        state.start = hour;
        state.lastSeen = hour;
        state.parent = parent;
        state.pack = pack;
        state.price = monthlyPrice;
      }
      state.open = true;
      seen.push(state);
    }
    // A resource absent from an existing snapshot ends its interval at the last hour it was seen.
    for (const state of open) if (state.open && state.lastSeen !== hour) close(state);
    open = seen;
    if (first === null) first = hour;
    previous = hour;
    count += 1;
  };

  const finish = (): UsageDataset => {
    for (const state of open) if (state.open) close(state);
    open = [];
    closed.sort((a, b) =>
      a.state.resourceId < b.state.resourceId
        ? -1
        : a.state.resourceId > b.state.resourceId
          ? 1
          : a.start - b.start
    );
    const intervals: UsageInterval[] = closed.map((c) => ({
      resourceId: c.state.resourceId,
      kind: c.state.kind,
      parentAccountId: c.parent,
      pack: c.pack,
      monthlyPrice: c.price,
      start: isoFromHour(c.start),
      end: isoFromHour(c.end)
    }));
    return {
      firstSnapshot: first === null ? null : isoFromHour(first),
      lastSnapshot: previous === null ? null : isoFromHour(previous),
      missingHours: missing.map(isoFromHour),
      intervals
    };
  };

  return {
    add,
    finish,
    get count() {
      return count;
    }
  };
}

/** Validates snapshots (any order) per §3.1 and compacts them into a dataset of intervals. */
export function snapshotsToDataset(snapshots: readonly UsageSnapshot[]): UsageDataset {
  const hours = snapshots.map((snapshot, index) => snapshotHour(snapshot.ts, index));
  let sorted = true;
  for (let i = 1; i < hours.length && sorted; i += 1)
    if ((hours[i] ?? 0) <= (hours[i - 1] ?? 0)) sorted = false;
  const order = snapshots.map((_, index) => index);
  if (!sorted) order.sort((a, b) => (hours[a] ?? 0) - (hours[b] ?? 0));
  const builder = createDatasetBuilder();
  for (const index of order) {
    const snapshot = snapshots[index];
    if (snapshot !== undefined) builder.add(snapshot);
  }
  return builder.finish();
}
