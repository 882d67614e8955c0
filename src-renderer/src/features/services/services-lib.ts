/**
 * Pure helpers of the Services screen: the filter bar, order and page as `services:list`
 * input, status words and tones, and usage wording. No React, no I/O.
 */
import type { InvokeInput, ServiceSort, ServiceView } from '../../../../src-shared/contract';
import type { SortOrder } from '../../components/data-table/data-table';
import { oneOf, textParam, type ListUrlSpec } from '../../components/data-table/list-view';

export type ServiceStatusFilter = NonNullable<InvokeInput<'services:list'>['status']>;

/** The filter bar's state. */
export interface ServiceFilters {
  readonly status: ServiceStatusFilter;
  readonly q: string;
}

export const NO_SERVICE_FILTERS: ServiceFilters = { status: 'all', q: '' };

export type ServiceOrder = SortOrder<ServiceSort>;

/** By domain, A to Z. */
export const DEFAULT_SERVICE_ORDER: ServiceOrder = { sort: 'domain', dir: 'asc' };

/** Rows per page of the list. */
export const SERVICE_PAGE_SIZE = 50;

const SERVICE_SORTS: readonly ServiceSort[] = [
  'domain',
  'name',
  'status',
  'next-due',
  'amount',
  'disk',
  'bandwidth'
];

const STATUS_FILTERS: readonly ServiceStatusFilter[] = [
  'all',
  'pending',
  'active',
  'suspended',
  'terminated',
  'cancelled',
  'fraud',
  'completed',
  'unknown'
];

/** The list's view in its address: `services?status=active&q=…&sort=disk&dir=desc&page=2`. */
export const SERVICES_VIEW: ListUrlSpec<ServiceFilters, ServiceSort> = {
  path: 'services',
  noFilters: NO_SERVICE_FILTERS,
  defaultOrder: DEFAULT_SERVICE_ORDER,
  sorts: SERVICE_SORTS,
  readFilters: (query) => ({
    status: oneOf(query.status, STATUS_FILTERS, NO_SERVICE_FILTERS.status),
    q: textParam(query.q)
  }),
  writeFilters: (filters) => ({
    status: filters.status === NO_SERVICE_FILTERS.status ? '' : filters.status,
    q: filters.q
  })
};

/** Whether anything differs from the default filters. */
export function hasActiveFilters(filters: ServiceFilters): boolean {
  return filters.status !== NO_SERVICE_FILTERS.status || filters.q.trim() !== '';
}

/** The `services:list` input for the filter bar, order and page. */
export function toServiceListInput(
  filters: ServiceFilters,
  order: ServiceOrder = DEFAULT_SERVICE_ORDER,
  page = 0
): InvokeInput<'services:list'> {
  const q = filters.q.trim();
  return {
    status: filters.status,
    ...(q !== '' ? { q } : {}),
    sort: order.sort,
    dir: order.dir,
    offset: page * SERVICE_PAGE_SIZE,
    limit: SERVICE_PAGE_SIZE
  };
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A local date ("2026-03-14") in the user's locale; "—" for none. */
export function formatDay(ymd: string | null): string {
  if (!ymd) return '—';
  const ms = Date.parse(`${ymd}T00:00:00Z`);
  return Number.isNaN(ms) ? ymd : dateFormat.format(ms);
}

/** The route of one service. */
export function servicePath(id: string): string {
  return `services/${encodeURIComponent(id)}`;
}

export type ServiceTone = 'ok' | 'pending' | 'danger' | 'neutral';

const STATUS_WORDS: Readonly<Record<ServiceView['status'], string>> = {
  pending: 'Pending',
  active: 'Active',
  suspended: 'Suspended',
  terminated: 'Terminated',
  cancelled: 'Cancelled',
  fraud: 'Fraud',
  completed: 'Completed',
  unknown: 'Unknown'
};

const STATUS_TONES: Readonly<Record<ServiceView['status'], ServiceTone>> = {
  pending: 'pending',
  active: 'ok',
  suspended: 'danger',
  terminated: 'neutral',
  cancelled: 'neutral',
  fraud: 'danger',
  completed: 'neutral',
  unknown: 'neutral'
};

/** The word and tone of a service status. */
export function serviceStatusInfo(status: ServiceView['status']): {
  readonly label: string;
  readonly tone: ServiceTone;
} {
  return { label: STATUS_WORDS[status], tone: STATUS_TONES[status] };
}

/** The strip's choices: All, then every status that has services, in a stable order. */
export function statusChoices(
  counts: Readonly<Record<string, number>>,
  current: ServiceStatusFilter
): { value: ServiceStatusFilter; label: string; count?: number }[] {
  const all = Object.values(counts).reduce((n, c) => n + c, 0);
  const order = Object.keys(STATUS_WORDS) as ServiceView['status'][];
  const shown = order
    .sort((a, b) => (a === 'active' ? -1 : b === 'active' ? 1 : 0))
    .filter((status) => (counts[status] ?? 0) > 0 || status === current);
  return [
    { value: 'all', label: 'All', count: all },
    ...shown.map((status) => ({
      value: status,
      label: STATUS_WORDS[status],
      count: counts[status] ?? 0
    }))
  ];
}

/** Megabytes as the provider counts them, in MB, GB or TB (1 GB = 1024 MB, as WHMCS shows). */
export function formatMb(mb: number): string {
  if (mb < 1024) return `${Math.round(mb)} MB`;
  const gb = mb / 1024;
  if (gb < 1024) return `${gb < 10 ? gb.toFixed(1) : Math.round(gb)} GB`;
  return `${(gb / 1024).toFixed(1)} TB`;
}

/** The level of a usage meter: calm, close to the limit, at or over it. */
export function meterLevel(percent: number | null): 'ok' | 'high' | 'full' {
  if (percent === null) return 'ok';
  if (percent >= 100) return 'full';
  return percent >= 80 ? 'high' : 'ok';
}

/** "1.2 GB of 5 GB (24%)", "300 MB, no limit", or "—" when the provider gave no figures. */
export function meterWords(meter: ServiceView['disk']): string {
  if (meter === null) return '—';
  if (meter.limitMb === null) return `${formatMb(meter.usedMb)}, no limit`;
  return `${formatMb(meter.usedMb)} of ${formatMb(meter.limitMb)} (${Math.round(meter.percent ?? 0)}%)`;
}

/** "Showing 1–50 of 2,000 services" (or "of 12 matching, 2,000 cached"). */
export function countLine(page: number, shown: number, total: number, cachedCount: number): string {
  const n = (value: number) => value.toLocaleString();
  const noun = total === 1 ? 'service' : 'services';
  if (total === 0) return `No matching services (${n(cachedCount)} cached)`;
  const first = page * SERVICE_PAGE_SIZE + 1;
  const range =
    shown === total
      ? `${n(total)} ${noun}`
      : `${n(first)}–${n(first + shown - 1)} of ${n(total)} ${noun}`;
  return total === cachedCount ? range : `${range} matching, ${n(cachedCount)} cached`;
}
