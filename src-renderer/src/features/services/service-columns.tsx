/**
 * The service list's columns: domain, pack, status, billing cycle, recurring amount, next due
 * date, and disk and bandwidth use against their limits. Every column but the cycle sorts
 * (main sorts, in SQLite); a first click sorts words A to Z, the next due date soonest first,
 * amounts and use largest first.
 */
import type { ServiceSort, ServiceView } from '../../../../src-shared/contract';
import { formatMoney } from '../../../../src-shared/money';
import type { DataColumn } from '../../components/data-table/data-table';
import { ServiceStatusChip } from './service-status-chip';
import { formatDay, type ServiceOrder } from './services-lib';
import { UsageMeter } from './usage-meter';

export const SERVICE_COLUMNS: readonly DataColumn<ServiceView, ServiceSort>[] = [
  {
    id: 'domain',
    header: 'Domain',
    sort: 'domain',
    firstDir: 'asc',
    rowHeader: true,
    width: '19%',
    className: 'services-table__domain',
    cell: (service) => service.domain ?? <span className="muted">(no domain)</span>
  },
  { id: 'pack', header: 'Pack', sort: 'name', firstDir: 'asc', width: '15%', cell: (s) => s.name },
  {
    id: 'status',
    header: 'Status',
    sort: 'status',
    firstDir: 'asc',
    width: '11%',
    cell: (service) => <ServiceStatusChip status={service.status} />
  },
  {
    id: 'cycle',
    header: 'Cycle',
    width: '9%',
    cell: (service) => service.billingCycle ?? <span className="muted">—</span>
  },
  {
    id: 'amount',
    header: 'Amount',
    sort: 'amount',
    firstDir: 'desc',
    numeric: true,
    width: '9%',
    cell: (service) =>
      service.recurringAmount ? (
        formatMoney(service.recurringAmount)
      ) : (
        <span className="muted">—</span>
      )
  },
  {
    id: 'next-due',
    header: 'Next due',
    sort: 'next-due',
    firstDir: 'asc',
    width: '11%',
    cell: (service) => formatDay(service.nextDueOn)
  },
  {
    id: 'disk',
    header: 'Disk',
    sort: 'disk',
    firstDir: 'desc',
    width: '13%',
    cell: (service) => (
      <UsageMeter
        compact
        meter={service.disk}
        label={`Disk use of ${service.domain ?? service.name}`}
      />
    )
  },
  {
    id: 'bandwidth',
    header: 'Bandwidth',
    sort: 'bandwidth',
    firstDir: 'desc',
    width: '13%',
    cell: (service) => (
      <UsageMeter
        compact
        meter={service.bandwidth}
        label={`Bandwidth use of ${service.domain ?? service.name}`}
      />
    )
  }
];

const ORDER_WORDS: Record<ServiceSort, string> = {
  name: 'pack',
  domain: 'domain',
  status: 'status',
  'next-due': 'next due date',
  amount: 'recurring amount',
  disk: 'disk use',
  bandwidth: 'bandwidth use'
};

/** The table's caption for screen readers: "Services by disk use, descending." */
export function servicesCaption(order: ServiceOrder): string {
  return `Services by ${ORDER_WORDS[order.sort]}, ${order.dir === 'asc' ? 'ascending' : 'descending'}.`;
}
