/**
 * Pure helpers of the Services screen: the filter bar, order and page as `services:list`
 * input, status words and tones, and usage wording. No React, no I/O.
 */
import type { InvokeInput, ServiceSort, ServiceView } from '@shared/contract';
import type { SortOrder } from '../../components/data-table/data-table';
import { oneOf, textParam, type ListUrlSpec } from '../../components/data-table/list-view';
import { formatDay as formatDayIn, formatNumber, formatPercent } from '@shared/i18n/format';
import { currentLocale, i18n } from '../../lib/i18n';
import type { RoutePath } from '../../lib/router';

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

/** A local date ("2026-03-14") in the app's locale; "—" for none. */
export function formatDay(ymd: string | null, locale = currentLocale()): string {
  if (!ymd) return '—';
  return formatDayIn(ymd.slice(0, 10), locale) ?? ymd;
}

const CYCLE_KEYS: Readonly<Record<string, keyof typeof CYCLE_WORDS>> = {
  'free account': 'free',
  free: 'free',
  'one time': 'oneTime',
  onetime: 'oneTime',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'semi-annually': 'semiAnnually',
  semiannually: 'semiAnnually',
  annually: 'annually',
  biennially: 'biennially',
  triennially: 'triennially'
};

const CYCLE_WORDS = {
  free: 'services:cycle.free',
  oneTime: 'services:cycle.oneTime',
  monthly: 'services:cycle.monthly',
  quarterly: 'services:cycle.quarterly',
  semiAnnually: 'services:cycle.semiAnnually',
  annually: 'services:cycle.annually',
  biennially: 'services:cycle.biennially',
  triennially: 'services:cycle.triennially'
} as const;

/**
 * A billing cycle as the provider names it ("Monthly", "Semi-Annually": WHMCS's English
 * words) in the app's language; a name Hostdeck does not know is shown as given.
 */
export function cycleWords(cycle: string): string {
  const key = CYCLE_KEYS[cycle.trim().toLowerCase()];
  return key ? i18n.t(CYCLE_WORDS[key]) : cycle;
}

/** The route of one service. */
export function servicePath(id: string): RoutePath {
  return `services/${encodeURIComponent(id)}`;
}

export type ServiceTone = 'ok' | 'pending' | 'danger' | 'neutral';

const STATUSES: readonly ServiceView['status'][] = [
  'pending',
  'active',
  'suspended',
  'terminated',
  'cancelled',
  'fraud',
  'completed',
  'unknown'
];

const statusWord = (status: ServiceView['status'] | 'all') => i18n.t(`services:status.${status}`);

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
  return { label: statusWord(status), tone: STATUS_TONES[status] };
}

/** The strip's choices: All, then every status that has services, in a stable order. */
export function statusChoices(
  counts: Readonly<Record<string, number>>,
  current: ServiceStatusFilter
): { value: ServiceStatusFilter; label: string; count?: number }[] {
  const all = Object.values(counts).reduce((n, c) => n + c, 0);
  const shown = [...STATUSES]
    .sort((a, b) => (a === 'active' ? -1 : b === 'active' ? 1 : 0))
    .filter((status) => (counts[status] ?? 0) > 0 || status === current);
  return [
    { value: 'all', label: statusWord('all'), count: all },
    ...shown.map((status) => ({
      value: status,
      label: statusWord(status),
      count: counts[status] ?? 0
    }))
  ];
}

/**
 * Megabytes as the provider counts them, in MB, GB or TB (1 GB = 1024 MB, as WHMCS shows),
 * with the locale's units and decimal mark ("2,5 Go" in French).
 */
export function formatMb(mb: number, locale = currentLocale()): string {
  const unit = (value: number, name: string, digits: number) =>
    formatNumber(value, locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // Below 1024 of a unit: "1013 MB", never grouped.
      useGrouping: false
    });
  if (mb < 1024) return unit(Math.round(mb), 'megabyte', 0);
  const gb = mb / 1024;
  if (gb < 1024) return gb < 10 ? unit(gb, 'gigabyte', 1) : unit(Math.round(gb), 'gigabyte', 0);
  return unit(gb / 1024, 'terabyte', 1);
}

/** The level of a usage meter: calm, close to the limit, at or over it. */
export function meterLevel(percent: number | null): 'ok' | 'high' | 'full' {
  if (percent === null) return 'ok';
  if (percent >= 100) return 'full';
  return percent >= 80 ? 'high' : 'ok';
}

/** "1.2 GB of 5 GB (24%)", "300 MB, no limit", or "—" when the provider gave no figures. */
export function meterWords(meter: ServiceView['disk'], locale = currentLocale()): string {
  if (meter === null) return '—';
  const used = formatMb(meter.usedMb, locale);
  if (meter.limitMb === null) return i18n.t('services:meter.noLimit', { used });
  return i18n.t('services:meter.of', {
    used,
    limit: formatMb(meter.limitMb, locale),
    percent: meterPercent(meter.percent ?? 0, locale)
  });
}

/** A whole percentage in the locale ("25 %" in French). */
export function meterPercent(percent: number, locale = currentLocale()): string {
  return formatPercent(Math.round(percent) / 100, locale);
}

/** "1–50 of 2,000 services" (or "… matching, 2,000 cached") in the app's language. */
export function countLine(
  page: number,
  shown: number,
  total: number,
  cachedCount: number,
  locale = currentLocale()
): string {
  const n = (value: number) => formatNumber(value, locale);
  if (total === 0) return i18n.t('services:list.noMatch', { cached: n(cachedCount) });
  const first = page * SERVICE_PAGE_SIZE + 1;
  const range =
    shown === total
      ? i18n.t('services:list.all', { count: total })
      : i18n.t('services:list.range', {
          count: total,
          first: n(first),
          last: n(first + shown - 1)
        });
  return total === cachedCount
    ? range
    : i18n.t('services:list.matching', { range, cached: n(cachedCount) });
}
