/**
 * Pure helpers of the Tickets screen: turning the filter bar into `tickets:list` input, status
 * tones, time wording and which alerts belong to a ticket. No React, no I/O.
 */
import type { AlertView, InvokeInput, TicketStatusFilter } from '../../../../src-shared/contract';
import { formatRelativeTime } from '../../lib/format-time';
import { parseRoute } from '../../lib/router';

/** The filter bar's state. Empty strings mean "no bound" / "no keyword". */
export interface TicketFilters {
  readonly status: TicketStatusFilter;
  readonly q: string;
  readonly from: string;
  readonly to: string;
}

/** Active tickets, no keyword, no dates: what the reseller sees first. */
export const NO_TICKET_FILTERS: TicketFilters = { status: 'active', q: '', from: '', to: '' };

/** The segmented control's choices, in order. */
export const STATUS_CHOICES: readonly {
  readonly value: TicketStatusFilter;
  readonly label: string;
}[] = [
  { value: 'active', label: 'Active' },
  { value: 'awaiting-you', label: 'Awaiting you' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' }
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

/**
 * The `tickets:list` input for the filter bar: blank fields are left out, the keyword is
 * trimmed, and a reversed range is put the right way round instead of being an error.
 */
export function toListInput(filters: TicketFilters): InvokeInput<'tickets:list'> {
  const q = filters.q.trim();
  let from = filters.from;
  let to = filters.to;
  if (from !== '' && to !== '' && from > to) [from, to] = [to, from];
  return {
    status: filters.status,
    ...(q !== '' ? { q } : {}),
    ...(from !== '' ? { from } : {}),
    ...(to !== '' ? { to } : {})
  };
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

const WEEK_MS = 7 * 86_400_000;

/**
 * "2 h ago" for the last week, a date after that, "—" without a time. `now` is a parameter so
 * the wording is testable; the date is in the reseller's zone.
 */
export function formatLastReply(instant: string | null, now: number, timeZone?: string): string {
  if (instant === null) return '—';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '—';
  if (now - ms < WEEK_MS) return formatRelativeTime(ms, now);
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone }).format(ms);
  } catch {
    // An unknown zone must not hide the date; the settings form reports the zone itself.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);
  }
}

/** Keys of the open "staff replied" alerts that point at ticket `id`. */
export function ticketAlertKeys(alerts: readonly AlertView[], id: string): string[] {
  return alerts
    .filter((alert) => {
      if (alert.category !== 'ticket') return false;
      const route = parseRoute(alert.route);
      return route.page === 'tickets' && route.params[0] === id;
    })
    .map((alert) => alert.key);
}

/** Path of a ticket's thread view. */
export function ticketPath(id: string): string {
  return `tickets/${encodeURIComponent(id)}`;
}
