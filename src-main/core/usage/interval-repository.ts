/**
 * What the two interval stores share: the provider's priced usage (`usage_intervals`,
 * `usage_missing_hours`) and Hostdeck's own recordings (`recorded_intervals`,
 * `recorded_missing_hours`) keep rows [start_hour, end_hour) per resource and a list of the
 * hours without a snapshot.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ResourceKind } from './types';

type IntervalTable = 'usage_intervals' | 'recorded_intervals';

/** The columns both interval tables have (`usage_intervals` adds the monthly price). */
export interface IntervalRow {
  resource_id: string;
  start_hour: number;
  end_hour: number;
  kind: string;
  parent_id: string | null;
  pack: string;
}
type MissingHoursTable = 'usage_missing_hours' | 'recorded_missing_hours';

/** A stored `kind` column as the engine's kind: anything but an add-on is an account. */
export function storedKind(kind: string): ResourceKind {
  return kind === 'addon' ? 'addon' : 'account';
}

/** The statement that moves the end of a resource's interval starting at a given hour. */
export function prepareExtend(db: DatabaseSync, table: IntervalTable): StatementSync {
  return db.prepare(`UPDATE ${table} SET end_hour = ? WHERE resource_id = ? AND start_hour = ?`);
}

/** Missing snapshot hours in [fromHour, toHour), ascending. */
export function missingHoursIn(
  db: DatabaseSync,
  table: MissingHoursTable,
  fromHour: number,
  toHour: number
): number[] {
  const rows = db
    .prepare(`SELECT hour FROM ${table} WHERE hour >= ? AND hour < ? ORDER BY hour`)
    .all(fromHour, toHour) as { hour: number }[];
  return rows.map((r) => r.hour);
}

/**
 * The first hour of the run of missing hours that ends just before `hour` (`hour` itself when
 * the hour before it is not missing), never below `floor`.
 */
export function startOfMissingRun(
  db: DatabaseSync,
  table: MissingHoursTable,
  hour: number,
  floor = Number.NEGATIVE_INFINITY
): number {
  const isMissing = db.prepare(`SELECT 1 AS x FROM ${table} WHERE hour = ?`);
  let start = hour;
  while (start - 1 >= floor && isMissing.get(start - 1) !== undefined) start -= 1;
  return start;
}

/** Number of rows of an interval table (tests, benchmarks). */
export function countIntervals(db: DatabaseSync, table: IntervalTable): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
