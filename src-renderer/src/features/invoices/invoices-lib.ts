/**
 * Pure helpers of the billing screens: the filter bar, order and page as `invoices:list`
 * input, status words and tones, dates, money sums and the statement's periods. No React, no
 * I/O; "today" and "now" are parameters.
 */
import type {
  InvoiceList,
  InvoiceListItem,
  InvokeInput,
  InvoiceSort,
  InvoiceStatusFilter
} from '@shared/contract';
import { addMonths, monthDates, monthKey } from '@shared/calendar';
import {
  formatAmount,
  formatDateTime as formatDateTimeIn,
  formatDay,
  formatNumber
} from '@shared/i18n/format';
import type { SortOrder } from '../../components/data-table/data-table';
import {
  dateParam,
  oneOf,
  textParam,
  type ListUrlSpec
} from '../../components/data-table/list-view';
import { currentLocale, i18n } from '../../lib/i18n';
import type { RoutePath, RouteTarget } from '../../lib/router';
import { targetPath } from '../../lib/target-route';

/** The filter bar's state. Empty strings mean "no bound" / "no text". */
export interface InvoiceFilters {
  readonly status: InvoiceStatusFilter;
  readonly q: string;
  readonly from: string;
  readonly to: string;
}

/** Every invoice, newest first: what the page shows first. */
export const NO_INVOICE_FILTERS: InvoiceFilters = { status: 'all', q: '', from: '', to: '' };

/**
 * The status strip's choices, in order (their words are `invoices:status.<value>`). Drafts
 * are not offered: clients never see them.
 */
export const INVOICE_STATUS_CHOICES: readonly InvoiceStatusFilter[] = [
  'all',
  'unpaid',
  'overdue',
  'paid',
  'cancelled',
  'refunded'
];

const STATUS_FILTERS: readonly InvoiceStatusFilter[] = [...INVOICE_STATUS_CHOICES, 'draft'];

/** Whether a route segment names a status filter (`invoices/filter/overdue`). */
export function isStatusFilter(value: string | undefined): value is InvoiceStatusFilter {
  return STATUS_FILTERS.some((status) => status === value);
}

/** The route of one invoice. */
export function invoicePath(id: string): RoutePath {
  return targetPath({ kind: 'invoice', id });
}

/** Whether anything differs from the default filters. */
export function hasActiveFilters(filters: InvoiceFilters): boolean {
  return (
    filters.status !== NO_INVOICE_FILTERS.status ||
    filters.q.trim() !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

export type InvoiceOrder = SortOrder<InvoiceSort>;

/** Newest issue date first. */
export const DEFAULT_INVOICE_ORDER: InvoiceOrder = { sort: 'issued', dir: 'desc' };

/** Rows per page of the list. */
export const INVOICE_PAGE_SIZE = 50;

const INVOICE_SORTS: readonly InvoiceSort[] = ['issued', 'due', 'number', 'total', 'status'];

/**
 * The list's view in its address: `invoices?status=unpaid&q=…&from=…&to=…&sort=due&dir=asc&page=2`.
 */
export const INVOICES_VIEW: ListUrlSpec<InvoiceFilters, InvoiceSort> = {
  path: 'invoices',
  noFilters: NO_INVOICE_FILTERS,
  defaultOrder: DEFAULT_INVOICE_ORDER,
  sorts: INVOICE_SORTS,
  readFilters: (query) => ({
    status: oneOf(query.status, STATUS_FILTERS, NO_INVOICE_FILTERS.status),
    q: textParam(query.q),
    from: dateParam(query.from),
    to: dateParam(query.to)
  }),
  writeFilters: (filters) => ({
    status: filters.status === NO_INVOICE_FILTERS.status ? '' : filters.status,
    q: filters.q,
    from: filters.from,
    to: filters.to
  })
};

/** The route of the list with one status filter set, for links from elsewhere. */
export function invoicesFilterPath(status: InvoiceStatusFilter): RouteTarget {
  return `invoices?status=${status}`;
}

/**
 * The `invoices:list` input for the filter bar, order and page: blank fields are left out,
 * the text is trimmed, and a reversed date range is put the right way round.
 */
export function toInvoiceListInput(
  filters: InvoiceFilters,
  order: InvoiceOrder = DEFAULT_INVOICE_ORDER,
  page = 0
): InvokeInput<'invoices:list'> {
  const q = filters.q.trim();
  let { from, to } = filters;
  if (from !== '' && to !== '' && from > to) [from, to] = [to, from];
  return {
    status: filters.status,
    ...(q !== '' ? { q } : {}),
    ...(from !== '' ? { from } : {}),
    ...(to !== '' ? { to } : {}),
    sort: order.sort,
    dir: order.dir,
    offset: page * INVOICE_PAGE_SIZE,
    limit: INVOICE_PAGE_SIZE
  };
}

/** The number of pages for `total` rows (at least one, so "Page 1 of 1" reads right). */
export function pageCount(total: number, pageSize = INVOICE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * "51–100 of 1,234 invoices" (or "… matching, 20,000 cached") in the app's language and
 * locale.
 */
export function countLine(
  page: number,
  shown: number,
  total: number,
  cachedCount: number,
  pageSize = INVOICE_PAGE_SIZE,
  locale = currentLocale()
): string {
  const n = (value: number) => formatNumber(value, locale);
  if (total === 0) return i18n.t('invoices:list.noMatch', { cached: n(cachedCount) });
  const first = page * pageSize + 1;
  const range =
    shown === total
      ? i18n.t('invoices:list.all', { count: total })
      : i18n.t('invoices:list.range', {
          count: total,
          first: n(first),
          last: n(first + shown - 1)
        });
  return total === cachedCount
    ? range
    : i18n.t('invoices:list.matching', { range, cached: n(cachedCount) });
}

/** The sums line per currency: "Total €12,345.60 · still due €120.00". */
export function sumsLine(sums: InvoiceList['sums'], locale = currentLocale()): string {
  return sums
    .map((sum) => {
      const total = formatAmount(sum.total, sum.currency, locale);
      const due = formatAmount(sum.due, sum.currency, locale);
      return sum.due > 0 ? i18n.t('invoices:list.stillDue', { total, due }) : total;
    })
    .join('; ');
}

export type StatusTone = 'ok' | 'due' | 'danger' | 'neutral';

/** The word and tone of an invoice's state; overdue wins over the stored status. */
export function invoiceStatusInfo(
  status: InvoiceListItem['status'],
  overdue: boolean
): { readonly label: string; readonly tone: StatusTone } {
  const word = (key: InvoiceListItem['status'] | 'overdue') => i18n.t(`invoices:status.${key}`);
  if (overdue) return { label: word('overdue'), tone: 'danger' };
  if (status === 'paid') return { label: word('paid'), tone: 'ok' };
  if (status === 'collections') return { label: word('collections'), tone: 'danger' };
  if (status === 'unpaid' || status === 'payment_pending')
    return { label: word(status), tone: 'due' };
  return { label: word(status), tone: 'neutral' };
}

/** A local date ("2026-03-14") as "14 Mar 2026" in the app's locale; "—" for none. */
export function formatLocalDate(ymd: string | null, locale = currentLocale()): string {
  if (ymd === null || ymd === '') return '—';
  return formatDay(ymd.slice(0, 10), locale) ?? ymd;
}

/**
 * A provider time as date and time. An instant ("2026-03-14T08:30:00Z": what the adapter
 * gives) is shown in `timeZone`, the reseller's (the browser's when undefined); wall-clock
 * text without a zone (cached by an older Hostdeck) is shown as recorded.
 */
export function formatProviderDateTime(
  value: string | null,
  timeZone?: string,
  locale = currentLocale()
): string {
  if (value === null || value === '') return '—';
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = Date.parse(value);
    if (!Number.isNaN(instant)) return formatDateTimeIn(instant, locale, { timeZone });
  }
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(value);
  if (!match) return formatLocalDate(value, locale);
  const [, day = '', hh = '', mm = ''] = match;
  if (hh === '00' && mm === '00') return formatLocalDate(day, locale);
  const ms = Date.parse(`${day}T${hh}:${mm}:00Z`);
  return formatDateTimeIn(ms, locale, { timeZone: 'UTC' });
}

/** Money in minor units of `currency`, formatted; used where the contract gives bare numbers. */
export function formatMinor(
  amountMinor: number,
  currency: string | null,
  locale = currentLocale()
): string {
  if (currency === null)
    return formatNumber(amountMinor / 100, locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2
    });
  return formatAmount(amountMinor, currency, locale);
}

/** A file size in the locale's units: "48 kB", "1,2 Mo". */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  const unit = (value: number, name: string, digits: number) =>
    formatNumber(value, locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: digits
    });
  if (bytes < 1024) return unit(bytes, 'byte', 0);
  if (bytes < 1024 * 1024) return unit(Math.round(bytes / 1024), 'kilobyte', 0);
  return unit(bytes / (1024 * 1024), 'megabyte', 1);
}

/** A period of local dates, both inclusive. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export type PeriodPreset =
  | 'last-12-months'
  | 'this-month'
  | 'last-month'
  | 'this-quarter'
  | 'last-quarter'
  | 'this-year'
  | 'last-year';

/** The period presets, in order (their words are `invoices:period.<preset>`). */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'last-12-months',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year'
];

function monthsSpan(year: number, firstMonth: number, months: number): Period {
  // Month arithmetic on month keys, so a zone change can never shift a day.
  const first = monthKey(year, firstMonth);
  return { from: monthDates(first).first, to: monthDates(addMonths(first, months - 1)).last };
}

/** The local dates of a preset around `today` ("YYYY-MM-DD" in the reseller's zone). */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStart = month - ((month - 1) % 3);
  switch (preset) {
    case 'last-12-months':
      return monthsSpan(year, month - 11, 12);
    case 'this-month':
      return monthsSpan(year, month, 1);
    case 'last-month':
      return monthsSpan(year, month - 1, 1);
    case 'this-quarter':
      return monthsSpan(year, quarterStart, 3);
    case 'last-quarter':
      return monthsSpan(year, quarterStart - 3, 3);
    case 'this-year':
      return monthsSpan(year, 1, 12);
    case 'last-year':
      return monthsSpan(year - 1, 1, 12);
  }
}

/** Today's local date in `timeZone` (the system zone when unknown or invalid). */
export function localToday(nowMs: number, timeZone: string | undefined): string {
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
    }).format(nowMs);
  try {
    return format(timeZone);
  } catch {
    return format(undefined);
  }
}
