/**
 * Billing data for renderer tests and a FakeBridge answering the invoice, statement and
 * services channels like main does over its cache: lists filtered, sorted, counted and paged
 * (a small in-memory stand-in for the SQLite queries), one invoice with lines and payments,
 * the statement of a period, and services with usage.
 */
import { act } from '@testing-library/react';
import type {
  InvoiceDetailView,
  InvoiceListItem,
  InvokeInput,
  InvokeOutput,
  ServiceView,
  Statement,
  StatementPage
} from '@shared/contract';
import { err, ok } from '@shared/result';
import { navigate, type RouteTarget } from '@renderer/lib/router';
import { FakeBridge } from './fake-bridge';
import { renderReadyApp } from './render-app';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** One invoice row. */
export function invoiceItem(id: string, overrides: Partial<InvoiceListItem> = {}): InvoiceListItem {
  return {
    id,
    number: `HD-2026-${id.padStart(4, '0')}`,
    issuedOn: '2026-03-01',
    dueOn: '2026-03-15',
    paidAt: '2026-03-10T09:30:00',
    status: 'paid',
    overdue: false,
    total: eur(1_595),
    balance: eur(0),
    paymentMethod: 'banktransfer',
    detailCached: true,
    pdfCached: true,
    ...overrides
  };
}

/** Three paid, one unpaid, one overdue; newest first by issue date. */
export const INVOICES: readonly InvoiceListItem[] = [
  invoiceItem('75', {
    issuedOn: '2026-03-20',
    dueOn: '2026-04-03',
    paidAt: null,
    status: 'unpaid',
    total: eur(4_990),
    balance: eur(4_990)
  }),
  invoiceItem('71', {
    issuedOn: '2026-02-20',
    dueOn: '2026-03-06',
    paidAt: null,
    status: 'unpaid',
    overdue: true,
    total: eur(15_000),
    balance: eur(15_000),
    pdfCached: false
  }),
  invoiceItem('64', { issuedOn: '2026-02-01', total: eur(2_490) }),
  invoiceItem('60', { issuedOn: '2026-01-01', total: eur(990) }),
  invoiceItem('52', { issuedOn: '2025-12-01', total: eur(12_500), status: 'refunded' })
];

/** The detail of a list row, with two lines and one payment unless overridden. */
export function invoiceDetail(
  item: InvoiceListItem = INVOICES[2]!,
  overrides: Partial<InvoiceDetailView> = {}
): InvoiceDetailView {
  return {
    ...item,
    subtotal: eur(item.total.amountMinor - 400),
    tax: eur(400),
    credit: eur(0),
    lines: [
      {
        id: 'l1',
        type: 'Hosting',
        description: 'Reseller Hosting - Pro 10 - urbanbistro.be',
        amount: eur(item.total.amountMinor - 900),
        taxed: true
      },
      {
        id: 'l2',
        type: 'Domain',
        description: 'Domain renewal - bluelab.be',
        amount: eur(500),
        taxed: true
      }
    ],
    transactions:
      item.status === 'paid'
        ? [
            {
              id: 't1',
              date: '2026-03-10T09:30:00',
              description: 'Invoice Payment',
              gateway: 'stripe',
              amountIn: item.total,
              amountOut: eur(0),
              fees: eur(55),
              reference: 'ch_3PZ81',
              invoiceId: item.id
            }
          ]
        : [],
    detailError: null,
    pdf: item.pdfCached
      ? {
          cached: true,
          filename: `Invoice-${item.number}.pdf`,
          sizeBytes: 48_000,
          fetchedAt: '2026-03-21T08:00:00Z'
        }
      : { cached: false, filename: null, sizeBytes: null, fetchedAt: null },
    payable: item.status === 'unpaid',
    ...overrides
  };
}

const SORT_KEYS = {
  issued: (i: InvoiceListItem) => i.issuedOn ?? '',
  due: (i: InvoiceListItem) => i.dueOn ?? '',
  number: (i: InvoiceListItem) => i.number,
  total: (i: InvoiceListItem) => i.total.amountMinor,
  status: (i: InvoiceListItem) => i.status
} as const;

/** `invoices:list` over `rows`, the way main answers it. */
export function listInvoices(
  rows: readonly InvoiceListItem[],
  input: InvokeInput<'invoices:list'>
): InvokeOutput<'invoices:list'> {
  const status = input.status ?? 'all';
  const q = input.q?.trim().toLowerCase() ?? '';
  const matches = rows.filter(
    (i) =>
      (status === 'all' ||
        (status === 'overdue'
          ? i.overdue
          : status === 'unpaid'
            ? i.status === 'unpaid'
            : i.status === status)) &&
      (!input.from || (i.issuedOn ?? '') >= input.from) &&
      (!input.to || (i.issuedOn ?? '') <= input.to) &&
      (q === '' || i.number.toLowerCase().includes(q))
  );
  const key = SORT_KEYS[input.sort ?? 'issued'];
  const dir = (input.dir ?? 'desc') === 'asc' ? 1 : -1;
  const sorted = [...matches].sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
  const offset = input.offset ?? 0;
  return {
    invoices: sorted.slice(offset, offset + (input.limit ?? 100)),
    total: matches.length,
    sums:
      matches.length === 0
        ? []
        : [
            {
              currency: 'EUR',
              count: matches.length,
              total: matches.reduce((n, i) => n + i.total.amountMinor, 0),
              due: matches.reduce((n, i) => n + (i.balance?.amountMinor ?? 0), 0)
            }
          ],
    cachedCount: rows.length,
    today: '2026-03-21'
  };
}

/** A statement of two payments, a refund and a credit movement. */
export function statement(period: { from: string; to: string }): Statement {
  const entry = (
    key: string,
    kind: 'payment' | 'refund' | 'credit',
    date: string,
    amounts: { amountIn?: number; amountOut?: number; credit?: number },
    paidBalance: number,
    creditBalance: number
  ) => ({
    key,
    kind,
    date,
    at: kind === 'credit' ? null : `${date}T10:00:00`,
    description: kind === 'credit' ? 'Credit Applied to Invoice #64' : 'Invoice Payment',
    invoiceId: '64',
    invoiceNumber: 'HD-2026-0064',
    gateway: kind === 'credit' ? null : 'stripe',
    reference: null,
    amountIn: amounts.amountIn ?? 0,
    amountOut: amounts.amountOut ?? 0,
    fees: 0,
    credit: amounts.credit ?? 0,
    paidBalance,
    creditBalance
  });
  return {
    ...period,
    currency: 'EUR',
    opening: { paid: 10_000, credit: 2_000 },
    closing: { paid: 12_990, credit: 1_500 },
    totals: { payments: 3_990, refunds: 1_000, fees: 0, creditAdded: 0, creditUsed: 500 },
    entries: [
      entry('tx:1', 'payment', '2026-02-02', { amountIn: 2_490 }, 12_490, 2_000),
      entry('credit:4', 'credit', '2026-02-03', { credit: -500 }, 12_490, 1_500),
      entry('tx:2', 'payment', '2026-02-10', { amountIn: 1_500 }, 13_990, 1_500),
      entry('tx:3', 'refund', '2026-02-11', { amountOut: 1_000 }, 12_990, 1_500)
    ],
    creditBalanceNow: eur(1_500),
    skipped: 0,
    syncedAt: { transactions: '2026-03-21T08:00:00Z', credits: '2026-03-21T08:00:00Z' }
  };
}

/**
 * What main's `statement:get` sends: the statement with the page of entries asked for (100 from
 * the first unless the query says otherwise).
 */
export function statementPageOf(
  whole: Statement,
  query: { readonly offset?: number; readonly limit?: number }
): StatementPage {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 100;
  return {
    ...whole,
    entries: whole.entries.slice(offset, offset + limit),
    entryCount: whole.entries.length,
    offset
  };
}

export interface BillingBridgeOptions {
  readonly invoices?: readonly InvoiceListItem[];
  readonly services?: readonly ServiceView[];
  /** Overrides of the detail per invoice id. */
  readonly details?: Readonly<Record<string, Partial<InvoiceDetailView>>>;
}

/** A FakeBridge answering the billing and services channels (and what the frame asks). */
export function billingBridge(options: BillingBridgeOptions = {}): FakeBridge {
  const rows = options.invoices ?? INVOICES;
  const bridge = new FakeBridge();
  bridge.handle('invoices:list', (input) => ok(listInvoices(rows, input)));
  bridge.handle('invoices:get', ({ id }) => {
    const item = rows.find((i) => i.id === id || i.number === id);
    if (!item) return err('not-found', `Invoice ${id} is not in the cache.`);
    return ok(invoiceDetail(item, options.details?.[item.id]));
  });
  bridge.handle('invoices:get-pdf-status', () =>
    ok({ scope: '24-months', wanted: rows.length, cached: 4, failing: 0, running: false })
  );
  // Not a PDF pdf.js could draw: renderer tests check the states around the drawing.
  bridge.handle('invoices:get-pdf', ({ id }) =>
    ok({
      invoiceId: id,
      filename: `Invoice-${id}.pdf`,
      mimeType: 'application/pdf',
      base64: btoa('%PDF-1.4\n%%EOF\n'),
      sizeBytes: 15,
      sha256: '0'.repeat(64),
      source: 'cache'
    })
  );
  bridge.handle('statement:get', (query) => ok(statementPageOf(statement(query), query)));
  bridge.handle('statement:export-csv', (period) =>
    ok({ filename: `hostdeck-statement-${period.from}-to-${period.to}.csv`, csv: 'date\n' })
  );
  const services = options.services ?? SERVICES;
  bridge.handle('services:list', (input) => ok(listServices(services, input)));
  bridge.handle('services:get', ({ id }) => {
    const service = services.find((s) => s.id === id);
    if (!service) return err('not-found', `Service ${id} is not in the cache.`);
    return ok({
      service,
      singleSignOn: service.serverHostname !== null && service.status === 'active'
    });
  });
  bridge.handle('services:login-url', ({ id }) =>
    ok({ url: `https://panel.example.net/sso?service=${id}&token=one-time` })
  );
  bridge.handle('alerts:summary', () => ok({ openCount: 0, snoozedCount: 0 }));
  bridge.handle('outbox:list', () => ok({ items: [] }));
  return bridge;
}

/** One service. */
export function service(id: string, overrides: Partial<ServiceView> = {}): ServiceView {
  return {
    id,
    name: 'Pro 10',
    group: 'Reseller Hosting',
    domain: `site${id}.be`,
    status: 'active',
    billingCycle: 'Monthly',
    recurringAmount: eur(1_250),
    nextDueOn: '2026-04-01',
    registeredOn: '2025-04-01',
    disk: { usedMb: 2_560, limitMb: 10_240, percent: 25 },
    bandwidth: { usedMb: 10_000, limitMb: 102_400, percent: 9.8 },
    serverHostname: 'srv1.example.net',
    ...overrides
  };
}

export const SERVICES: readonly ServiceView[] = [
  service('1', { domain: 'ateliertravel.be' }),
  service('2', {
    domain: 'goldenyoga.be',
    name: 'Starter 1',
    disk: { usedMb: 1_013, limitMb: 1_024, percent: 98.9 }
  }),
  service('3', { domain: 'riverdesign.be', status: 'suspended', serverHostname: null }),
  service('4', { domain: 'tuindental.be', status: 'terminated', disk: null, bandwidth: null })
];

/** `services:list` over `rows`: status, search over domain and pack, sort by domain or disk. */
export function listServices(
  rows: readonly ServiceView[],
  input: InvokeInput<'services:list'>
): InvokeOutput<'services:list'> {
  const q = input.q?.trim().toLowerCase() ?? '';
  const matches = rows.filter(
    (s) =>
      (input.status === undefined || input.status === 'all' || s.status === input.status) &&
      (q === '' || `${s.domain ?? ''} ${s.name}`.toLowerCase().includes(q))
  );
  const dir = input.dir === 'desc' ? -1 : 1;
  const key =
    input.sort === 'disk'
      ? (s: ServiceView) => s.disk?.percent ?? -1
      : (s: ServiceView) => s.domain ?? '';
  const sorted = [...matches].sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
  const offset = input.offset ?? 0;
  const statusCounts: Record<string, number> = {};
  for (const s of rows) statusCounts[s.status] = (statusCounts[s.status] ?? 0) + 1;
  return {
    services: sorted.slice(offset, offset + (input.limit ?? 100)),
    total: matches.length,
    cachedCount: rows.length,
    statusCounts
  };
}

/** The inputs a channel was called with, oldest first. */
export function inputsOf<T = unknown>(bridge: FakeBridge, channel: string): T[] {
  return bridge.calls.filter((c) => c.channel === channel).map((c) => c.input as T);
}

/** Renders the app, then shows `route`. */
export async function openRoute(bridge: FakeBridge, route: RouteTarget) {
  const rendered = await renderReadyApp(bridge);
  act(() => navigate(route));
  return rendered;
}
