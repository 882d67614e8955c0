/**
 * The domains' repository. `domains:list` as one query: the cached domains filtered, counted, sorted and paged in
 * SQLite, joined with the stored alert pass (alert_results), plus the per-status counts and
 * the "renewals ahead" aggregate. Only the rows of the asked page are parsed in JavaScript.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { DomainListInput, DomainSortKey, DomainView, RenewalsAhead } from '@shared/contract';
import { ENDED_DOMAIN_STATUSES, type Domain } from '@shared/model';
import type { DomainAlert } from '../alerts/types';
import { addMonths } from '../time';
import { domainView } from './domain-view';

/** The model's ended statuses (no countdown, no renewal ahead) as an SQL list. */
const GONE = `(${ENDED_DOMAIN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/** Whole days from `today` (a bound YYYY-MM-DD) to the expiry; NULL without a readable date. */
const DAYS_LEFT = 'CAST(julianday(d.expires_on) - julianday(:today) AS INTEGER)';

/** Open alerts rank above snoozed or acknowledged ones of the same severity. */
const ALERT_RANK = `CASE json_extract(a.payload, '$.severity')
    WHEN 'critical' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 END
  - CASE WHEN json_extract(a.payload, '$.snoozed') OR json_extract(a.payload, '$.acknowledged')
    THEN 0.5 ELSE 0 END`;

const SORT_SQL: Readonly<Record<DomainSortKey, string>> = {
  name: 'd.name COLLATE NOCASE',
  status: 'd.status',
  expiresOn: 'd.expires_on',
  daysLeft: `CASE WHEN d.status IN ${GONE} THEN NULL ELSE d.expires_on END`,
  autoRenew: 'd.auto_renew',
  nextDueOn: 'd.next_due_on',
  renewalPrice: "json_extract(d.json, '$.recurringAmount.amountMinor')",
  alert: `(${ALERT_RANK})`
};

/** Sort keys over NOT NULL columns: no nulls-last term, so the index can give the order. */
const NOT_NULL: ReadonlySet<DomainSortKey> = new Set<DomainSortKey>(['name', 'status']);

/** The WHERE clause and its parameters for the filters. */
function whereOf(
  input: DomainListInput,
  today: string
): { sql: string; params: Record<string, SQLInputValue> } {
  const clauses: string[] = [];
  const params: Record<string, SQLInputValue> = {};
  const q = input.q.trim();
  if (q) {
    clauses.push("d.name LIKE :q ESCAPE '\\'");
    params.q = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (input.status !== 'all') {
    clauses.push('d.status = :status');
    params.status = input.status;
  }
  if (input.autoRenewOffOnly) clauses.push('d.auto_renew = 0');
  if (input.within !== null) {
    clauses.push("d.expires_on >= :today AND d.expires_on <= date(:today, :within || ' days')");
    params.today = today;
    params.within = `+${input.within}`;
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

interface DomainRow {
  readonly json: string;
  readonly days: number | null;
  readonly alert: string | null;
}

/** The rows matching `input`'s filters in its order; a page when `paged`. */
function selectRows(
  input: DomainListInput,
  today: string,
  paged: boolean
): { sql: string; params: Record<string, SQLInputValue> } {
  const where = whereOf(input, today);
  const key = SORT_SQL[input.sort];
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  return {
    sql: `SELECT d.json AS json, ${DAYS_LEFT} AS days, a.payload AS alert
       FROM domains d LEFT JOIN alert_results a ON a.domain_id = d.id
       ${where.sql}
       ORDER BY ${NOT_NULL.has(input.sort) ? '' : `(${key}) IS NULL, `}${key} ${dir}, d.name COLLATE NOCASE, d.id
       ${paged ? 'LIMIT :limit OFFSET :offset' : ''}`,
    params: paged
      ? { ...where.params, today, limit: input.limit, offset: input.offset }
      : { ...where.params, today }
  };
}

function viewOf(row: DomainRow): DomainView {
  return domainView(
    JSON.parse(row.json) as Domain,
    row.days,
    row.alert === null ? null : (JSON.parse(row.alert) as DomainAlert)
  );
}

/** One page of domains matching `input`, the number matching, and every cached domain. */
export function queryDomainPage(
  db: DatabaseSync,
  input: DomainListInput,
  today: string
): { domains: DomainView[]; total: number; cachedCount: number } {
  const where = whereOf(input, today);
  const total = (
    db.prepare(`SELECT count(*) AS n FROM domains d ${where.sql}`).get(where.params) as {
      n: number;
    }
  ).n;
  const cachedCount = (db.prepare('SELECT count(*) AS n FROM domains').get() as { n: number }).n;
  const select = selectRows(input, today, true);
  const rows = db.prepare(select.sql).all(select.params) as unknown as DomainRow[];
  return { domains: rows.map(viewOf), total, cachedCount };
}

/**
 * Every domain matching `input`'s filters, in its order (offset and limit ignored), one row
 * at a time from SQLite: for exports of the whole filtered set.
 */
export function* iterateDomains(
  db: DatabaseSync,
  input: DomainListInput,
  today: string
): Generator<DomainView> {
  const select = selectRows(input, today, false);
  for (const row of db.prepare(select.sql).iterate(select.params))
    yield viewOf(row as unknown as DomainRow);
}

/** Cached domains per status, whatever the filters. */
export function domainStatusCounts(db: DatabaseSync): Record<string, number> {
  const rows = db
    .prepare('SELECT status, count(*) AS n FROM domains GROUP BY status ORDER BY status')
    .all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * Count and cost of renewals per month for `months` months from today's month, grouped in
 * SQLite. A domain renews on its next due date (its expiry when there is none); dates before
 * today are overdue, not ahead, and ended domains never renew. The cost is summed in the
 * currency most priced renewals use; the rest count as unpriced.
 */
export function renewalsAhead(db: DatabaseSync, today: string, months = 12): RenewalsAhead {
  const first = today.slice(0, 7);
  const keys = Array.from({ length: months }, (_, i) => addMonths(first, i));
  const rows = db
    .prepare(
      `SELECT substr(coalesce(next_due_on, expires_on), 1, 7) AS month,
              json_extract(json, '$.recurringAmount.currency') AS currency,
              count(*) AS n,
              count(json_extract(json, '$.recurringAmount.amountMinor')) AS priced,
              coalesce(sum(json_extract(json, '$.recurringAmount.amountMinor')), 0) AS cost
       FROM domains
       WHERE coalesce(next_due_on, expires_on) >= :today
         AND coalesce(next_due_on, expires_on) < :end
         AND status NOT IN ${GONE}
       GROUP BY month, currency`
    )
    .all({ today, end: `${addMonths(first, months)}-01` }) as {
    month: string;
    currency: string | null;
    n: number;
    priced: number;
    cost: number;
  }[];
  const perCurrency = new Map<string, number>();
  for (const row of rows)
    if (row.currency !== null && row.priced > 0)
      perCurrency.set(row.currency, (perCurrency.get(row.currency) ?? 0) + row.priced);
  let currency: string | null = null;
  for (const [code, n] of [...perCurrency].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (currency === null || n > (perCurrency.get(currency) ?? 0)) currency = code;
  const result = keys.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    const count = inMonth.reduce((sum, r) => sum + r.n, 0);
    const mine = inMonth.filter((r) => r.currency === currency);
    const priced = mine.reduce((sum, r) => sum + r.priced, 0);
    return {
      month,
      count,
      costMinor: mine.reduce((sum, r) => sum + r.cost, 0),
      unpricedCount: count - priced
    };
  });
  return {
    currency,
    months: result,
    totalCount: result.reduce((sum, r) => sum + r.count, 0),
    totalCostMinor: result.reduce((sum, r) => sum + r.costMinor, 0)
  };
}

/** The sync run that last wrote a cached domain (null when it has none or is not cached). */
export function domainRunId(db: DatabaseSync, id: string): string | null {
  const row = db.prepare('SELECT run_id FROM domains WHERE id = ?').get(id) as
    { run_id: string | null } | undefined;
  return row?.run_id ?? null;
}

/**
 * A cached domain's id, from its id or its name in any case ("Example.BE"); the id wins.
 * Null when neither is cached.
 */
export function cachedDomainId(db: DatabaseSync, reference: string): string | null {
  const text = reference.trim();
  if (text === '') return null;
  const row = db
    .prepare(
      `SELECT id FROM domains WHERE id = ?1
       UNION ALL
       SELECT id FROM (SELECT id FROM domains WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1)
       LIMIT 1`
    )
    .get(text) as { id: string } | undefined;
  return row?.id ?? null;
}
