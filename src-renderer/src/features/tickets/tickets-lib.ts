/**
 * Pure helpers of the Tickets screen: turning the filter bar, the sort and the page into
 * `tickets:list` input, paging words, status tones and time wording. No React, no I/O.
 */
import type { InvokeInput, TicketSort, TicketStatusFilter } from '@shared/contract';
import {
  dateParam,
  oneOf,
  textParam,
  type ListUrlSpec
} from '../../components/data-table/list-view';
import { DAY_MS } from '@shared/calendar';
import { formatInstantDay, formatNumber, formatTimeAgo } from '@shared/i18n/format';
import { currentLocale, i18n } from '../../lib/i18n';
import type { RoutePath } from '../../lib/router';
import { targetPath } from '../../lib/target-route';

/** The filter bar's state. Empty strings mean "no bound" / "no keyword". */
export interface TicketFilters {
  readonly status: TicketStatusFilter;
  readonly q: string;
  readonly from: string;
  readonly to: string;
}

/** Active tickets, no keyword, no dates: what the reseller sees first. */
export const NO_TICKET_FILTERS: TicketFilters = { status: 'active', q: '', from: '', to: '' };

/** The segmented control's choices, in order (their words are `tickets:filters.<value>`). */
export const STATUS_CHOICES: readonly TicketStatusFilter[] = [
  'active',
  'awaiting-you',
  'closed',
  'all'
];

/** Whether anything differs from the default filters. */
export function hasActiveFilters(filters: TicketFilters): boolean {
  return (
    filters.status !== NO_TICKET_FILTERS.status ||
    filters.q.trim() !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

/** The list's order: a column and a direction. */
export interface TicketOrder {
  readonly sort: TicketSort;
  readonly dir: 'asc' | 'desc';
}

/** Newest activity first, as an inbox opens. */
export const DEFAULT_ORDER: TicketOrder = { sort: 'last-reply', dir: 'desc' };

/** Rows per page of the list. */
export const PAGE_SIZE = 50;

/**
 * The `tickets:list` input for the filter bar, order and page: blank fields are left out,
 * the keyword is trimmed, and a reversed range is put the right way round instead of being
 * an error. The default order is left out too (main's defaults).
 */
export function toListInput(
  filters: TicketFilters,
  order: TicketOrder = DEFAULT_ORDER,
  page = 0
): InvokeInput<'tickets:list'> {
  const q = filters.q.trim();
  let from = filters.from;
  let to = filters.to;
  if (from !== '' && to !== '' && from > to) [from, to] = [to, from];
  const isDefaultOrder = order.sort === DEFAULT_ORDER.sort && order.dir === DEFAULT_ORDER.dir;
  return {
    status: filters.status,
    ...(q !== '' ? { q } : {}),
    ...(from !== '' ? { from } : {}),
    ...(to !== '' ? { to } : {}),
    ...(isDefaultOrder ? {} : { sort: order.sort, dir: order.dir }),
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE
  };
}

const TICKET_SORTS: readonly TicketSort[] = ['last-reply', 'opened', 'number', 'subject'];

/**
 * The list's view in its address: `tickets?status=closed&q=…&from=…&to=…&sort=subject&dir=asc`
 * (active tickets by last reply, newest first, when the address says nothing).
 */
export const TICKETS_VIEW: ListUrlSpec<TicketFilters, TicketSort> = {
  path: 'tickets',
  noFilters: NO_TICKET_FILTERS,
  defaultOrder: DEFAULT_ORDER,
  sorts: TICKET_SORTS,
  readFilters: (query) => ({
    status: oneOf(query.status, STATUS_CHOICES, NO_TICKET_FILTERS.status),
    q: textParam(query.q),
    from: dateParam(query.from),
    to: dateParam(query.to)
  }),
  writeFilters: (filters) => ({
    status: filters.status === NO_TICKET_FILTERS.status ? '' : filters.status,
    q: filters.q,
    from: filters.from,
    to: filters.to
  })
};

/** The number of pages for `total` matches (at least one). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * "51–100 of 1,234 matching tickets" for a page of several, else the plain count ("2 tickets",
 * "1 of 9 tickets"), in the app's language.
 */
export function countLine(
  page: number,
  shown: number,
  total: number,
  cached: number,
  locale = currentLocale()
): string {
  const n = (value: number) => formatNumber(value, locale);
  if (total > shown) {
    const first = page * PAGE_SIZE + 1;
    const last = page * PAGE_SIZE + shown;
    return i18n.t('tickets:list.range', { count: total, first: n(first), last: n(last) });
  }
  if (total === cached) return i18n.t('tickets:list.all', { count: total });
  return i18n.t('tickets:list.ofCached', { count: cached, total: n(total) });
}

/** Colour family of a status chip; the word is always shown too. */
export type TicketTone = 'attention' | 'waiting' | 'open' | 'paused' | 'closed';

/** The tone of a provider status ("Answered" needs the reseller, "Closed" is done, …). */
export function ticketTone(status: string): TicketTone {
  switch (status.trim().toLowerCase()) {
    case 'answered':
      return 'attention';
    case 'customer-reply':
      return 'waiting';
    case 'closed':
      return 'closed';
    case 'on hold':
      return 'paused';
    default:
      return 'open';
  }
}

const STATUS_KEYS: Readonly<Record<string, keyof typeof STATUS_WORDS>> = {
  open: 'open',
  answered: 'answered',
  'customer-reply': 'customerReply',
  closed: 'closed',
  'on hold': 'onHold',
  'in progress': 'inProgress'
};

const STATUS_WORDS = {
  open: 'tickets:status.open',
  answered: 'tickets:status.answered',
  customerReply: 'tickets:status.customerReply',
  closed: 'tickets:status.closed',
  onHold: 'tickets:status.onHold',
  inProgress: 'tickets:status.inProgress'
} as const;

/**
 * A provider status (WHMCS's English "Answered", "Customer-Reply"…) in the app's language;
 * a status the provider made up is shown as it names it.
 */
export function ticketStatusWords(status: string): string {
  const key = STATUS_KEYS[status.trim().toLowerCase()];
  return key ? i18n.t(STATUS_WORDS[key]) : status;
}

/** A provider priority ("Low", "Medium", "High") in the app's language, else as given. */
export function priorityWords(priority: string): string {
  const key = priority.trim().toLowerCase();
  return key === 'low' || key === 'medium' || key === 'high'
    ? i18n.t(`tickets:priority.${key}`)
    : priority;
}

const WEEK_MS = 7 * DAY_MS;

/**
 * "2 h ago" for the last week, a date after that, "—" without a time. `now` is a parameter so
 * the wording is testable; the date is in the reseller's zone.
 */
export function formatLastReply(
  instant: string | null,
  now: number,
  timeZone?: string,
  locale = currentLocale()
): string {
  if (instant === null) return '—';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '—';
  if (now - ms < WEEK_MS) return formatTimeAgo(ms, now, locale);
  return formatDay(ms, timeZone, locale);
}

/** The local date of an instant in the reseller's zone, e.g. "12 Mar 2026". */
export function formatDay(ms: number, timeZone?: string, locale = currentLocale()): string {
  // An unknown zone falls back to the system's: it must not hide the date.
  return formatInstantDay(ms, locale, timeZone);
}

/** Path of a ticket's thread view. */
export function ticketPath(id: string): RoutePath {
  return targetPath({ kind: 'ticket', id });
}
