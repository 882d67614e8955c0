import { describe, expect, it } from 'vitest';
import { ProtocolError } from '@main/core/providers/errors';
import { invoiceStatus, toInvoice } from '@main/core/providers/whmcs/normalize';
import type { WireInvoiceRow } from '@main/core/providers/whmcs/schemas';

const ctx = { currency: 'EUR', today: '2026-12-02', serverTimeZone: 'UTC' };

function row(status: string, currencycode: string): WireInvoiceRow {
  return {
    id: '7',
    userid: '1',
    invoicenum: '',
    date: '2026-11-01',
    duedate: '2026-11-15',
    datepaid: null,
    subtotal: 1000,
    credit: 0,
    tax: 210,
    tax2: 0,
    total: 1210,
    status,
    paymentmethod: 'stripe',
    currencycode
  };
}

describe('WHMCS invoice statuses and currency codes, read again and again', () => {
  it('map every spelling the same way the first time and every time after', () => {
    // More spellings than the remembered ones (64), each read twice.
    const spellings: (readonly [string, string])[] = Array.from({ length: 100 }, (_, i) => {
      const pad = ' '.repeat(i % 7);
      return [`${pad}Payment${i % 2 ? '-' : ' '}Pending${pad}`, 'payment_pending'] as const;
    });
    spellings.push(['Paid', 'paid'], ['UNPAID', 'unpaid'], ['Collections', 'collections']);
    for (let pass = 0; pass < 2; pass += 1)
      for (const [raw, status] of spellings) expect(invoiceStatus(raw)).toBe(status);
    for (let pass = 0; pass < 2; pass += 1) {
      expect(toInvoice(row('Unpaid', ' usd '), ctx)).toMatchObject({
        status: 'unpaid',
        isOverdue: true,
        total: { amountMinor: 1210, currency: 'USD' }
      });
      expect(toInvoice(row('Paid', 'eur'), ctx).total.currency).toBe('EUR');
      expect(toInvoice(row('Paid', ''), ctx).total.currency).toBe('EUR');
    }
  });

  it('refuse an unknown status or a malformed code every time, not only the first', () => {
    for (let pass = 0; pass < 3; pass += 1) {
      expect(() => invoiceStatus('Haunted')).toThrow(ProtocolError);
      expect(() => toInvoice(row('Haunted', 'EUR'), ctx)).toThrow(/Unknown invoice status/);
      expect(() => toInvoice(row('Paid', 'EURO'), ctx)).toThrow(/Not a currency code: "EURO"/);
    }
  });
});
