/**
 * Storage of Hostdeck's own hourly images (migration 012; the packs they show join the price
 * list, prices/price-repository.ts), and the derivation of the priced usage the PAYU engine
 * and the Usage screen read.
 *
 * An image is kept as intervals: a resource present with the same kind, parent and pack in
 * consecutive recorded slots is one row [start, end). Like the provider's usage data, an
 * interval may span hours without a recording (Hostdeck closed): the engine interpolates
 * only resources present on both sides of such a gap, and the gap hours are listed in
 * `recorded_missing_hours`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { HourlyImage, ImageItem } from '../providers/combell/hourly-image';
import { getMeta, setMeta } from '../cache/repositories/sync-state';
import { isoFromHour } from '../time';
import { readPriceCurrency } from '../prices/price-repository';
import { hourOf } from './usage-repository';
import type { IntervalRow } from './interval-repository';
import {
  countIntervals,
  missingHoursIn,
  prepareExtend,
  startOfMissingRun,
  storedKind
} from './interval-repository';

const FIRST = 'recording.first_slot';
const LAST = 'recording.last_slot';

/** What recording an image did. */
export type RecordOutcome =
  | { readonly kind: 'recorded'; readonly slot: string; readonly missingHours: number }
  /** The slot was recorded before in this hour: the newer image replaced it. */
  | { readonly kind: 'replaced'; readonly slot: string }
  /** The clock is behind the last recorded slot: nothing was written. */
  | { readonly kind: 'ignored'; readonly slot: string; readonly lastSlot: string };

/** First and last recorded slot (ISO UTC hours), null before the first recording. */
export function recordingCoverage(db: DatabaseSync): {
  readonly first: string | null;
  readonly last: string | null;
} {
  return { first: getMeta(db, FIRST), last: getMeta(db, LAST) };
}

/** The recorded slot before `hour` (skipping missing hours), or null when `hour` is the first. */
function previousRecorded(db: DatabaseSync, hour: number, first: number): number | null {
  const h = startOfMissingRun(db, 'recorded_missing_hours', hour, first) - 1;
  return h >= first ? h : null;
}

/**
 * Records one image for its slot. Call inside a transaction. A second image of the same slot
 * replaces the first (the latest image of an hour stands for it); an image older than the
 * last recorded slot is ignored.
 */
export function recordImage(db: DatabaseSync, image: HourlyImage): RecordOutcome {
  const slot = hourOf(image.ts);
  const firstIso = getMeta(db, FIRST);
  const lastIso = getMeta(db, LAST);
  const first = firstIso === null ? null : hourOf(firstIso);
  const last = lastIso === null ? null : hourOf(lastIso);
  if (last !== null && slot < last)
    return { kind: 'ignored', slot: image.ts, lastSlot: lastIso ?? image.ts };

  let previous: number | null = last;
  let missingHours = 0;
  if (last !== null && first !== null && slot === last) {
    // Undo the slot's earlier image: intervals ending with it end one recorded slot sooner.
    previous = previousRecorded(db, slot, first);
    db.prepare('DELETE FROM recorded_intervals WHERE end_hour = ? AND start_hour = ?').run(
      slot + 1,
      slot
    );
    db.prepare('UPDATE recorded_intervals SET end_hour = ? WHERE end_hour = ?').run(
      (previous ?? slot) + 1,
      slot + 1
    );
  } else if (last !== null) {
    const addMissing = db.prepare('INSERT OR IGNORE INTO recorded_missing_hours (hour) VALUES (?)');
    for (let h = last + 1; h < slot; h += 1) addMissing.run(h);
    missingHours = slot - last - 1;
  }

  const continuing = db.prepare(
    'SELECT * FROM recorded_intervals WHERE resource_id = ? AND end_hour = ? LIMIT 1'
  );
  const extend = prepareExtend(db, 'recorded_intervals');
  const insert = db.prepare(
    'INSERT OR REPLACE INTO recorded_intervals (resource_id, start_hour, end_hour, kind, parent_id, pack) VALUES (?, ?, ?, ?, ?, ?)'
  );
  for (const item of image.items) {
    const before =
      previous === null
        ? undefined
        : (continuing.get(item.resourceId, previous + 1) as IntervalRow | undefined);
    if (before && sameAttributes(before, item))
      extend.run(slot + 1, item.resourceId, before.start_hour);
    else insert.run(item.resourceId, slot, slot + 1, item.kind, item.parentAccountId, item.pack);
  }
  notePacksSeen(db, image.items, slot);
  if (first === null) setMeta(db, FIRST, isoFromHour(slot));
  setMeta(db, LAST, isoFromHour(slot));
  return slot === last
    ? { kind: 'replaced', slot: image.ts }
    : { kind: 'recorded', slot: image.ts, missingHours };
}

function sameAttributes(row: IntervalRow, item: ImageItem): boolean {
  return row.kind === item.kind && row.parent_id === item.parentAccountId && row.pack === item.pack;
}

/** Price-list kind of an image item: accounts are priced by their service pack. */
export function priceKindOf(kind: 'account' | 'addon'): 'servicepack' | 'addon' {
  return kind === 'account' ? 'servicepack' : 'addon';
}

/** Adds every pack and add-on of the image to the price list (without a price), noting when seen. */
function notePacksSeen(db: DatabaseSync, items: readonly ImageItem[], slot: number): void {
  const upsert = db.prepare(
    `INSERT INTO price_list (kind, name, monthly_price, first_seen_hour, last_seen_hour)
     VALUES (?, ?, NULL, ?, ?)
     ON CONFLICT (kind, name) DO UPDATE SET
       first_seen_hour = coalesce(min(first_seen_hour, excluded.first_seen_hour), excluded.first_seen_hour),
       last_seen_hour = coalesce(max(last_seen_hour, excluded.last_seen_hour), excluded.last_seen_hour)`
  );
  const seen = new Set<string>();
  for (const item of items) {
    const kind = priceKindOf(item.kind);
    const key = `${kind}\u0000${item.pack}`;
    if (seen.has(key)) continue;
    seen.add(key);
    upsert.run(kind, item.pack, slot, slot);
  }
}

/**
 * Rebuilds the priced usage (`usage_intervals`, `usage_missing_hours`, the usage meta) from
 * the recorded images and the price list. A pack without a price is written at 0 and
 * reported as unpriced by `unpricedInRange`. Call inside a transaction.
 */
export function derivePricedUsage(db: DatabaseSync): void {
  db.exec(`
    DELETE FROM usage_intervals;
    DELETE FROM usage_missing_hours;
    INSERT INTO usage_intervals (resource_id, start_hour, end_hour, kind, parent_id, pack, monthly_price)
      SELECT r.resource_id, r.start_hour, r.end_hour, r.kind, r.parent_id, r.pack, coalesce(p.monthly_price, 0)
      FROM recorded_intervals r
      LEFT JOIN price_list p
        ON p.kind = CASE r.kind WHEN 'account' THEN 'servicepack' ELSE 'addon' END AND p.name = r.pack;
    INSERT INTO usage_missing_hours (hour) SELECT hour FROM recorded_missing_hours;
  `);
  const { first, last } = recordingCoverage(db);
  if (first !== null) setMeta(db, 'usage.first_snapshot', first);
  if (last !== null) setMeta(db, 'usage.last_snapshot', last);
  const currency = readPriceCurrency(db);
  if (currency !== null) setMeta(db, 'usage.currency', currency);
  // Months computed from the old prices are stale (cache migration 011 keeps them by stamp).
  const revision = Number(getMeta(db, 'usage.revision') ?? '0') + 1;
  setMeta(db, 'usage.revision', String(revision));
  const computed = db
    .prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'usage_months'")
    .get();
  if (computed !== undefined) db.exec('DELETE FROM usage_months');
}

/** A pack or add-on without a price, with the resources on it in an hour range. */
export interface UnpricedInRange {
  readonly kind: 'servicepack' | 'addon';
  readonly name: string;
  readonly resourceIds: readonly string[];
  /** Hours in the range the resources were present (interpolated hours included). */
  readonly activeHours: number;
}

/** Packs and add-ons without a price used in [fromHour, toHour), by kind then name. */
export function unpricedInRange(
  db: DatabaseSync,
  fromHour: number,
  toHour: number
): UnpricedInRange[] {
  const rows = db
    .prepare(
      `SELECT r.kind AS kind, r.pack AS pack, r.resource_id AS resource_id,
              min(r.end_hour, ?) - max(r.start_hour, ?) AS hours
       FROM recorded_intervals r
       LEFT JOIN price_list p
         ON p.kind = CASE r.kind WHEN 'account' THEN 'servicepack' ELSE 'addon' END AND p.name = r.pack
       WHERE r.end_hour > ? AND r.start_hour < ? AND p.monthly_price IS NULL
       ORDER BY r.kind, r.pack, r.resource_id`
    )
    .all(toHour, fromHour, fromHour, toHour) as {
    kind: string;
    pack: string;
    resource_id: string;
    hours: number;
  }[];
  const byPack = new Map<
    string,
    { kind: 'servicepack' | 'addon'; name: string; ids: Set<string>; hours: number }
  >();
  for (const row of rows) {
    const kind = priceKindOf(storedKind(row.kind));
    const key = `${kind}\u0000${row.pack}`;
    const entry = byPack.get(key) ?? { kind, name: row.pack, ids: new Set<string>(), hours: 0 };
    entry.ids.add(row.resource_id);
    entry.hours += row.hours;
    byPack.set(key, entry);
  }
  return [...byPack.values()]
    .sort((a, b) =>
      a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'servicepack' ? -1 : 1
    )
    .map((e) => ({
      kind: e.kind,
      name: e.name,
      resourceIds: [...e.ids].sort(),
      activeHours: e.hours
    }));
}

/** Runs of hours without an image that touch [fromHour, toHour): each gap whole, ascending. */
export function recordedGaps(
  db: DatabaseSync,
  fromHour: number,
  toHour: number
): { from: string; to: string; hours: number }[] {
  const hours = missingHoursIn(
    db,
    'recorded_missing_hours',
    fromHour - 24 * 400,
    toHour + 24 * 400
  );
  const gaps: [number, number][] = [];
  for (const hour of hours) {
    const lastGap = gaps[gaps.length - 1];
    if (lastGap && lastGap[1] === hour) lastGap[1] = hour + 1;
    else gaps.push([hour, hour + 1]);
  }
  return gaps
    .filter(([from, to]) => from < toHour && to > fromHour)
    .map(([from, to]) => ({ from: isoFromHour(from), to: isoFromHour(to), hours: to - from }));
}

/** Number of recorded interval rows (tests, benchmark). */
export function countRecordedIntervals(db: DatabaseSync): number {
  return countIntervals(db, 'recorded_intervals');
}
