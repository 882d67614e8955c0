/**
 * The domains table's pure helpers: filtering, sorting and the "renewals ahead" summary.
 * Values in, values out — no clock (today comes from `domains:list`), no React.
 */
import type { DomainView } from '../../../../src-shared/contract';
import { statusKey } from './domain-format';

/** Columns the table sorts by. */
export type SortKey =
  | 'name'
  | 'status'
  | 'expiresOn'
  | 'daysLeft'
  | 'autoRenew'
  | 'nextDueOn'
  | 'renewalPrice'
  | 'alert';

export interface SortState {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** "Expiring within" choices; 'any' shows every domain. */
export const WITHIN_CHOICES = [7, 30, 60, 90, 'any'] as const;
export type WithinChoice = (typeof WITHIN_CHOICES)[number];

export interface DomainFilters {
  readonly within: WithinChoice;
  /** A normalised status key (see `statusKey`), or 'all'. */
  readonly status: string;
  readonly autoRenewOffOnly: boolean;
  readonly search: string;
}

/** The filters that show everything. */
export const NO_FILTERS: DomainFilters = {
  within: 'any',
  status: 'all',
  autoRenewOffOnly: false,
  search: ''
};

/** True when any filter narrows the list. */
export function hasActiveFilters(filters: DomainFilters): boolean {
  return (
    filters.within !== 'any' ||
    filters.status !== 'all' ||
    filters.autoRenewOffOnly ||
    filters.search.trim() !== ''
  );
}

/**
 * The domains matching every filter. "Within N days" means expiring today up to N days out;
 * domains already past expiry are found with the status filter (grace, redemption, expired).
 */
export function filterDomains(
  domains: readonly DomainView[],
  filters: DomainFilters
): DomainView[] {
  const needle = filters.search.trim().toLowerCase();
  return domains.filter((domain) => {
    if (needle && !domain.name.toLowerCase().includes(needle)) return false;
    if (filters.status !== 'all' && statusKey(domain.status) !== filters.status) return false;
    if (filters.autoRenewOffOnly && domain.autoRenew !== false) return false;
    if (filters.within !== 'any') {
      if (domain.daysLeft === null || domain.daysLeft < 0 || domain.daysLeft > filters.within)
        return false;
    }
    return true;
  });
}

const SEVERITY_RANK = { info: 1, warning: 2, critical: 3 } as const;
const GONE_STATUSES = new Set(['cancelled', 'transferred_away', 'fraud']);

function sortValue(domain: DomainView, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return domain.name.toLowerCase();
    case 'status':
      return statusKey(domain.status);
    case 'expiresOn':
      return domain.expiresOn;
    case 'daysLeft':
      // A domain that can no longer lapse (cancelled, moved away) has no meaningful countdown.
      return GONE_STATUSES.has(domain.status.toLowerCase()) ? null : domain.daysLeft;
    case 'autoRenew':
      return domain.autoRenew === null ? null : domain.autoRenew ? 1 : 0;
    case 'nextDueOn':
      return domain.nextDueOn;
    case 'renewalPrice':
      return domain.renewalPrice?.amountMinor ?? null;
    case 'alert':
      // A snoozed or acknowledged alert ranks below every open one of the same severity.
      return domain.alert
        ? SEVERITY_RANK[domain.alert.severity] -
            (domain.alert.snoozed || domain.alert.acknowledged ? 0.5 : 0)
        : null;
  }
}

/** A sorted copy. Missing values sort last in both directions; ties fall back to the name. */
export function sortDomains(domains: readonly DomainView[], sort: SortState): DomainView[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...domains].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign;
    return a.name.localeCompare(b.name);
  });
}

/** One month of renewals ahead. */
export interface RenewalMonth {
  /** YYYY-MM */
  readonly month: string;
  readonly count: number;
  /** Sum of renewal prices in the summary's currency (minor units). */
  readonly costMinor: number;
  /** Renewals this month without a price, or priced in another currency (not in costMinor). */
  readonly unpricedCount: number;
}

export interface RenewalsAhead {
  /** The currency most renewals are priced in; null when none has a price. */
  readonly currency: string | null;
  /** Exactly `months` entries, starting with today's month. */
  readonly months: readonly RenewalMonth[];
  readonly totalCount: number;
  readonly totalCostMinor: number;
}

/** Statuses that will not renew, whatever their dates say. */
const ENDED = new Set(['cancelled', 'fraud', 'transferred_away']);

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Count and cost of renewals per month for `months` months from today's month. A domain
 * renews on its next due date (the billing date; its expiry when there is none); dates
 * before today are overdue, not ahead, and ended domains never renew.
 */
export function renewalsAhead(
  domains: readonly DomainView[],
  today: string,
  months = 12
): RenewalsAhead {
  const first = today.slice(0, 7);
  const keys = Array.from({ length: months }, (_, i) => addMonths(first, i));
  const due = domains.flatMap((domain) => {
    const date = domain.nextDueOn ?? domain.expiresOn;
    if (date === null || date < today || ENDED.has(statusKey(domain.status))) return [];
    const month = date.slice(0, 7);
    return keys.includes(month) ? [{ month, price: domain.renewalPrice }] : [];
  });

  const perCurrency = new Map<string, number>();
  for (const { price } of due)
    if (price) perCurrency.set(price.currency, (perCurrency.get(price.currency) ?? 0) + 1);
  let currency: string | null = null;
  for (const [code, n] of perCurrency)
    if (currency === null || n > (perCurrency.get(currency) ?? 0)) currency = code;

  const rows = keys.map((month) => {
    const inMonth = due.filter((d) => d.month === month);
    const priced = inMonth.filter((d) => d.price !== null && d.price.currency === currency);
    return {
      month,
      count: inMonth.length,
      costMinor: priced.reduce((sum, d) => sum + (d.price?.amountMinor ?? 0), 0),
      unpricedCount: inMonth.length - priced.length
    };
  });
  return {
    currency,
    months: rows,
    totalCount: rows.reduce((sum, r) => sum + r.count, 0),
    totalCostMinor: rows.reduce((sum, r) => sum + r.costMinor, 0)
  };
}
