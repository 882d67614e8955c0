import { beforeEach, describe, expect, it } from 'vitest';
import { invoiceListInputSchema, type InvoiceListInput } from '@shared/contract';
import type { Invoice, InvoiceDetail, InvoiceStatus } from '@shared/model';
import { localDate } from '@main/core/time';
import { computeAccountSummary } from '@main/core/account/account-summary';
import type { OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import {
  findInvoiceId,
  getInvoiceView,
  listInvoices
} from '@main/core/invoices/invoice-list-repository';
import {
  readCachedInvoices,
  staleDetailsSql,
  staleInvoiceDetails,
  storeInvoiceDetail,
  storeInvoiceDetailError
} from '@main/core/invoices/invoice-repository';
import { openTempCache } from '@tests/fakes/temp-cache';
import { sampleInvoice } from '@tests/fakes/model-fixtures';

const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const AT = '2026-11-22T09:00:00.000Z';

function invoice(id: string, status: InvoiceStatus, fields: Partial<Invoice> = {}): Invoice {
  return sampleInvoice(id, 1_000, {
    number: `HD-2026-${id.padStart(4, '0')}`,
    dueOn: '2026-11-21',
    status,
    paymentMethod: 'banktransfer',
    ...fields
  });
}

function detail(base: Invoice, lines: readonly string[], balance: number): InvoiceDetail {
  return {
    ...base,
    balance: EUR(balance),
    lines: lines.map((description, i) => ({
      id: `${base.id}-${i}`,
      type: 'Hosting',
      relatedId: null,
      description,
      amount: EUR(500),
      taxed: true
    })),
    payments: []
  };
}

const list = (fields: Record<string, unknown>): InvoiceListInput =>
  invoiceListInputSchema.parse({ limit: 500, ...fields });

describe('invoice queries over the cache', () => {
  let cache: OpenedCache;
  const store = (items: Invoice[]) => upsertEntities(cache.db, 'invoices', items, 'r');
  const sourceOf = (id: string) =>
    (cache.db.prepare('SELECT json FROM invoices WHERE id = ?').get(id) as { json: string }).json;

  beforeEach(() => {
    const temp = openTempCache(() => 0);
    cache = temp.cache;
    return temp.close;
  });

  it("calls an invoice overdue from the reseller's local next day, like the dashboard does", () => {
    store([
      invoice('1', 'unpaid'),
      invoice('2', 'collections'),
      invoice('3', 'paid'),
      invoice('4', 'unpaid', { dueOn: '2026-11-22' }),
      invoice('5', 'unpaid', { total: EUR(0) })
    ]);
    // 23:30 UTC on the 21st is already the 22nd in Brussels, still the 21st in New York.
    const instant = Date.parse('2026-11-21T23:30:00Z');
    for (const [zone, expected] of [
      ['Europe/Brussels', ['1', '2']],
      ['America/New_York', []]
    ] as const) {
      const today = localDate(instant, zone);
      const overdue = listInvoices(cache.db, list({ status: 'overdue' }), today);
      expect(overdue.invoices.map((i) => i.id).sort()).toEqual([...expected]);
      const dashboard = computeAccountSummary({
        account: {
          id: '7',
          name: 'A',
          companyName: null,
          email: 'a@example.com',
          currency: 'EUR',
          creditBalance: EUR(0),
          status: 'active'
        },
        invoices: readCachedInvoices(cache.db),
        counts: { domains: 0, services: 0, openTickets: 0 },
        today
      });
      expect(dashboard.overdueCount).toBe(overdue.total);
    }
  });

  it('uses the balance of a cached detail: a fully paid-off unpaid invoice is not overdue', () => {
    const open = invoice('1', 'unpaid');
    store([open]);
    expect(listInvoices(cache.db, list({ status: 'overdue' }), '2026-11-22').total).toBe(1);
    storeInvoiceDetail(cache.db, detail(open, ['Reseller Pro'], 0), sourceOf('1'), AT);
    const after = listInvoices(cache.db, list({ status: 'overdue' }), '2026-11-22');
    expect(after.total).toBe(0);
    expect(listInvoices(cache.db, list({}), '2026-11-22').invoices[0]?.balance).toEqual(EUR(0));
  });

  it('searches numbers, exact amounts and line descriptions, with wildcards taken literally', () => {
    const a = invoice('1', 'paid', { total: EUR(1_595) });
    const b = invoice('2', 'paid');
    const c = invoice('3', 'paid');
    store([a, b, c]);
    storeInvoiceDetail(cache.db, detail(a, ['Domain Renewal - shop.be'], 0), sourceOf('1'), AT);
    storeInvoiceDetail(cache.db, detail(b, ['Discount 50% on SSL'], 0), sourceOf('2'), AT);
    storeInvoiceDetail(cache.db, detail(c, ['Discount 50 on SSL'], 0), sourceOf('3'), AT);
    const ids = (q: string) =>
      listInvoices(cache.db, list({ q }), '2026-11-22')
        .invoices.map((i) => i.id)
        .sort();
    expect(ids('SHOP.BE')).toEqual(['1']);
    expect(ids('15.95')).toEqual(['1']);
    expect(ids('#HD-2026-0002')).toEqual(['2']);
    expect(ids('50%')).toEqual(['2']);
    expect(ids('50_')).toEqual([]);
  });

  it("finds a searched amount in each invoice's own currency: yen without decimals, dinars with three", () => {
    const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });
    store([
      invoice('1', 'paid', { total: money(150_000, 'EUR') }),
      invoice('2', 'paid', { total: money(1_500, 'JPY') }),
      invoice('3', 'paid', { total: money(1_500, 'KWD') }),
      invoice('4', 'paid', { total: money(19, 'JPY') }),
      invoice('5', 'paid', { total: money(150, 'EUR') })
    ]);
    const ids = (q: string) =>
      listInvoices(cache.db, list({ q }), '2026-11-22')
        .invoices.map((i) => i.id)
        .sort();
    expect(ids('1500')).toEqual(['1', '2']);
    expect(ids('1,5')).toEqual(['3', '5']);
    expect(ids('1.500')).toEqual(['3']);
    expect(ids('19')).toEqual(['4']);
    expect(ids('19.40')).toEqual([]);
  });

  it('pages, sorts and sums the whole filtered set', () => {
    store(
      Array.from({ length: 30 }, (_, i) =>
        invoice(String(i + 1), i % 3 === 0 ? 'unpaid' : 'paid', {
          issuedOn: `2026-10-${String(i + 1).padStart(2, '0')}`,
          total: EUR(100 * (i + 1))
        })
      )
    );
    const page = listInvoices(
      cache.db,
      list({ status: 'paid', sort: 'total', dir: 'desc', offset: 5, limit: 5 }),
      '2026-11-22'
    );
    expect(page.total).toBe(20);
    expect(page.invoices.map((i) => i.total.amountMinor)).toEqual([2300, 2100, 2000, 1800, 1700]);
    const paidTotal = Array.from({ length: 30 }, (_, i) => i)
      .filter((i) => i % 3 !== 0)
      .reduce((n, i) => n + 100 * (i + 1), 0);
    expect(page.sums).toEqual([{ currency: 'EUR', count: 20, total: paidTotal, due: 0 }]);
    const ranged = listInvoices(
      cache.db,
      list({ from: '2026-10-05', to: '2026-10-07' }),
      '2026-11-22'
    );
    expect(ranged.invoices.map((i) => i.id)).toEqual(['7', '6', '5']);
  });

  it('finds an invoice by id or by number, and never makes up lines it was refused', () => {
    const gone = invoice('42', 'paid', { number: '1001' });
    store([invoice('1001', 'paid'), gone]);
    // An id wins over a number that looks like one.
    expect(findInvoiceId(cache.db, '1001')).toBe('1001');
    expect(findInvoiceId(cache.db, 'hd-2026-1001')).toBe('1001');
    storeInvoiceDetailError(cache.db, '42', sourceOf('42'), 'Invoice ID Not Found', AT);
    const view = getInvoiceView(cache.db, '42', '2026-11-22')!;
    expect(view.lines).toEqual([]);
    expect(view.detailCached).toBe(false);
    expect(view.detailError).toBe('Invoice ID Not Found');
    // Refused for this very row: not asked again until it changes, except by a full sync.
    expect(staleInvoiceDetails(cache.db, false)).toEqual(['1001']);
    expect(staleInvoiceDetails(cache.db, true).sort()).toEqual(['1001', '42']);
  });

  it('fetches again the detail of an invoice whose list row changed, unpaid first, through the stale index', () => {
    const paid = invoice('5', 'paid', { issuedOn: '2026-10-01' });
    const unpaid = invoice('6', 'unpaid', { issuedOn: '2026-09-01' });
    store([paid, unpaid, invoice('7', 'paid', { issuedOn: '2026-11-01' })]);
    for (const row of [paid, unpaid])
      storeInvoiceDetail(cache.db, detail(row, ['Hosting'], 0), sourceOf(row.id), AT);
    expect(staleInvoiceDetails(cache.db, false)).toEqual(['7']);
    // The provider changed both rows: their details are stale, and fetched again.
    store([
      { ...paid, total: EUR(2_000) },
      { ...unpaid, total: EUR(3_000) }
    ]);
    expect(staleInvoiceDetails(cache.db, false)).toEqual(['6', '7', '5']);
    const plan = (
      cache.db.prepare(`EXPLAIN QUERY PLAN ${staleDetailsSql(false)}`).all() as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan).toContain('SCAN d USING COVERING INDEX invoice_details_stale');
    expect(plan).toContain('SCAN x USING COVERING INDEX sqlite_autoindex_invoices_1');
  });
});
