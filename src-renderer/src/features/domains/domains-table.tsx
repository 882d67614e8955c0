/**
 * The domains table: sortable columns (aria-sort on the header), one row per domain with
 * its status chip, days left and open alert. A row opens the domain on click or Enter.
 */
import type { KeyboardEvent } from 'react';
import type { DomainView } from '../../../../src-shared/contract';
import { SeverityBadge } from '../../components/alert-actions';
import { navigate, routeHref } from '../../lib/router';
import {
  formatAutoRenew,
  formatDaysLeft,
  formatLocalDate,
  formatPrice,
  statusInfo
} from './domain-format';
import type { SortKey } from './domains-lib';
import { useDomainsViewStore } from './domains-view-store';
import { StatusChip } from './status-chip';

const COLUMNS: readonly {
  readonly key: SortKey;
  readonly label: string;
  readonly numeric?: boolean;
}[] = [
  { key: 'name', label: 'Domain' },
  { key: 'status', label: 'Status' },
  // Next to the status so it never scrolls out of view on a narrow window.
  { key: 'alert', label: 'Alert' },
  { key: 'expiresOn', label: 'Expires' },
  { key: 'daysLeft', label: 'Days left' },
  { key: 'autoRenew', label: 'Auto-renew' },
  { key: 'nextDueOn', label: 'Next due' },
  { key: 'renewalPrice', label: 'Renewal price', numeric: true }
];

/** Path of a domain's detail view. */
export function domainPath(id: string): string {
  return `domains/${encodeURIComponent(id)}`;
}

/** The table of `domains`, already filtered and sorted by the caller. */
export function DomainsTable({ domains }: { readonly domains: readonly DomainView[] }) {
  const sort = useDomainsViewStore((state) => state.sort);
  const sortBy = useDomainsViewStore((state) => state.sortBy);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    navigate(domainPath(id));
  };

  return (
    <div className="table-wrap">
      <table className="data-table domains-table" data-testid="domains-table">
        <caption className="visually-hidden">
          Domains, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label} ({sort.direction}).
          Press Enter on a row to open the domain.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? sort.direction : 'none'}
                  className={column.numeric ? 'data-table__num' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => (
            <tr
              key={domain.id}
              tabIndex={0}
              className="domains-table__row"
              data-testid="domain-row"
              data-domain={domain.name}
              onClick={() => navigate(domainPath(domain.id))}
              onKeyDown={(event) => onRowKey(event, domain.id)}
            >
              <th scope="row" className="domains-table__name">
                <a
                  href={routeHref(domainPath(domain.id))}
                  tabIndex={-1}
                  onClick={(event) => event.preventDefault()}
                >
                  {domain.name}
                </a>
              </th>
              <td>
                <StatusChip status={domain.status} />
              </td>
              <td>
                {domain.alert ? (
                  <SeverityBadge
                    severity={domain.alert.severity}
                    snoozed={domain.alert.snoozed}
                    acknowledged={domain.alert.acknowledged}
                    title={domain.alert.message}
                  />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{formatLocalDate(domain.expiresOn)}</td>
              <td className={daysClass(domain.daysLeft, domain.status)}>
                {formatDaysLeft(domain.daysLeft)}
              </td>
              <td>{formatAutoRenew(domain.autoRenew)}</td>
              <td>{formatLocalDate(domain.nextDueOn)}</td>
              <td className="data-table__num">{formatPrice(domain.renewalPrice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function daysClass(daysLeft: number | null, status: string): string | undefined {
  // Emphasis only; the words already say how close it is. A cancelled or transferred-away
  // domain's old expiry is history, not an emergency, so it is not drawn in red.
  if (daysLeft === null) return undefined;
  if (statusInfo(status).tone === 'neutral') return 'days days--ended';
  return daysLeft < 0 ? 'days days--past' : daysLeft <= 7 ? 'days days--soon' : 'days';
}
