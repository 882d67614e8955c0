import { describe, expect, it } from 'vitest';
import { computeAccountSummary } from '@main/core/account/account-summary';
import type { AccountSummary, Invoice } from '@shared/model';
import { sampleInvoice } from '@tests/fakes/model-fixtures';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const account: AccountSummary = {
  id: '1',
  name: 'Dana',
  companyName: 'Demo BV',
  email: 'd@x',
  currency: 'EUR',
  creditBalance: eur(0),
  status: 'active'
};

function invoice(
  id: string,
  status: Invoice['status'],
  dueOn: string,
  total: number,
  balance: number | null = null
): Invoice {
  return sampleInvoice(id, total, {
    issuedOn: '2026-10-01',
    dueOn,
    status,
    balance: balance === null ? null : eur(balance)
  });
}

describe('the unpaid invoice list of the summary', () => {
  it('lists unpaid invoices overdue first, oldest due date first, with their open amount', () => {
    const summary = computeAccountSummary({
      account,
      invoices: [
        invoice('1', 'unpaid', '2026-12-10', 1000),
        invoice('2', 'unpaid', '2026-11-01', 2000, 500),
        invoice('3', 'paid', '2026-10-01', 3000),
        invoice('4', 'collections', '2026-10-15', 4000),
        invoice('5', 'payment_pending', '2026-11-30', 600)
      ],
      counts: { domains: 0, services: 0, openTickets: 0 },
      today: '2026-11-22'
    });
    expect(summary.unpaidInvoices.map((i) => [i.id, i.overdue, i.amount.amountMinor])).toEqual([
      ['4', true, 4000],
      ['2', true, 500],
      ['5', false, 600],
      ['1', false, 1000]
    ]);
  });
});
