import { beforeEach, describe, expect, it } from 'vitest';
import { createAccountHandlers } from '@main/core/account/account-handlers';
import { computeAccountSummary } from '@main/core/account/account-summary';
import { monthsEndingWith } from '@main/core/time';
import { readAccountSummary } from '@main/core/account/account-summary-reader';
import type { OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import type { HandlerContext } from '@main/core/handler-context';
import type {
  AccountSummary,
  Domain,
  Invoice,
  InvoiceStatus,
  Service,
  TicketSummary
} from '@shared/model';
import { openTempCache } from '@tests/fakes/temp-cache';
import { sampleInvoice } from '@tests/fakes/model-fixtures';

const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const account: AccountSummary = {
  id: '7',
  name: 'Jane Reseller',
  companyName: 'Acme Hosting',
  email: 'jane@acme.example',
  currency: 'EUR',
  creditBalance: EUR(12_550),
  status: 'active'
};

let nextId = 1;
function invoice(status: InvoiceStatus, fields: Partial<Invoice> = {}): Invoice {
  const id = String(nextId++);
  return sampleInvoice(id, 10_000, { status, ...fields });
}

function domain(id: string): Domain {
  return {
    id,
    name: `site-${id}.example`,
    status: 'active',
    registeredOn: '2025-01-01',
    expiresOn: '2027-01-01',
    nextDueOn: '2027-01-01',
    autoRenew: true,
    recurringAmount: EUR(1_200),
    registrar: null
  };
}

function service(id: string): Service {
  return {
    id,
    name: 'Reseller S',
    productId: '1',
    group: null,
    domain: null,
    status: 'active',
    billingCycle: 'Monthly',
    registeredOn: '2025-01-01',
    nextDueOn: '2026-12-01',
    recurringAmount: EUR(900)
  };
}

function ticket(id: string, status: string): TicketSummary {
  return {
    id,
    publicId: `T-${id}`,
    subject: 'Help',
    departmentId: '1',
    departmentName: 'Support',
    status,
    priority: 'medium',
    openedAt: '2026-11-01T10:00:00',
    lastReplyAt: '2026-11-02T10:00:00',
    awaitingCustomer: false,
    isClosed: status === 'Closed'
  };
}

function writeAccount(cache: OpenedCache, value: AccountSummary): void {
  cache.db
    .prepare('INSERT INTO account (id, json, synced_at) VALUES (?, ?, ?)')
    .run(value.id, JSON.stringify(value), '2026-11-20T09:00:00Z');
}

describe('the account summary read from a real cache file', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => 0);
    cache = temp.cache;
    return temp.close;
  });

  it('says not synced, with zeros, while nothing is cached', () => {
    const summary = readAccountSummary(
      cache.db,
      Date.parse('2026-11-22T09:00:00Z'),
      'Europe/Paris'
    );
    expect(summary.synced).toBe(false);
    expect(summary.creditBalance).toBeNull();
    expect(summary.unpaidCount).toBe(0);
    expect(summary.overdueCount).toBe(0);
    expect(summary.counts).toEqual({ domains: 0, services: 0, openTickets: 0 });
  });

  it('totals unpaid and overdue invoices, preferring the balance over the total', () => {
    writeAccount(cache, account);
    upsertEntities(
      cache.db,
      'invoices',
      [
        invoice('unpaid', { dueOn: '2026-11-10', balance: EUR(4_000) }), // overdue, part-paid
        invoice('collections', { dueOn: '2026-10-01' }), // overdue
        invoice('payment_pending', { dueOn: '2026-11-01' }), // unpaid, never overdue
        invoice('unpaid', { dueOn: '2026-12-01' }), // unpaid, not yet due
        invoice('paid', { dueOn: '2026-09-01' }),
        invoice('cancelled', { dueOn: '2026-09-01' }),
        invoice('unpaid', { dueOn: '2026-09-01', total: { amountMinor: 99_999, currency: 'USD' } }) // other currency
      ],
      'run-1'
    );
    const summary = readAccountSummary(
      cache.db,
      Date.parse('2026-11-22T09:00:00Z'),
      'Europe/Paris'
    );
    expect(summary.synced).toBe(true);
    expect(summary.name).toBe('Acme Hosting');
    expect(summary.creditBalance).toEqual(EUR(12_550));
    expect(summary.unpaidCount).toBe(4);
    expect(summary.unpaidTotal).toEqual(EUR(4_000 + 10_000 + 10_000 + 10_000));
    expect(summary.overdueCount).toBe(2);
    expect(summary.overdueTotal).toEqual(EUR(14_000));
  });

  it('decides "overdue" on the local date of the reseller, not the UTC one', () => {
    writeAccount(cache, account);
    upsertEntities(cache.db, 'invoices', [invoice('unpaid', { dueOn: '2026-11-21' })], 'run-1');
    // 23:30 UTC on the 21st is already the 22nd in Auckland, still the 21st in New York.
    const instant = Date.parse('2026-11-21T23:30:00Z');
    expect(readAccountSummary(cache.db, instant, 'Pacific/Auckland').overdueCount).toBe(1);
    expect(readAccountSummary(cache.db, instant, 'America/New_York').overdueCount).toBe(0);
  });

  it('counts domains, services and the tickets that are not closed', () => {
    writeAccount(cache, account);
    upsertEntities(cache.db, 'domains', [domain('1'), domain('2'), domain('3')], 'run-1');
    upsertEntities(cache.db, 'services', [service('1'), service('2')], 'run-1');
    upsertEntities(
      cache.db,
      'tickets',
      [
        ticket('1', 'Open'),
        ticket('2', 'Answered'),
        ticket('3', 'Closed'),
        ticket('4', 'Customer-Reply'),
        ticket('5', 'Escalated')
      ],
      'run-1'
    );
    const summary = readAccountSummary(cache.db, Date.parse('2026-11-22T09:00:00Z'), 'UTC');
    expect(summary.counts).toEqual({ domains: 3, services: 2, openTickets: 4 });
  });

  it('sums paid invoices per issued month over the last twelve months, oldest first', () => {
    writeAccount(cache, account);
    upsertEntities(
      cache.db,
      'invoices',
      [
        invoice('paid', { issuedOn: '2026-11-02', total: EUR(1_000) }),
        invoice('paid', { issuedOn: '2026-11-20', total: EUR(2_500) }),
        invoice('paid', { issuedOn: '2025-12-31', total: EUR(700) }),
        invoice('paid', { issuedOn: '2025-11-30', total: EUR(9_999) }), // 13 months back: outside
        invoice('unpaid', { issuedOn: '2026-10-05', total: EUR(5_000) }), // not paid: not spend
        invoice('paid', { issuedOn: null, total: EUR(5_000) })
      ],
      'run-1'
    );
    const { spendByMonth } = readAccountSummary(
      cache.db,
      Date.parse('2026-11-22T09:00:00Z'),
      'UTC'
    );
    expect(spendByMonth).toHaveLength(12);
    expect(spendByMonth[0]).toEqual({ month: '2025-12', total: 700 });
    expect(spendByMonth[11]).toEqual({ month: '2026-11', total: 3_500 });
    expect(spendByMonth.reduce((sum, m) => sum + m.total, 0)).toBe(4_200);
  });
});

describe('the account summary rules', () => {
  it('keeps the counts even before the account itself is cached', () => {
    const counts = { domains: 2, services: 1, openTickets: 0 };
    const summary = computeAccountSummary({
      account: null,
      invoices: [],
      counts,
      today: '2026-11-22'
    });
    expect(summary.synced).toBe(false);
    expect(summary.counts).toEqual(counts);
  });

  it('walks months back across a year boundary', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('the account:get-summary handler', () => {
  it('answers "not synced" when no profile is active', async () => {
    const ctx = {
      session: () => null,
      clock: { now: () => 0 },
      settings: () => ({ timeZone: 'UTC' })
    } as unknown as HandlerContext;
    const summary = await createAccountHandlers(ctx)['account:get-summary'](undefined);
    expect(summary.synced).toBe(false);
  });

  it('reads the active session cache in the configured zone', async () => {
    const temp = openTempCache(() => 0);
    const cache = temp.cache;
    try {
      writeAccount(cache, account);
      upsertEntities(cache.db, 'invoices', [invoice('unpaid', { dueOn: '2026-11-21' })], 'run-1');
      const ctx = {
        session: () => ({ cache }),
        clock: { now: () => Date.parse('2026-11-21T23:30:00Z') },
        settings: () => ({ timeZone: 'Pacific/Auckland' })
      } as unknown as HandlerContext;
      const summary = await createAccountHandlers(ctx)['account:get-summary'](undefined);
      expect(summary.synced).toBe(true);
      expect(summary.overdueCount).toBe(1);
    } finally {
      temp.close();
    }
  });
});
