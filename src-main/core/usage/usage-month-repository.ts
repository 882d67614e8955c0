/**
 * The stored pay-as-you-use months (migration 011): what the engine computed for a month,
 * written once when the data changes, and the queries the Usage screen reads it with — the
 * summary, the per-day chart, the warnings (a few per code, with counts) and one filtered,
 * sorted page of rows with each resource's rows kept together.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type {
  EstimatedDay,
  UsageRowsInput,
  UsageRowsView,
  UsageRowView,
  UsageSortKey
} from '@shared/contract';
import { inTransaction } from '../cache/database';
import type { PayuDaily, PayuMonth, PayuRow, PayuWarning } from './types';
import { storedKind } from './interval-repository';

/** The month object without the parts stored as rows of their own. */
export type StoredSummary = Omit<PayuMonth, 'rows' | 'daily' | 'warnings'> & {
  readonly rowCount: number;
};

/** Everything stored for one month. */
export interface MonthToStore {
  readonly month: string;
  readonly stamp: string;
  readonly computedAt: string;
  readonly report: PayuMonth;
  readonly estimatedDays: readonly EstimatedDay[];
  /** Hours left per pending row, by the row's index in `report.rows`. */
  readonly pendingHoursLeft: ReadonlyMap<number, number>;
}

/** Months kept stored; the least recently computed go first. */
const STORED_MONTHS_LIMIT = 36;

const collator = new Intl.Collator(undefined, { numeric: true });

/** 0-based rank of each distinct value in the screen's collation (numeric, like the table). */
function ranks(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort(collator.compare);
  return new Map(sorted.map((value, index) => [value, index]));
}

function searchText(row: PayuRow): string {
  return [row.resourceId, row.pack, row.kind, row.parentAccountId ?? '']
    .map((field) => field.toLowerCase())
    .join('\n');
}

/** The stamp the month was stored with, or null when it is not stored. */
export function storedStamp(db: DatabaseSync, month: string): string | null {
  const row = db.prepare('SELECT stamp FROM usage_months WHERE month = ?').get(month) as
    { stamp: string } | undefined;
  return row?.stamp ?? null;
}

/** Replaces what is stored for the month (in one transaction) and drops the oldest months. */
export function storeMonth(db: DatabaseSync, input: MonthToStore): void {
  const { report } = input;
  const { rows, daily, warnings, ...rest } = report;
  const summary: StoredSummary = { ...rest, rowCount: rows.length };
  const resourceRanks = ranks(rows.map((r) => r.resourceId));
  const packRanks = ranks(rows.map((r) => r.pack));
  const estimated = new Map(input.estimatedDays.map((d) => [d.date, d]));
  inTransaction(db, () => {
    db.prepare('DELETE FROM usage_months WHERE month = ?').run(input.month);
    db.prepare(
      'INSERT INTO usage_months (month, stamp, summary, computed_at) VALUES (?, ?, ?, ?)'
    ).run(input.month, input.stamp, JSON.stringify(summary), input.computedAt);
    const insertRow = db.prepare(
      `INSERT INTO usage_month_rows (month, seq, resource_id, resource_rank, kind, parent_account_id,
         run_start, pack, pack_rank, monthly_price, active_hours, billed_hours, billed_days, amount,
         status, first_hour, last_hour, pending_hours_left, priced, search)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    );
    rows.forEach((row, seq) => {
      const priced = (row as { readonly priced?: boolean }).priced;
      insertRow.run(
        input.month,
        seq,
        row.resourceId,
        resourceRanks.get(row.resourceId) ?? 0,
        row.kind,
        row.parentAccountId,
        row.runStart,
        row.pack,
        packRanks.get(row.pack) ?? 0,
        row.monthlyPrice,
        row.activeHours,
        row.billedHours,
        row.billedDays,
        row.amount,
        row.status,
        row.firstHour,
        row.lastHour,
        input.pendingHoursLeft.get(seq) ?? null,
        priced === undefined ? null : priced ? 1 : 0,
        searchText(row)
      );
    });
    const insertDay = db.prepare(
      'INSERT INTO usage_month_days (month, date, hours, amount, estimated_hours, estimated_amount) VALUES (?, ?, ?, ?, ?, ?)'
    );
    for (const day of daily) {
      const estimate = estimated.get(day.date);
      insertDay.run(
        input.month,
        day.date,
        day.hours,
        day.amount,
        estimate?.hours ?? 0,
        estimate?.amount ?? 0
      );
    }
    const insertWarning = db.prepare(
      'INSERT INTO usage_month_warnings (month, seq, code, payload) VALUES (?, ?, ?, ?)'
    );
    warnings.forEach((warning, seq) =>
      insertWarning.run(input.month, seq, warning.code, JSON.stringify(warning))
    );
    db.prepare(
      `DELETE FROM usage_months WHERE month NOT IN
         (SELECT month FROM usage_months ORDER BY computed_at DESC, month DESC LIMIT ?)`
    ).run(STORED_MONTHS_LIMIT);
  });
}

/** Forgets every stored month (the usage history itself changed). */
export function clearStoredMonths(db: DatabaseSync): void {
  db.prepare('DELETE FROM usage_months').run();
}

/** What the month view reads: the summary, the days and a few warnings per code. */
export interface StoredMonthView {
  readonly summary: StoredSummary;
  readonly daily: readonly PayuDaily[];
  readonly estimatedDays: readonly EstimatedDay[];
  readonly warnings: readonly PayuWarning[];
  readonly warningCounts: Readonly<Record<string, number>>;
}

/** The stored month for the screen, or null when it is not stored. */
export function readMonthView(
  db: DatabaseSync,
  month: string,
  warningsPerCode: number
): StoredMonthView | null {
  const head = db.prepare('SELECT summary FROM usage_months WHERE month = ?').get(month) as
    { summary: string } | undefined;
  if (head === undefined) return null;
  const days = db
    .prepare(
      'SELECT date, hours, amount, estimated_hours, estimated_amount FROM usage_month_days WHERE month = ? ORDER BY date'
    )
    .all(month) as unknown as {
    date: string;
    hours: number;
    amount: number;
    estimated_hours: number;
    estimated_amount: number;
  }[];
  const warnings = db
    .prepare(
      `SELECT payload FROM (
         SELECT payload, seq, row_number() OVER (PARTITION BY code ORDER BY seq) AS n
           FROM usage_month_warnings WHERE month = ?)
       WHERE n <= ? ORDER BY seq`
    )
    .all(month, warningsPerCode) as { payload: string }[];
  const counts = db
    .prepare('SELECT code, count(*) AS n FROM usage_month_warnings WHERE month = ? GROUP BY code')
    .all(month) as { code: string; n: number }[];
  return {
    summary: JSON.parse(head.summary) as StoredSummary,
    daily: days.map((d) => ({ date: d.date, hours: d.hours, amount: d.amount })),
    estimatedDays: days
      .filter((d) => d.estimated_hours > 0)
      .map((d) => ({ date: d.date, hours: d.estimated_hours, amount: d.estimated_amount })),
    warnings: warnings.map((w) => JSON.parse(w.payload) as PayuWarning),
    warningCounts: Object.fromEntries(counts.map((c) => [c.code, c.n]))
  };
}

/** The SQL value each sort key orders by (ranks for text, so acc-2 comes before acc-10). */
const SORT_EXPRESSIONS: Readonly<Record<UsageSortKey, string>> = {
  resource: 'resource_rank',
  kind: 'kind',
  pack: 'pack_rank',
  price: 'monthly_price',
  activeHours: 'active_hours',
  billedHours: 'billed_hours',
  billedDays: 'billed_days',
  amount: 'amount',
  status: "CASE status WHEN 'charged' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END"
};

interface PageRow {
  resource_id: string;
  kind: string;
  parent_account_id: string | null;
  run_start: string;
  pack: string;
  monthly_price: number;
  active_hours: number;
  billed_hours: number;
  billed_days: number;
  amount: number;
  status: string;
  first_hour: string;
  last_hour: string;
  pending_hours_left: number | null;
  priced: number | null;
  group_size: number;
  group_index: number;
  marker: string | null;
}

/** The engine's row as stored (the columns `readAllRows` selects). */
function toPayuRow(row: PageRow): PayuRow {
  return {
    resourceId: row.resource_id,
    kind: storedKind(row.kind),
    parentAccountId: row.parent_account_id,
    runStart: row.run_start,
    pack: row.pack,
    monthlyPrice: row.monthly_price,
    activeHours: row.active_hours,
    billedHours: row.billed_hours,
    billedDays: row.billed_days,
    amount: row.amount,
    status: row.status as PayuRow['status'],
    firstHour: row.first_hour,
    lastHour: row.last_hour
  };
}

function toRowView(row: PageRow): UsageRowView {
  return {
    ...toPayuRow(row),
    ...(row.priced === null ? {} : { priced: row.priced === 1 }),
    pendingHoursLeft: row.pending_hours_left,
    groupStart: row.group_index === 1,
    groupSize: row.group_size,
    marker: row.marker as UsageRowView['marker']
  };
}

/**
 * One page of the stored rows of `input.month` matching its filters. Rows are ordered by the
 * sort column, then each resource's rows are pulled together at the place of its best-ranked
 * row, in time order inside the group; a row after another of its resource says why (marker).
 */
export function queryRows(
  db: DatabaseSync,
  input: UsageRowsInput & { readonly month: string }
): UsageRowsView {
  const where = ['month = ?'];
  const params: SQLInputValue[] = [input.month];
  if (input.status !== 'all') {
    where.push('status = ?');
    params.push(input.status);
  }
  const needle = input.q.trim().toLowerCase();
  if (needle !== '') {
    where.push('instr(search, ?) > 0');
    params.push(needle);
  }
  const matching = `SELECT * FROM usage_month_rows WHERE ${where.join(' AND ')}`;
  const sum = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(amount), 0) AS amount,
              coalesce(sum(active_hours), 0) AS active, coalesce(sum(billed_hours), 0) AS billed
         FROM (${matching})`
    )
    .get(...params) as { n: number; amount: number; active: number; billed: number };
  const all = db
    .prepare('SELECT count(*) AS n FROM usage_month_rows WHERE month = ?')
    .get(input.month) as { n: number };
  const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
  const best = input.dir === 'asc' ? 'min' : 'max';
  const rows = db
    .prepare(
      `WITH f AS (${matching}),
       g AS (
         SELECT f.*,
                ${best}(${SORT_EXPRESSIONS[input.sort]}) OVER (PARTITION BY resource_id) AS group_key,
                count(*) OVER (PARTITION BY resource_id) AS group_size,
                row_number() OVER w AS group_index,
                lag(run_start) OVER w AS prev_run_start,
                lag(pack) OVER w AS prev_pack,
                lag(monthly_price) OVER w AS prev_price
           FROM f
         WINDOW w AS (PARTITION BY resource_id ORDER BY first_hour, pack_rank)
       )
       SELECT g.*,
              CASE
                WHEN prev_run_start IS NULL THEN NULL
                WHEN prev_run_start <> run_start THEN 'new-run'
                WHEN prev_pack = pack THEN 'price-change'
                WHEN monthly_price < prev_price THEN 'downgraded'
                ELSE 'upgraded'
              END AS marker
         FROM g
        ORDER BY group_key ${dir}, resource_rank, first_hour, pack_rank
        LIMIT ? OFFSET ?`
    )
    .all(...params, input.limit, input.offset) as unknown as PageRow[];
  return {
    month: input.month,
    rows: rows.map(toRowView),
    total: sum.n,
    totals: { amount: sum.amount, activeHours: sum.active, billedHours: sum.billed },
    rowCount: all.n
  };
}

/** Every stored row of the month in the engine's order (the CSV export). */
export function readAllRows(db: DatabaseSync, month: string): PayuRow[] {
  const rows = db
    .prepare(
      `SELECT resource_id, kind, parent_account_id, run_start, pack, monthly_price, active_hours,
              billed_hours, billed_days, amount, status, first_hour, last_hour
         FROM usage_month_rows WHERE month = ? ORDER BY seq`
    )
    .all(month) as unknown as PageRow[];
  return rows.map(toPayuRow);
}

/** The stored days of the month, in date order (the daily CSV export). */
export function readDays(db: DatabaseSync, month: string): PayuDaily[] {
  return db
    .prepare('SELECT date, hours, amount FROM usage_month_days WHERE month = ? ORDER BY date')
    .all(month) as unknown as PayuDaily[];
}

/**
 * A cheap fingerprint of the usage history in [fromHour, toHour): the stored month is
 * computed again when a sync (by this process or another, e.g. the CLI) or a new price list
 * (Combell's priced record is rebuilt then) rewrote it.
 */
export function usageFingerprint(db: DatabaseSync, fromHour: number, toHour: number): string {
  const intervals = db
    .prepare(
      `SELECT count(*) AS n, total(start_hour) AS starts, total(end_hour) AS ends,
              total(monthly_price * (end_hour - start_hour)) AS prices,
              total(monthly_price * length(pack)) AS packs,
              total(length(pack) + length(coalesce(parent_id, ''))) AS text
         FROM usage_intervals WHERE end_hour > ? AND start_hour < ?`
    )
    .get(fromHour, toHour) as Record<string, number>;
  const missing = db
    .prepare(
      'SELECT count(*) AS n, total(hour) AS hours FROM usage_missing_hours WHERE hour >= ? AND hour < ?'
    )
    .get(fromHour, toHour) as Record<string, number>;
  return [
    intervals['n'],
    intervals['starts'],
    intervals['ends'],
    intervals['prices'],
    intervals['packs'],
    intervals['text'],
    missing['n'],
    missing['hours']
  ].join(':');
}
