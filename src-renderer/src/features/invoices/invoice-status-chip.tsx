/**
 * An invoice's state as a chip: the word and a coloured dot, never the colour alone.
 * Overdue (the one overdue rule, applied by main in the reseller's zone) wins over "Unpaid".
 */
import type { InvoiceListItem } from '@shared/contract';
import { useTranslation } from 'react-i18next';
import { invoiceStatusInfo } from './invoices-lib';

/** The chip (`data-tone` carries the colour family for styling and tests). */
export function InvoiceStatusChip({
  status,
  overdue
}: {
  readonly status: InvoiceListItem['status'];
  readonly overdue: boolean;
}) {
  useTranslation('invoices'); // re-renders on a language change
  const { label, tone } = invoiceStatusInfo(status, overdue);
  return (
    <span className={`status-chip billing-chip--${tone}`} data-tone={tone}>
      {label}
    </span>
  );
}
