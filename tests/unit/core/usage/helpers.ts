/**
 * Builders for PAYU test scenarios: resources present over hour spans, turned into hourly snapshots.
 */
import { computeMonth, snapshotsToDataset } from '@main/core/usage';
import type { PayuMonth, PayuRow, UsageItem, UsageSnapshot } from '@main/core/usage';

export const HOUR_MS = 3_600_000;

/** ISO hour `hours` after `iso`, written like snapshot timestamps. */
export function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString().replace('.000Z', 'Z');
}

export function account(resourceId: string, pack = 'basic', monthlyPrice = 1000): UsageItem {
  return { resourceId, kind: 'account', pack, monthlyPrice };
}

export function addon(
  resourceId: string,
  parentAccountId: string | undefined,
  pack = 'ssl',
  monthlyPrice = 300
): UsageItem {
  return parentAccountId === undefined
    ? { resourceId, kind: 'addon', pack, monthlyPrice }
    : { resourceId, kind: 'addon', parentAccountId, pack, monthlyPrice };
}

/** A resource present (with this item's pack and price) in the snapshots with from <= ts < to. */
export interface Span {
  readonly item: UsageItem;
  readonly from: string;
  readonly to: string;
}

/** One snapshot per hour of [from, to), except the `skip` hours, holding the spans alive at that hour. */
export function snapshotsFor(
  from: string,
  to: string,
  spans: readonly Span[],
  skip: readonly string[] = []
): UsageSnapshot[] {
  const skipped = new Set(skip.map((iso) => Date.parse(iso)));
  const bounds = spans.map((span) => ({
    item: span.item,
    from: Date.parse(span.from),
    to: Date.parse(span.to)
  }));
  const snapshots: UsageSnapshot[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR_MS) {
    if (skipped.has(t)) continue;
    snapshots.push({
      ts: new Date(t).toISOString().replace('.000Z', 'Z'),
      items: bounds.filter((b) => b.from <= t && t < b.to).map((b) => b.item)
    });
  }
  return snapshots;
}

/** Runs the whole pipeline (snapshots → dataset → month). */
export function monthOf(
  snapshots: readonly UsageSnapshot[],
  month: string,
  asOf: string,
  timeZone?: string
): PayuMonth {
  return computeMonth(snapshotsToDataset(snapshots), {
    month,
    asOf,
    ...(timeZone === undefined ? {} : { timeZone })
  });
}

/** The rows of one resource, in output order. */
export function rowsOf(month: PayuMonth, resourceId: string): readonly PayuRow[] {
  return month.rows.filter((row) => row.resourceId === resourceId);
}

/** The only row of a resource; throws when there is not exactly one. */
export function onlyRow(month: PayuMonth, resourceId: string): PayuRow {
  const rows = rowsOf(month, resourceId);
  if (rows.length !== 1 || rows[0] === undefined)
    throw new Error(`expected one row for ${resourceId}, got ${rows.length}`);
  return rows[0];
}
