/**
 * The Usage screen's reads. A month is computed by the PAYU engine when its data changes —
 * after a sync (`refreshRecent`), or once when a month is read whose stored result no longer
 * holds (new snapshots, another zone, the month now over or final) — and stored in SQLite
 * (usage-month-store.ts). Reads then take the totals, the chart's days, a few warnings per
 * code and one page of rows from there; nothing here asks the provider.
 */
import type { DatabaseSync } from 'node:sqlite';
import type {
  EstimatedDay,
  UsageExportKind,
  UsageMonthView,
  UsageRowsInput,
  UsageRowsView
} from '@shared/contract';
import { USAGE_WARNINGS_PER_CODE } from '@shared/contract';
import { currencyFractionDigits, minorToDecimalString } from '@shared/money';
import { getMeta } from '../cache/repositories/sync-state';
import { toCsv } from '../export/csv';
import type { Clock } from '../ports';
import { computeMonth, FREE_HOURS } from './compute-month';
import { HOUR_MS, addMonths, hourFromIso, isoFromMs, localMonth, monthTable } from '../time';
import type { PayuMonth } from './types';
import { checkBill } from './usage-bill-check';
import {
  queryRows,
  readAllRows,
  readDays,
  readMonthView,
  storedStamp,
  storeMonth,
  usageFingerprint
} from './usage-month-repository';
import { loadUsageWindow } from './usage-window';

/** Meta key: 'false' once a sync found that the provider offers no usage snapshots. */
export const USAGE_SUPPORTED_META = 'usage.supported';

/** Bump when the engine's output changes, so stored months are computed again. */
const ENGINE_VERSION = 1;

export interface UsageServiceDeps {
  readonly clock: Clock;
}

/** What the service serves, over one profile's cache. */
export interface UsageService {
  /** Computes and stores `month` unless the stored result still holds; true when it computed. */
  refresh(db: DatabaseSync, month: string, timeZone: string): boolean;
  /** After a sync: the current local month and the one before (still settling). */
  refreshRecent(db: DatabaseSync, timeZone: string): void;
  /** The month view of `month` (current local month when null) in `timeZone`. */
  getMonth(db: DatabaseSync, month: string | null, timeZone: string): UsageMonthView;
  /** One page of the month's rows. */
  listRows(db: DatabaseSync, input: UsageRowsInput, timeZone: string): UsageRowsView;
  /** The month's rows or daily breakdown as CSV. */
  exportCsv(
    db: DatabaseSync,
    month: string,
    what: UsageExportKind,
    timeZone: string
  ): { filename: string; csv: string };
  /** How many times the engine ran (tests check the stored results with it). */
  computations(): number;
}

/** Local months from the first to the last snapshot, newest first (empty without snapshots). */
export function monthsBetween(
  first: string | null,
  last: string | null,
  timeZone: string
): string[] {
  if (first === null || last === null) return [];
  const from = localMonth(Date.parse(first), timeZone);
  const to = localMonth(Date.parse(last), timeZone);
  const months: string[] = [];
  for (let m = to; m >= from; m = addMonths(m, -1)) months.push(m);
  return months;
}

/**
 * Spreads what the estimate adds to the month-to-date total over the hours after the latest
 * snapshot, in proportion to each local date's remaining hours, with cumulative rounding so
 * the days add up to exactly `estimate − total`.
 */
export function estimateByDay(
  report: Pick<PayuMonth, 'month' | 'timeZone' | 'total' | 'estimate'>,
  lastSnapshot: string | null
): EstimatedDay[] {
  const table = monthTable(report.month, report.timeZone);
  const nextHour =
    lastSnapshot === null ? table.startHour : hourFromIso(lastSnapshot, 'lastSnapshot') + 1;
  const from = Math.max(nextHour, table.startHour);
  const remainingHours = Math.max(0, table.endHour - from);
  const remainingAmount = Math.max(0, report.estimate.amount - report.total);
  if (remainingHours === 0) return [];
  const days: EstimatedDay[] = [];
  let cumulativeHours = 0;
  let allocated = 0;
  table.dates.forEach((date, day) => {
    const start = Math.max(table.dayStartHours[day] ?? table.endHour, from);
    const end = table.dayStartHours[day + 1] ?? table.endHour;
    if (end <= start) return;
    cumulativeHours += end - start;
    const upTo = Math.floor(
      (2 * remainingAmount * cumulativeHours + remainingHours) / (2 * remainingHours)
    );
    days.push({ date, hours: end - start, amount: upTo - allocated });
    allocated = upTo;
  });
  return days;
}

/**
 * Hours each pending row's run still needs before the 48-hour rule charges it, by the row's
 * index (every row of one pending run gets the same figure).
 */
export function pendingHoursLeft(
  report: Pick<PayuMonth, 'rows'>,
  lastSnapshot: string | null
): Map<number, number> {
  const left = new Map<number, number>();
  if (lastSnapshot === null) return left;
  const lastHour = hourFromIso(lastSnapshot, 'lastSnapshot');
  report.rows.forEach((row, index) => {
    if (row.status !== 'pending') return;
    // A pending run is open, so it reaches the latest snapshot: its known length ends there.
    const known = lastHour + 1 - hourFromIso(row.runStart, 'runStart');
    left.set(index, Math.max(1, FREE_HOURS - known));
  });
  return left;
}

function monthHasSnapshots(db: DatabaseSync, month: string, timeZone: string): boolean {
  const first = getMeta(db, 'usage.first_snapshot');
  const last = getMeta(db, 'usage.last_snapshot');
  if (first === null || last === null) return false;
  const table = monthTable(month, timeZone);
  return Date.parse(first) < table.monthEndMs && Date.parse(last) >= table.monthStartMs;
}

/** The hours the engine reads for a month: 48 h either side, up to now. */
function windowOf(month: string, timeZone: string, now: number) {
  const table = monthTable(month, timeZone);
  return {
    table,
    // 48 h either side: enough to judge runs crossing the month's edges under the 48-hour rule.
    fromHour: table.startHour - FREE_HOURS,
    toHour: Math.min(Math.ceil(now / HOUR_MS), table.endHour + FREE_HOURS),
    over: now >= table.monthEndMs,
    final: now >= table.monthEndMs + (FREE_HOURS - 1) * HOUR_MS
  };
}

/** Creates the service. */
export function createUsageService(deps: UsageServiceDeps): UsageService {
  let computations = 0;

  function stampOf(db: DatabaseSync, month: string, timeZone: string, now: number): string {
    const { table, fromHour, over, final } = windowOf(month, timeZone, now);
    // The clock matters only through these flags: snapshots never lie ahead of it, so a
    // later read within the same coverage computes the same rows.
    return JSON.stringify({
      engine: ENGINE_VERSION,
      timeZone,
      first: getMeta(db, 'usage.first_snapshot'),
      last: getMeta(db, 'usage.last_snapshot'),
      over,
      final,
      data: usageFingerprint(db, fromHour, table.endHour + FREE_HOURS)
    });
  }

  function refresh(db: DatabaseSync, month: string, timeZone: string): boolean {
    const now = deps.clock.now();
    if (!monthHasSnapshots(db, month, timeZone)) return false;
    const stamp = stampOf(db, month, timeZone, now);
    if (storedStamp(db, month) === stamp) return false;
    const { fromHour, toHour } = windowOf(month, timeZone, now);
    const report = computeMonth(loadUsageWindow(db, fromHour, toHour), {
      month,
      asOf: isoFromMs(now),
      timeZone
    });
    computations += 1;
    const last = getMeta(db, 'usage.last_snapshot');
    storeMonth(db, {
      month,
      stamp,
      computedAt: isoFromMs(now),
      report,
      estimatedDays: estimateByDay(report, last),
      pendingHoursLeft: pendingHoursLeft(report, last)
    });
    return true;
  }

  return {
    computations: () => computations,
    refresh,

    refreshRecent(db, timeZone) {
      const current = localMonth(deps.clock.now(), timeZone);
      refresh(db, current, timeZone);
      refresh(db, addMonths(current, -1), timeZone);
    },

    getMonth(db, requested, timeZone) {
      const now = deps.clock.now();
      const month = requested ?? localMonth(now, timeZone);
      const first = getMeta(db, 'usage.first_snapshot');
      const last = getMeta(db, 'usage.last_snapshot');
      const empty: UsageMonthView = {
        // Unknown until a sync has asked the provider: say "no snapshots yet", not "unsupported".
        available: last !== null || getMeta(db, USAGE_SUPPORTED_META) !== 'false',
        currency: getMeta(db, 'usage.currency'),
        months: monthsBetween(first, last, timeZone),
        month,
        lastSnapshot: last,
        report: null,
        estimatedDays: [],
        bill: null
      };
      if (!monthHasSnapshots(db, month, timeZone)) return empty;
      refresh(db, month, timeZone);
      const stored = readMonthView(db, month, USAGE_WARNINGS_PER_CODE);
      if (stored === null) return empty;
      const monthOver = now >= monthTable(month, timeZone).monthEndMs;
      return {
        ...empty,
        report: {
          ...stored.summary,
          daily: stored.daily,
          warnings: stored.warnings,
          warningCounts: stored.warningCounts
        },
        estimatedDays: [...stored.estimatedDays],
        // No provider bills a month before it is over: no invoice to look for until then.
        bill: monthOver ? checkBill(db, month, stored.summary.total) : null
      };
    },

    listRows(db, input, timeZone) {
      const month = input.month ?? localMonth(deps.clock.now(), timeZone);
      if (!monthHasSnapshots(db, month, timeZone)) {
        const totals = { amount: 0, activeHours: 0, billedHours: 0 };
        return { month, rows: [], total: 0, totals, rowCount: 0 };
      }
      refresh(db, month, timeZone);
      return queryRows(db, { ...input, month });
    },

    exportCsv(db, month, what, timeZone) {
      const covered = monthHasSnapshots(db, month, timeZone);
      if (covered) refresh(db, month, timeZone);
      const currency = getMeta(db, 'usage.currency');
      const digits = currency === null ? 2 : currencyFractionDigits(currency);
      const money = (minor: number): string => minorToDecimalString(minor, digits);
      const filename = `hostdeck-usage-${month}-${what}.csv`;
      if (what === 'daily') {
        const days = covered ? readDays(db, month) : [];
        const rows = days.map((d) => [d.date, d.hours, money(d.amount), currency]);
        return { filename, csv: toCsv(['date', 'billed_hours', 'amount', 'currency'], rows) };
      }
      const rows = (covered ? readAllRows(db, month) : []).map((r) => [
        r.resourceId,
        r.kind,
        r.parentAccountId,
        r.pack,
        money(r.monthlyPrice),
        r.activeHours,
        r.billedHours,
        r.billedDays,
        money(r.amount),
        currency,
        r.status,
        r.runStart,
        r.firstHour,
        r.lastHour
      ]);
      const header = [
        'resource_id',
        'kind',
        'parent_account_id',
        'pack',
        'monthly_price',
        'active_hours',
        'billed_hours',
        'billed_days',
        'amount',
        'currency',
        'status',
        'run_start',
        'first_hour',
        'last_hour'
      ];
      return { filename, csv: toCsv(header, rows) };
    }
  };
}
