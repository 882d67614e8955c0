import { beforeEach, describe, expect, it } from 'vitest';
import type { Transaction } from '@shared/model';
import type { OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { readTransactionsDated, totalsBefore } from '@main/core/invoices/invoice-repository';
import { readStatement } from '@main/core/invoices/statement';
import { openTempCache } from '@tests/fakes/temp-cache';

const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function payment(id: string, date: string, amount: number): Transaction {
  return {
    id,
    date,
    description: 'Invoice Payment',
    gateway: 'banktransfer',
    amountIn: EUR(amount),
    amountOut: EUR(0),
    fees: EUR(0),
    invoiceId: null,
    reference: null
  };
}

describe("a statement period is the reseller's local days", () => {
  let cache: OpenedCache;

  beforeEach(() => {
    const temp = openTempCache(() => 0);
    cache = temp.cache;
    upsertEntities(
      cache.db,
      'transactions',
      [
        // 28 Feb 23:30 UTC is already 1 March in Brussels (UTC+1).
        payment('1', '2026-02-28T23:30:00Z', 100),
        payment('2', '2026-03-15T10:00:00Z', 200),
        // 31 March 22:30 UTC is 1 April in Brussels (UTC+2 since 29 March).
        payment('3', '2026-03-31T22:30:00Z', 400),
        payment('4', '2026-02-28T22:30:00Z', 800)
      ],
      'r'
    );
    return temp.close;
  });

  it('reads the payments of March in Brussels, not of March in UTC', () => {
    const ids = (zone: string) =>
      readTransactionsDated(cache.db, '2026-03-01', '2026-03-31', zone).map((t) => t.id);
    expect(ids('Europe/Brussels')).toEqual(['1', '2']);
    expect(ids('UTC')).toEqual(['2', '3']);
    expect(totalsBefore(cache.db, '2026-03-01', 'Europe/Brussels').paid).toBe(800);
    expect(totalsBefore(cache.db, '2026-03-01', 'UTC').paid).toBe(900);
  });

  it('dates each entry by the local day and opens with what came before it', () => {
    const statement = readStatement(cache.db, '2026-03-01', '2026-03-31', 'Europe/Brussels');
    expect(statement.entries.map((e) => [e.key, e.date])).toEqual([
      ['tx:1', '2026-03-01'],
      ['tx:2', '2026-03-15']
    ]);
    expect(statement.opening.paid).toBe(800);
    expect(statement.closing.paid).toBe(1_100);
  });
});
