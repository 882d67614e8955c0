/**
 * The domains table's columns: name, status chip, open alert, expiry, days left, auto-renew,
 * next due date and renewal price. Every column sorts (main sorts, in SQLite), ascending on a
 * first click.
 */
import type { DomainView } from '../../../../src-shared/contract';
import { SeverityBadge } from '../../components/alert-actions';
import type { DataColumn } from '../../components/data-table/data-table';
import {
  formatAutoRenew,
  formatDaysLeft,
  formatLocalDate,
  formatPrice,
  statusInfo
} from './domain-format';
import type { SortKey } from './domains-lib';
import { StatusChip } from './status-chip';

export const DOMAIN_COLUMNS: readonly DataColumn<DomainView, SortKey>[] = [
  {
    id: 'name',
    header: 'Domain',
    sort: 'name',
    rowHeader: true,
    width: '21%',
    className: 'domains-table__name',
    cell: (domain) => domain.name
  },
  {
    id: 'status',
    header: 'Status',
    sort: 'status',
    width: '13%',
    cell: (domain) => <StatusChip status={domain.status} />
  },
  {
    // Next to the status so it never scrolls out of view on a narrow window.
    id: 'alert',
    header: 'Alert',
    sort: 'alert',
    width: '13%',
    cell: (domain) =>
      domain.alert ? (
        <SeverityBadge
          severity={domain.alert.severity}
          snoozed={domain.alert.snoozed}
          acknowledged={domain.alert.acknowledged}
          title={domain.alert.message}
        />
      ) : (
        <span className="muted">—</span>
      )
  },
  {
    id: 'expiresOn',
    header: 'Expires',
    sort: 'expiresOn',
    width: '11%',
    cell: (domain) => formatLocalDate(domain.expiresOn)
  },
  {
    id: 'daysLeft',
    header: 'Days left',
    sort: 'daysLeft',
    width: '12%',
    cell: (domain) => (
      <span className={daysClass(domain.daysLeft, domain.status)}>
        {formatDaysLeft(domain.daysLeft)}
      </span>
    )
  },
  {
    id: 'autoRenew',
    header: 'Auto-renew',
    sort: 'autoRenew',
    width: '9%',
    cell: (domain) => formatAutoRenew(domain.autoRenew)
  },
  {
    id: 'nextDueOn',
    header: 'Next due',
    sort: 'nextDueOn',
    width: '11%',
    cell: (domain) => formatLocalDate(domain.nextDueOn)
  },
  {
    id: 'renewalPrice',
    header: 'Renewal price',
    sort: 'renewalPrice',
    numeric: true,
    width: '10%',
    cell: (domain) => formatPrice(domain.renewalPrice)
  }
];

function daysClass(daysLeft: number | null, status: string): string | undefined {
  // Emphasis only; the words already say how close it is. A cancelled or transferred-away
  // domain's old expiry is history, not an emergency, so it is not drawn in red.
  if (daysLeft === null) return undefined;
  if (statusInfo(status).tone === 'neutral') return 'days days--ended';
  return daysLeft < 0 ? 'days days--past' : daysLeft <= 7 ? 'days days--soon' : 'days';
}

/** The table's caption for screen readers: "Domains, sorted by Days left (ascending)." */
export function domainsCaption(sort: SortKey, dir: 'asc' | 'desc'): string {
  const label = DOMAIN_COLUMNS.find((column) => column.sort === sort)?.header ?? sort;
  return `Domains, sorted by ${label} (${dir === 'asc' ? 'ascending' : 'descending'}).`;
}
