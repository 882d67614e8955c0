/** WHMCS billing actions: GetInvoices, GetInvoice, GetTransactions, GetCredits. */
import { NO_DATETIME } from './dates';
import type { DemoData, DemoInvoice, DemoTransaction } from './model';
import { providerToday, type CallContext } from './state';
import {
  apiError,
  dec,
  intParam,
  pageOf,
  pageWindow,
  sameItems,
  type JsonObject,
  type Params
} from './whmcs-format';
import { invoiceBalanceMinor, isOverdue, resolveClientId } from './whmcs-client';

const ORDER_KEYS: Readonly<Record<string, (inv: DemoInvoice) => string | number>> = {
  id: (i) => i.id,
  invoicenumber: (i) => i.invoicenum,
  date: (i) => i.date,
  duedate: (i) => i.duedate,
  total: (i) => i.totalMinor,
  status: (i) => i.status
};

/** The last GetInvoices listing of each invoice array: its query, the invoices it was made of, the result. */
const listings = new WeakMap<
  readonly DemoInvoice[],
  {
    readonly key: string;
    readonly made: readonly DemoInvoice[];
    readonly list: readonly DemoInvoice[];
  }
>();

/**
 * The invoices a GetInvoices query lists, in its order: made again only when the query or an
 * invoice changed. Invoices are replaced, never changed in place, so the same objects in the
 * same places are the same data; comparing 20,000 references costs far less than filtering and
 * sorting them again for each of a sync's 80 pages (about 6 ms a page, as a database with an
 * index would not spend).
 */
function sortedInvoices(
  invoices: readonly DemoInvoice[],
  key: string,
  make: () => readonly DemoInvoice[]
): readonly DemoInvoice[] {
  const last = listings.get(invoices);
  if (last !== undefined && last.key === key && sameItems(last.made, invoices)) return last.list;
  const list = make();
  listings.set(invoices, { key, made: invoices.slice(), list });
  return list;
}

/** GetInvoices: paged list, status filter (incl. pseudo-status Overdue), orderby/order. */
export function getInvoices(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const today = providerToday(ctx.state);
  const userId = resolveClientId(ctx, params, 'userid');
  const status = params.get('status')?.trim().toLowerCase() ?? '';
  const asked = (params.get('orderby') ?? 'duedate').toLowerCase();
  const orderBy = Object.hasOwn(ORDER_KEYS, asked) ? asked : 'duedate';
  const orderKey = ORDER_KEYS[orderBy]!;
  const direction = (params.get('order') ?? 'desc').toLowerCase() === 'asc' ? 1 : -1;
  const overdueOn = status === 'overdue' ? today : null;
  const key = `${userId === null || userId === data.client.id}|${status}|${overdueOn}|${orderBy}|${direction}`;
  const list = sortedInvoices(data.invoices, key, () =>
    data.invoices
      .filter(() => userId === null || userId === data.client.id)
      .filter(
        (i) =>
          status === '' ||
          (overdueOn !== null ? isOverdue(i, overdueOn) : i.status.toLowerCase() === status)
      )
      .sort((a, b) => {
        const ka = orderKey(a);
        const kb = orderKey(b);
        return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * direction;
      })
  );
  const page = pageOf(list, pageWindow(params));
  const c = data.client;
  const counters = {
    result: 'success',
    totalresults: page.total,
    startnumber: page.start,
    numreturned: page.slice.length
  };
  // Zero invoices come back as an empty array, not an empty wrapper.
  if (page.slice.length === 0) return { ...counters, invoices: [] };
  return {
    ...counters,
    invoices: {
      invoice: page.slice.map((i) => ({
        id: i.id,
        userid: c.id,
        firstname: c.firstname,
        lastname: c.lastname,
        companyname: c.companyname,
        invoicenum: i.invoicenum,
        date: i.date,
        duedate: i.duedate,
        datepaid: i.datepaid,
        last_capture_attempt: NO_DATETIME,
        date_refunded: i.dateRefunded,
        date_cancelled: i.dateCancelled,
        subtotal: dec(i.subtotalMinor),
        credit: dec(i.creditMinor),
        tax: dec(i.taxMinor),
        tax2: '0.00',
        total: dec(i.totalMinor),
        taxrate: i.taxrate,
        taxrate2: '0.000',
        status: i.status,
        paymentmethod: i.paymentmethod,
        paymethodid: null,
        notes: i.notes,
        created_at: `${i.date} 00:00:00`,
        updated_at: i.datepaid !== NO_DATETIME ? i.datepaid : `${i.date} 00:00:00`,
        currencycode: c.currencyCode,
        currencyprefix: c.currencyPrefix,
        currencysuffix: c.currencySuffix
      }))
    }
  };
}

/** Finds an invoice the caller may see. */
export function findInvoice(ctx: CallContext, id: number): DemoInvoice | undefined {
  const { data } = ctx.state;
  if (ctx.scopeClientId !== null && ctx.scopeClientId !== data.client.id) return undefined;
  // Ids are generated consecutively, so the position is a guess worth trying first: a sync
  // asks GetInvoice for every one of the 20,000 invoices of the large data.
  const guess = data.invoices[id - (data.invoices[0]?.id ?? 0)];
  return guess?.id === id ? guess : data.invoices.find((i) => i.id === id);
}

function transactionJson(data: DemoData, t: DemoTransaction): JsonObject {
  return {
    id: t.id,
    userid: data.client.id,
    currency: '0',
    gateway: t.gateway,
    date: t.date,
    description: t.description,
    amountin: dec(t.amountInMinor),
    fees: dec(t.feesMinor),
    amountout: dec(t.amountOutMinor),
    rate: '1.00000',
    transid: t.transid,
    invoiceid: t.invoiceid,
    refundid: t.refundid
  };
}

/** GetInvoice: one invoice with items; `transactions` is "" when there are none (real quirk). */
export function getInvoice(ctx: CallContext, params: Params): JsonObject {
  const inv = findInvoice(ctx, intParam(params, 'invoiceid', -1));
  if (!inv) return apiError('Invoice ID Not Found');
  const { data } = ctx.state;
  return {
    result: 'success',
    invoiceid: inv.id,
    invoicenum: inv.invoicenum,
    userid: data.client.id,
    date: inv.date,
    duedate: inv.duedate,
    datepaid: inv.datepaid,
    lastcaptureattempt: NO_DATETIME,
    date_refunded: inv.dateRefunded,
    date_cancelled: inv.dateCancelled,
    subtotal: dec(inv.subtotalMinor),
    credit: dec(inv.creditMinor),
    tax: dec(inv.taxMinor),
    tax2: '0.00',
    total: dec(inv.totalMinor),
    balance: dec(invoiceBalanceMinor(inv)),
    taxrate: inv.taxrate,
    taxrate2: '0.00',
    status: inv.status,
    paymentmethod: inv.paymentmethod,
    paymethodid: null,
    notes: inv.notes,
    ccgateway: false,
    items: {
      item: inv.items.map((it) => ({
        id: it.id,
        type: it.type,
        relid: it.relid,
        description: it.description,
        amount: dec(it.amountMinor),
        taxed: it.taxed ? 1 : 0
      }))
    },
    transactions:
      inv.transactions.length === 0
        ? ''
        : { transaction: inv.transactions.map((t) => transactionJson(data, t)) }
  };
}

/**
 * GetTransactions: filters invoiceid/clientid/transid; no paging params, counters still sent;
 * no `transactions` key when nothing matches.
 */
export function getTransactions(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const clientId = resolveClientId(ctx, params, 'clientid');
  const invoiceId = params.has('invoiceid') ? intParam(params, 'invoiceid', -1) : null;
  const transId = params.get('transid');
  const list = data.invoices
    .filter(() => clientId === null || clientId === data.client.id)
    .filter((i) => invoiceId === null || i.id === invoiceId)
    .flatMap((i) => i.transactions)
    .filter((t) => transId === null || t.transid === transId)
    .sort((a, b) => a.id - b.id);
  return {
    result: 'success',
    totalresults: list.length,
    startnumber: 0,
    numreturned: list.length,
    ...(list.length === 0
      ? {}
      : { transactions: { transaction: list.map((t) => transactionJson(data, t)) } })
  };
}

/** GetCredits: the signed credit log; only totalresults, no paging. */
export function getCredits(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const clientId = resolveClientId(ctx, params, 'clientid');
  if (clientId === null) return apiError('Client ID Not Found');
  if (clientId !== data.client.id) return apiError('Client ID Not Found');
  return {
    result: 'success',
    totalresults: data.credits.length,
    clientid: clientId,
    credits: {
      credit: data.credits.map((c) => ({
        id: c.id,
        date: c.date,
        description: c.description,
        amount: dec(c.amountMinor),
        relid: c.relid
      }))
    }
  };
}
