/**
 * The Usage screen's reads: loads a month's window of cached usage intervals, runs the PAYU
 * engine as of now, and keeps the result in memory until new snapshots arrive or the zone
 * changes. Also the month list, the estimate spread over the remaining days, the bill check
 * and the CSV exports.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EstimatedDay, UsageExportKind, UsageMonthView } from '../../../src-shared/contract';
import { pendingKey } from '../../../src-shared/contract';
import { minorToDecimalString } from '../../../src-shared/money';
import { getMeta } from '../cache/repositories/sync-state';
import { toCsv } from '../export/csv';
import type { Clock, Logger } from '../ports';
import { computeMonth, FREE_HOURS } from './compute-month';
import { HOUR_MS, hourFromIso, isoFromMs, monthTable } from './time';
import type { PayuMonth } from './types';
import { addMonthsToText, checkBill, type InvoiceDetailFetcher } from './usage-bill-check';
import { loadUsageWindow } from './usage-window';

/** One profile's cache as the service sees it. */
export interface UsageSource {
  readonly profileId: string;
  readonly db: DatabaseSync;
  /** Fetches invoice lines for the bill check; null when the provider cannot be reached now. */
  readonly fetchInvoiceDetail: InvoiceDetailFetcher | null;
  /** Whether the provider offers usage snapshots at all (asked only when nothing is cached). */
  readonly supportsUsage: () => Promise<boolean>;
}

export interface UsageServiceDeps {
  readonly clock: Clock;
  readonly logger: Logger;
}

/** What the service serves; one instance lives as long as the handlers. */
export interface UsageService {
  /** The month view of `month` (current local month when null) in `timeZone`, as of now. */
  getMonth(source: UsageSource, month: string | null, timeZone: string): Promise<UsageMonthView>;
  /** The month's rows or daily breakdown as CSV. */
  exportCsv(
    source: UsageSource,
    month: string,
    what: UsageExportKind,
    timeZone: string
  ): { filename: string; csv: string };
  /** How many times the engine ran (tests check the cache with it). */
  computations(): number;
}

/** Months of history kept computed; older entries are dropped first. */
const REPORT_CACHE_LIMIT = 36;

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar month (`YYYY-MM`) of an instant in a zone. */
export function localMonthOf(ms: number, timeZone: string): string {
  let formatter = monthFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(ms);
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/** Local months from the first to the last snapshot, newest first (empty without snapshots). */
export function monthsBetween(
  first: string | null,
  last: string | null,
  timeZone: string
): string[] {
  if (first === null || last === null) return [];
  const from = localMonthOf(Date.parse(first), timeZone);
  const to = localMonthOf(Date.parse(last), timeZone);
  const months: string[] = [];
  for (let m = to; m >= from; m = addMonthsToText(m, -1)) months.push(m);
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

/** Hours each pending run still needs before the 48-hour rule charges it. */
export function pendingHoursLeft(
  report: Pick<PayuMonth, 'rows'>,
  lastSnapshot: string | null
): Record<string, number> {
  const left: Record<string, number> = {};
  if (lastSnapshot === null) return left;
  const lastHour = hourFromIso(lastSnapshot, 'lastSnapshot');
  for (const row of report.rows) {
    if (row.status !== 'pending') continue;
    // A pending run is open, so it reaches the latest snapshot: its known length ends there.
    const known = lastHour + 1 - hourFromIso(row.runStart, 'runStart');
    left[pendingKey(row)] = Math.max(1, FREE_HOURS - known);
  }
  return left;
}

function fractionDigitsOf(currency: string | null): number {
  if (currency === null) return 2;
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

interface CachedReport {
  readonly stamp: string;
  readonly report: PayuMonth;
}

/** Creates the service; its report cache is per instance. */
export function createUsageService(deps: UsageServiceDeps): UsageService {
  const reports = new Map<string, CachedReport>();
  let computations = 0;

  /** The month report, computed at most once per (profile, month, zone, snapshot coverage, finality). */
  function reportFor(source: UsageSource, month: string, timeZone: string): PayuMonth {
    const db = source.db;
    const first = getMeta(db, 'usage.first_snapshot');
    const last = getMeta(db, 'usage.last_snapshot');
    const now = deps.clock.now();
    const table = monthTable(month, timeZone);
    // Finality depends only on the clock; including it makes the cached report flip to final once.
    const final = now >= table.monthEndMs + (FREE_HOURS - 1) * HOUR_MS;
    const key = `${source.profileId}\u0000${month}\u0000${timeZone}`;
    const stamp = `${first ?? ''}|${last ?? ''}|${final ? 'final' : 'open'}`;
    const cached = reports.get(key);
    if (cached !== undefined && cached.stamp === stamp) return cached.report;
    // 48 h either side: enough to judge runs crossing the month's edges under the 48-hour rule.
    const fromHour = table.startHour - FREE_HOURS;
    const toHour = Math.min(Math.ceil(now / HOUR_MS), table.endHour + FREE_HOURS);
    const report = computeMonth(loadUsageWindow(db, fromHour, toHour), {
      month,
      asOf: isoFromMs(now),
      timeZone
    });
    computations += 1;
    reports.delete(key);
    reports.set(key, { stamp, report });
    if (reports.size > REPORT_CACHE_LIMIT) {
      const oldest = reports.keys().next().value;
      if (oldest !== undefined) reports.delete(oldest);
    }
    return report;
  }

  function monthHasSnapshots(db: DatabaseSync, month: string, timeZone: string): boolean {
    const first = getMeta(db, 'usage.first_snapshot');
    const last = getMeta(db, 'usage.last_snapshot');
    if (first === null || last === null) return false;
    const table = monthTable(month, timeZone);
    return Date.parse(first) < table.monthEndMs && Date.parse(last) >= table.monthStartMs;
  }

  return {
    computations: () => computations,

    async getMonth(source, requested, timeZone) {
      const db = source.db;
      const now = deps.clock.now();
      const month = requested ?? localMonthOf(now, timeZone);
      const first = getMeta(db, 'usage.first_snapshot');
      const last = getMeta(db, 'usage.last_snapshot');
      const currency = getMeta(db, 'usage.currency');
      const available = last !== null || (await source.supportsUsage());
      const empty: UsageMonthView = {
        available,
        currency,
        months: monthsBetween(first, last, timeZone),
        month,
        lastSnapshot: last,
        report: null,
        pendingHoursLeft: {},
        estimatedDays: [],
        bill: null
      };
      if (!monthHasSnapshots(db, month, timeZone)) return empty;
      const report = reportFor(source, month, timeZone);
      const monthOver = now >= monthTable(month, timeZone).monthEndMs;
      // No provider bills a month before it is over: skip the invoice lookup until then.
      const bill = monthOver
        ? await checkBill(db, month, report.total, source.fetchInvoiceDetail, deps.logger)
        : null;
      return {
        ...empty,
        report,
        pendingHoursLeft: pendingHoursLeft(report, last),
        estimatedDays: estimateByDay(report, last),
        bill
      };
    },

    exportCsv(source, month, what, timeZone) {
      const currency = getMeta(source.db, 'usage.currency');
      const digits = fractionDigitsOf(currency);
      const money = (minor: number): string => minorToDecimalString(minor, digits);
      const report = monthHasSnapshots(source.db, month, timeZone)
        ? reportFor(source, month, timeZone)
        : null;
      const filename = `hostdeck-usage-${month}-${what}.csv`;
      if (what === 'daily') {
        const rows = (report?.daily ?? []).map((d) => [d.date, d.hours, money(d.amount), currency]);
        return { filename, csv: toCsv(['date', 'billed_hours', 'amount', 'currency'], rows) };
      }
      const rows = (report?.rows ?? []).map((r) => [
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
