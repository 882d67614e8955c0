/**
 * The service list's columns: domain, pack, status, billing cycle, recurring amount, next due
 * date, and disk and bandwidth use against their limits. Every column but the cycle sorts
 * (main sorts, in SQLite); a first click sorts words A to Z, the next due date soonest first,
 * amounts and use largest first.
 */
import type { TFunction } from 'i18next';
import type { ServiceSort, ServiceView } from '@shared/contract';
import { formatMoney } from '@shared/i18n/format';
import type { DataColumn } from '../../components/data-table/data-table';
import { ServiceStatusChip } from './service-status-chip';
import { cycleWords, formatDay, type ServiceOrder } from './services-lib';
import { UsageMeter } from './usage-meter';

/** The columns in the language of `t` and the `locale` (build them in a useMemo). */
export const serviceColumns = (
  t: TFunction<'services'>,
  locale: string
): readonly DataColumn<ServiceView, ServiceSort>[] => [
  {
    id: 'domain',
    header: t('columns.domain'),
    sort: 'domain',
    firstDir: 'asc',
    rowHeader: true,
    width: '19%',
    className: 'services-table__domain',
    cell: (service) => service.domain ?? <span className="muted">{t('columns.noDomain')}</span>
  },
  {
    id: 'pack',
    header: t('columns.pack'),
    sort: 'name',
    firstDir: 'asc',
    width: '15%',
    cell: (s) => s.name
  },
  {
    id: 'status',
    header: t('columns.status'),
    sort: 'status',
    firstDir: 'asc',
    width: '11%',
    cell: (service) => <ServiceStatusChip status={service.status} />
  },
  {
    id: 'cycle',
    header: t('columns.cycle'),
    width: '9%',
    cell: (service) =>
      service.billingCycle ? cycleWords(service.billingCycle) : <span className="muted">—</span>
  },
  {
    id: 'amount',
    header: t('columns.amount'),
    sort: 'amount',
    firstDir: 'desc',
    numeric: true,
    width: '9%',
    cell: (service) =>
      service.recurringAmount ? (
        formatMoney(service.recurringAmount, locale)
      ) : (
        <span className="muted">—</span>
      )
  },
  {
    id: 'next-due',
    header: t('columns.nextDue'),
    sort: 'next-due',
    firstDir: 'asc',
    width: '11%',
    cell: (service) => formatDay(service.nextDueOn, locale)
  },
  {
    id: 'disk',
    header: t('columns.disk'),
    sort: 'disk',
    firstDir: 'desc',
    width: '13%',
    cell: (service) => (
      <UsageMeter
        compact
        meter={service.disk}
        label={t('columns.diskOf', { name: service.domain ?? service.name })}
      />
    )
  },
  {
    id: 'bandwidth',
    header: t('columns.bandwidth'),
    sort: 'bandwidth',
    firstDir: 'desc',
    width: '13%',
    cell: (service) => (
      <UsageMeter
        compact
        meter={service.bandwidth}
        label={t('columns.bandwidthOf', { name: service.domain ?? service.name })}
      />
    )
  }
];

/** The table's caption for screen readers: "Services by disk use, descending." */
export function servicesCaption(order: ServiceOrder, t: TFunction<'services'>): string {
  const dir = order.dir === 'asc' ? t('caption.ascending') : t('caption.descending');
  return t(`caption.${order.sort}`, { dir });
}
