/**
 * The domains table's columns: name, status chip, open alert, expiry, days left, auto-renew,
 * next due date and renewal price. Every column sorts (main sorts, in SQLite), ascending on a
 * first click. Headers and cells are in the app's language: build them with `domainColumns(t)`
 * in a component that re-renders on a language change (useTranslation).
 */
import type { TFunction } from 'i18next';
import type { DomainView } from '@shared/contract';
import { SeverityBadge } from '../../components/alert-actions';
import { alertTextNow } from '../../lib/alert-text';
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

/** The columns with their headers in the language of `t`. */
export function domainColumns(t: TFunction<'domains'>): readonly DataColumn<DomainView, SortKey>[] {
  return [
    {
      id: 'name',
      header: t('columns.name'),
      sort: 'name',
      rowHeader: true,
      width: 'auto',
      className: 'domains-table__name',
      cell: (domain) => domain.name
    },
    {
      id: 'status',
      header: t('columns.status'),
      sort: 'status',
      // Wide enough for the longest chip ("Période de grâce") in a 1024 px window.
      width: '19%',
      cell: (domain) => <StatusChip status={domain.status} />
    },
    {
      // Next to the status so it never scrolls out of view on a narrow window.
      id: 'alert',
      header: t('columns.alert'),
      sort: 'alert',
      width: '13%',
      cell: (domain) =>
        domain.alert ? (
          <SeverityBadge
            severity={domain.alert.severity}
            snoozed={domain.alert.snoozed}
            acknowledged={domain.alert.acknowledged}
            // The columns are rebuilt with each new `t`, so this follows the language too.
            title={alertTextNow(domain.alert.text).body}
          />
        ) : (
          <span className="muted">—</span>
        )
    },
    {
      id: 'expiresOn',
      header: t('columns.expiresOn'),
      sort: 'expiresOn',
      width: '11%',
      cell: (domain) => formatLocalDate(domain.expiresOn)
    },
    {
      id: 'daysLeft',
      header: t('columns.daysLeft'),
      sort: 'daysLeft',
      width: '14%',
      // Its words wrap rather than lose their number ("120 dagen geleden verlopen").
      className: 'domains-table__days',
      cell: (domain) => (
        <span className={daysClass(domain.daysLeft, domain.status)}>
          {formatDaysLeft(domain.daysLeft)}
        </span>
      )
    },
    {
      id: 'autoRenew',
      header: t('columns.autoRenew'),
      sort: 'autoRenew',
      width: '9%',
      cell: (domain) => formatAutoRenew(domain.autoRenew)
    },
    {
      id: 'nextDueOn',
      header: t('columns.nextDueOn'),
      sort: 'nextDueOn',
      width: '10%',
      // On the domain's page too; hidden in a narrow window (data-table.css).
      className: 'data-table__secondary',
      cell: (domain) => formatLocalDate(domain.nextDueOn)
    },
    {
      id: 'renewalPrice',
      header: t('columns.renewalPrice'),
      sort: 'renewalPrice',
      numeric: true,
      width: '11%',
      cell: (domain) => formatPrice(domain.renewalPrice)
    }
  ];
}

function daysClass(daysLeft: number | null, status: string): string | undefined {
  // Emphasis only; the words already say how close it is. A cancelled or transferred-away
  // domain's old expiry is history, not an emergency, so it is not drawn in red.
  if (daysLeft === null) return undefined;
  if (statusInfo(status).tone === 'neutral') return 'days days--ended';
  return daysLeft < 0 ? 'days days--past' : daysLeft <= 7 ? 'days days--soon' : 'days';
}

/** The table's caption for screen readers: "Domains, sorted by Days left (ascending)." */
export function domainsCaption(
  t: TFunction<'domains'>,
  columns: readonly DataColumn<DomainView, SortKey>[],
  sort: SortKey,
  dir: 'asc' | 'desc'
): string {
  const column = columns.find((candidate) => candidate.sort === sort)?.header ?? sort;
  return t('caption.sorted', {
    column,
    direction: t(dir === 'asc' ? 'caption.ascending' : 'caption.descending')
  });
}
