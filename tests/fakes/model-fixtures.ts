/** Model objects for tests: a typical value that each test changes where it matters. */
import type { Invoice, Money } from '@shared/model';

/** `amountMinor` euro cents. */
export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

/**
 * An unpaid invoice `INV-<id>` of `totalMinor` euro cents (its subtotal too), issued
 * 2026-11-01 and due 2026-11-15, without tax, credit, balance or payment method; `fields`
 * over it.
 */
export function sampleInvoice(
  id: string,
  totalMinor: number,
  fields: Partial<Invoice> = {}
): Invoice {
  return {
    id,
    number: `INV-${id}`,
    issuedOn: '2026-11-01',
    dueOn: '2026-11-15',
    paidAt: null,
    status: 'unpaid',
    isOverdue: false,
    subtotal: eur(totalMinor),
    tax: null,
    credit: null,
    total: eur(totalMinor),
    balance: null,
    paymentMethod: null,
    ...fields
  };
}
