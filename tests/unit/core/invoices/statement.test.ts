import { describe, expect, it } from 'vitest';
import {
  computeStatement,
  statementCsv,
  statementPage,
  type StatementInput
} from '@main/core/invoices/statement';
import type { CreditEntry, Transaction } from '@shared/model';

const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function tx(
  id: string,
  date: string,
  fields: { in?: number; out?: number; fees?: number; invoiceId?: string; currency?: string } = {}
): Transaction {
  const money = (n: number) => ({ amountMinor: n, currency: fields.currency ?? 'EUR' });
  return {
    id,
    date,
    description: fields.out ? 'Refund' : 'Invoice Payment',
    gateway: 'stripe',
    amountIn: money(fields.in ?? 0),
    amountOut: money(fields.out ?? 0),
    fees: money(fields.fees ?? 0),
    invoiceId: fields.invoiceId ?? null,
    reference: `ch_${id}`
  };
}

function credit(
  id: string,
  date: string | null,
  amount: number,
  relatedId: string | null = null
): CreditEntry {
  return { id, date, description: `credit ${id}`, amount: EUR(amount), relatedId };
}

function input(fields: Partial<StatementInput>): StatementInput {
  return {
    from: '2026-03-01',
    to: '2026-03-31',
    timeZone: 'Europe/Brussels',
    currency: 'EUR',
    transactions: [],
    credits: [],
    invoiceNumbers: new Map([['1001', 'HD-2026-0001']]),
    creditBalanceNow: EUR(1_250),
    syncedAt: { transactions: null, credits: null },
    ...fields
  };
}

describe('computeStatement', () => {
  it('starts from what happened before the period and runs both balances through it', () => {
    const statement = computeStatement(
      input({
        transactions: [
          tx('1', '2026-02-10T10:00:00Z', { in: 10_000 }),
          tx('2', '2026-03-05T09:00:00Z', { in: 5_000, fees: 100, invoiceId: '1001' }),
          tx('3', '2026-03-20T12:00:00Z', { out: 2_000 })
        ],
        credits: [
          credit('1', '2026-01-15', 3_000),
          credit('2', '2026-03-05', -500, '1001'),
          credit('3', '2026-04-02', 700)
        ]
      })
    );
    expect(statement.opening).toEqual({ paid: 10_000, credit: 3_000 });
    expect(statement.entries.map((e) => [e.key, e.kind, e.paidBalance, e.creditBalance])).toEqual([
      ['tx:2', 'payment', 15_000, 3_000],
      ['credit:2', 'credit', 15_000, 2_500],
      ['tx:3', 'refund', 13_000, 2_500]
    ]);
    expect(statement.totals).toEqual({
      payments: 5_000,
      refunds: 2_000,
      fees: 100,
      creditAdded: 0,
      creditUsed: 500
    });
    expect(statement.closing).toEqual({ paid: 13_000, credit: 2_500 });
    // The credit applied to invoice 1001 names it by its printed number.
    expect(statement.entries[1]).toMatchObject({
      invoiceId: '1001',
      invoiceNumber: 'HD-2026-0001'
    });
  });

  it("dates a payment by its local day in the reseller's zone, not its UTC day", () => {
    const statement = computeStatement(
      input({
        // 23:30 UTC on 5 March is 00:30 on 6 March in Brussels.
        transactions: [tx('1', '2026-03-05T23:30:00Z', { in: 900 })]
      })
    );
    expect(statement.entries.map((e) => e.date)).toEqual(['2026-03-06']);
    const inUtc = computeStatement(
      input({ timeZone: 'UTC', transactions: [tx('1', '2026-03-05T23:30:00Z', { in: 900 })] })
    );
    expect(inUtc.entries.map((e) => e.date)).toEqual(['2026-03-05']);
  });

  it('leaves out rows in another currency and credit entries without a date, counting them', () => {
    const statement = computeStatement(
      input({
        transactions: [tx('1', '2026-03-02T08:00:00Z', { in: 900, currency: 'USD' })],
        credits: [credit('1', null, 400)]
      })
    );
    expect(statement.entries).toEqual([]);
    expect(statement.skipped).toBe(2);
  });

  it('writes one CSV row per entry with money as plain decimals', () => {
    const statement = computeStatement(
      input({ transactions: [tx('9', '2026-03-03T14:05:09Z', { in: 1_595, fees: 49 })] })
    );
    const [header, row] = statementCsv(statement).trimEnd().split('\r\n');
    expect(header).toBe(
      'date,time,kind,description,invoice,gateway,reference,amount_in,amount_out,fees,credit,paid_balance,credit_balance,currency'
    );
    expect(row).toBe(
      '2026-03-03,14:05:09,payment,Invoice Payment,,stripe,ch_9,15.95,0.00,0.49,0.00,15.95,0.00,EUR'
    );
  });
});

describe('statementPage', () => {
  const whole = computeStatement(
    input({
      transactions: Array.from({ length: 7 }, (_, i) =>
        tx(String(i + 1), `2026-03-0${i + 1}T10:00:00Z`, { in: 1_000 })
      )
    })
  );

  it('sends the figures of the whole period with the page of entries asked for', () => {
    const page = statementPage(whole, 3, 3);
    expect(page.entries.map((e) => e.key)).toEqual(['tx:4', 'tx:5', 'tx:6']);
    expect(page).toMatchObject({ entryCount: 7, offset: 3, totals: whole.totals });
    expect(page.closing).toEqual(whole.closing);
    // The running balance is the period's, not the page's.
    expect(page.entries[0]!.paidBalance).toBe(4_000);
    expect(statementPage(whole, 6, 3).entries.map((e) => e.key)).toEqual(['tx:7']);
  });

  it('sends the last page when asked past the end (the period holds fewer entries now)', () => {
    expect(statementPage(whole, 30, 3)).toMatchObject({ offset: 6, entryCount: 7 });
    expect(statementPage(whole, 30, 3).entries.map((e) => e.key)).toEqual(['tx:7']);
    const none = computeStatement(input({}));
    expect(statementPage(none, 100, 100)).toMatchObject({ offset: 0, entryCount: 0, entries: [] });
  });
});
