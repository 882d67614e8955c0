/**
 * One page of the services table: domain, pack, status, billing cycle, recurring amount,
 * next due date, and disk and bandwidth use against their limits. Every column but the cycle
 * sorts on a header click (main sorts, in SQLite). A row opens the service on click or Enter.
 */
import type { KeyboardEvent } from 'react';
import type { ServiceSort, ServiceView } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import { SortHeader } from '../../components/sort-header';
import { navigate, routeHref } from '../../lib/router';
import { ServiceStatusChip } from './service-status-chip';
import { servicePath, type ServiceOrder } from './services-lib';
import { UsageMeter } from './usage-meter';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A local date ("2026-03-14") in the user's locale; "—" for none. */
export function formatDay(ymd: string | null): string {
  if (!ymd) return '—';
  const ms = Date.parse(`${ymd}T00:00:00Z`);
  return Number.isNaN(ms) ? ymd : dateFormat.format(ms);
}

const ORDER_WORDS: Record<ServiceSort, string> = {
  name: 'pack',
  domain: 'domain',
  status: 'status',
  'next-due': 'next due date',
  amount: 'recurring amount',
  disk: 'disk use',
  bandwidth: 'bandwidth use'
};

export function ServicesTable({
  services,
  order,
  onSort,
  onOpen
}: {
  readonly services: readonly ServiceView[];
  readonly order: ServiceOrder;
  readonly onSort: (sort: ServiceSort) => void;
  readonly onOpen: (id: string) => void;
}) {
  const open = (id: string): void => {
    onOpen(id);
    navigate(servicePath(id));
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    open(id);
  };
  const sortable = (sort: ServiceSort, label: string, className?: string) => (
    <SortHeader sort={sort} order={order} onSort={onSort} className={className}>
      {label}
    </SortHeader>
  );

  return (
    <div className="table-wrap">
      <table className="data-table services-table" data-testid="services-table">
        <caption className="visually-hidden">
          Services by {ORDER_WORDS[order.sort]}, {order.dir === 'asc' ? 'ascending' : 'descending'}.
          Press Enter on a row to open the service.
        </caption>
        <thead>
          <tr>
            {sortable('domain', 'Domain')}
            {sortable('name', 'Pack')}
            {sortable('status', 'Status')}
            <th scope="col">Cycle</th>
            {sortable('amount', 'Amount', 'data-table__num')}
            {sortable('next-due', 'Next due')}
            {sortable('disk', 'Disk')}
            {sortable('bandwidth', 'Bandwidth')}
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr
              key={service.id}
              tabIndex={0}
              className="list-row"
              data-testid="service-row"
              data-service={service.id}
              data-status={service.status}
              onClick={() => open(service.id)}
              onKeyDown={(event) => onRowKey(event, service.id)}
            >
              <th scope="row" className="services-table__domain">
                <a
                  href={routeHref(servicePath(service.id))}
                  tabIndex={-1}
                  onClick={(event) => event.preventDefault()}
                >
                  {service.domain ?? <span className="muted">(no domain)</span>}
                </a>
              </th>
              <td>{service.name}</td>
              <td>
                <ServiceStatusChip status={service.status} />
              </td>
              <td>{service.billingCycle ?? <span className="muted">—</span>}</td>
              <td className="data-table__num">
                {service.recurringAmount ? (
                  formatMoney(service.recurringAmount)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{formatDay(service.nextDueOn)}</td>
              <td>
                <UsageMeter
                  compact
                  meter={service.disk}
                  label={`Disk use of ${service.domain ?? service.name}`}
                />
              </td>
              <td>
                <UsageMeter
                  compact
                  meter={service.bandwidth}
                  label={`Bandwidth use of ${service.domain ?? service.name}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
