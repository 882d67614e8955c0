/**
 * Read models of the services page over a profile's cache: the paged list (status filter,
 * search and sort in SQLite, fast at 2,000 services) and one service. No provider, no clock.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { prepared } from '../cache/statements';
import type { ServiceListInput, ServiceView } from '@shared/contract';
import type { Service, ServiceUsage } from '@shared/model';

const DOMAIN = "json_extract(s.json, '$.domain')";
const percentOf = (used: string, limit: string) =>
  `CASE WHEN json_extract(s.json, '${limit}') > 0 THEN json_extract(s.json, '${used}') * 1.0 / json_extract(s.json, '${limit}') END`;

const ORDER: Readonly<Record<ServiceListInput['sort'], string>> = {
  name: 's.name COLLATE NOCASE',
  domain: `${DOMAIN} COLLATE NOCASE`,
  status: 's.status',
  'next-due': "json_extract(s.json, '$.nextDueOn')",
  amount: "json_extract(s.json, '$.recurringAmount.amountMinor')",
  disk: percentOf('$.usage.diskUsedMb', '$.usage.diskLimitMb'),
  bandwidth: percentOf('$.usage.bandwidthUsedMb', '$.usage.bandwidthLimitMb')
};

const SEARCHED = `s.name || ' ' || coalesce(${DOMAIN}, '') || ' ' || coalesce(json_extract(s.json, '$.group'), '') || ' ' || coalesce(json_extract(s.json, '$.serverHostname'), '')`;

function meter(used: number, limit: number | null) {
  return {
    usedMb: used,
    limitMb: limit,
    percent: limit === null ? null : Math.round((used / limit) * 1000) / 10
  };
}

/** A cached service as the contract shows it. */
export function serviceView(service: Service): ServiceView {
  const usage: ServiceUsage | null = service.usage ?? null;
  const money = service.recurringAmount;
  return {
    id: service.id,
    name: service.name,
    group: service.group,
    domain: service.domain,
    status: service.status,
    billingCycle: service.billingCycle,
    recurringAmount: money ? { amountMinor: money.amountMinor, currency: money.currency } : null,
    nextDueOn: service.nextDueOn,
    registeredOn: service.registeredOn,
    disk: usage ? meter(usage.diskUsedMb, usage.diskLimitMb) : null,
    bandwidth: usage ? meter(usage.bandwidthUsedMb, usage.bandwidthLimitMb) : null,
    serverHostname: service.serverHostname ?? null
  };
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface ServiceListResult {
  readonly services: ServiceView[];
  readonly total: number;
  readonly cachedCount: number;
  readonly statusCounts: Record<string, number>;
}

/** One page of the cached services for the filters. */
export function listServices(db: DatabaseSync, input: ServiceListInput): ServiceListResult {
  const parts: string[] = [];
  const params: Record<string, SQLInputValue> = {};
  if (input.status !== 'all') {
    parts.push('s.status = :status');
    params.status = input.status;
  }
  const q = input.q?.trim() ?? '';
  if (q !== '') {
    parts.push(`(${SEARCHED}) LIKE :like ESCAPE '\\'`);
    params.like = likePattern(q);
  }
  const where = parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '';
  const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
  const key = ORDER[input.sort];
  const rows = prepared(
    db,

    `SELECT s.json AS json FROM services s ${where}
        ORDER BY (${key}) IS NULL, ${key} ${dir}, CAST(s.id AS INTEGER) ${dir}, s.id ${dir}
        LIMIT :limit OFFSET :offset`
  ).all({ ...params, limit: input.limit, offset: input.offset }) as unknown as { json: string }[];
  const total = (
    prepared(db, `SELECT count(*) AS n FROM services s ${where}`).get(params) as { n: number }
  ).n;
  const counts = prepared(
    db,
    'SELECT status, count(*) AS n FROM services GROUP BY status'
  ).all() as unknown as { status: string; n: number }[];
  const statusCounts: Record<string, number> = {};
  for (const c of counts) statusCounts[c.status] = c.n;
  return {
    services: rows.map((r) => serviceView(JSON.parse(r.json) as Service)),
    total,
    cachedCount: counts.reduce((n, c) => n + c.n, 0),
    statusCounts
  };
}

/** One cached service, or null. */
export function getService(db: DatabaseSync, id: string): Service | null {
  const row = prepared(db, 'SELECT json FROM services WHERE id = ?').get(id) as
    { json: string } | undefined;
  return row ? (JSON.parse(row.json) as Service) : null;
}
