import { describe, expect, it } from 'vitest';
import {
  invoiceSchema,
  invoiceStatusSchema,
  isAwaitingCustomer,
  isClosedTicketStatus,
  isInvoiceOverdue,
  OVERDUE_INVOICE_STATUSES,
  usageIntervalSchema
} from '@shared/model';

describe('normalized model', () => {
  it('calls an invoice overdue only when unpaid or in collections and due before today', () => {
    expect(isInvoiceOverdue({ status: 'unpaid', dueOn: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isInvoiceOverdue({ status: 'collections', dueOn: '2026-01-01' }, '2026-11-22')).toBe(
      true
    );
    expect(isInvoiceOverdue({ status: 'unpaid', dueOn: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isInvoiceOverdue({ status: 'paid', dueOn: '2026-01-01' }, '2026-11-22')).toBe(false);
    expect(isInvoiceOverdue({ status: 'unpaid', dueOn: null }, '2026-11-22')).toBe(false);
  });

  it('holds an invoice overdue only in the overdue statuses, which the alerts query by', () => {
    const late = (status: (typeof invoiceStatusSchema.options)[number]) =>
      isInvoiceOverdue({ status, dueOn: '2026-01-01' }, '2026-11-22');
    expect(invoiceStatusSchema.options.filter(late)).toEqual([...OVERDUE_INVOICE_STATUSES]);
    expect(OVERDUE_INVOICE_STATUSES).toEqual(['unpaid', 'collections']);
  });

  it('reads ticket statuses case-insensitively for the derived flags', () => {
    expect(isAwaitingCustomer('Answered')).toBe(true);
    expect(isAwaitingCustomer('Customer-Reply')).toBe(false);
    expect(isClosedTicketStatus(' closed ')).toBe(true);
  });

  it('rejects float money and non-hour usage boundaries', () => {
    const invoice = {
      id: '1',
      number: '1',
      issuedOn: '2026-01-01',
      dueOn: null,
      paidAt: '2026-01-02T10:00:00',
      status: 'paid',
      isOverdue: false,
      subtotal: { amountMinor: 100, currency: 'EUR' },
      tax: null,
      credit: null,
      total: { amountMinor: 100, currency: 'EUR' },
      balance: null,
      paymentMethod: null
    };
    expect(invoiceSchema.safeParse(invoice).success).toBe(true);
    expect(
      invoiceSchema.safeParse({ ...invoice, total: { amountMinor: 1.5, currency: 'EUR' } }).success
    ).toBe(false);
    expect(invoiceSchema.safeParse({ ...invoice, status: 'overdue' }).success).toBe(false);
    const interval = {
      resourceId: 'a',
      kind: 'account',
      parentAccountId: null,
      pack: 'P',
      monthlyPrice: 1250,
      start: '2026-11-01T00:00:00Z',
      end: '2026-11-01T05:00:00Z'
    };
    expect(usageIntervalSchema.safeParse(interval).success).toBe(true);
    expect(
      usageIntervalSchema.safeParse({ ...interval, end: '2026-11-01T05:30:00Z' }).success
    ).toBe(false);
  });
});
