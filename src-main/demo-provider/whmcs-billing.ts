/** WHMCS billing actions: GetClientsDetails, GetInvoices, GetInvoice, GetTransactions, GetCredits. */
import { NO_DATETIME, floorDay, parseYmd } from './dates';
import type { DemoData, DemoInvoice, DemoTransaction } from './model';
import type { CallContext } from './state';
import { apiError, boolParam, dec, display, intParam, pageOf, pageWindow, type Json, type JsonObject, type Params } from './whmcs-format';

/** The client an admin call names (by id or email), or the logged-in client for a v2 token. */
export function resolveClientId(ctx: CallContext, params: Params, idField: string): number | null {
  if (ctx.scopeClientId !== null) return ctx.scopeClientId;
  return params.has(idField) ? intParam(params, idField, -1) : null;
}

const isOverdue = (inv: DemoInvoice, todayMs: number): boolean =>
  inv.status === 'Unpaid' && (parseYmd(inv.duedate) ?? Number.MAX_SAFE_INTEGER) < todayMs;

const netPaid = (inv: DemoInvoice): number =>
  inv.transactions.reduce((s, t) => s + t.amountInMinor - t.amountOutMinor, 0);

/** Balance as the client area shows it: nothing left on paid or refunded invoices. */
export function invoiceBalanceMinor(inv: DemoInvoice): number {
  return inv.status === 'Paid' || inv.status === 'Refunded' ? 0 : inv.totalMinor - netPaid(inv);
}

/** GetClientsDetails: client record plus stats with formatted display-string amounts. */
export function getClientsDetails(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const c = data.client;
  const byEmail = params.get('email');
  const id = resolveClientId(ctx, params, 'clientid');
  if (ctx.scopeClientId === null && id === null && byEmail === null) return apiError('Either clientid Or email Is Required');
  const found = id !== null ? id === c.id : byEmail?.toLowerCase() === c.email;
  if (!found) return apiError('Client Not Found');
  const client: JsonObject = {
    id: c.id,
    client_id: c.id,
    owner_user_id: c.id,
    uuid: c.uuid,
    firstname: c.firstname,
    lastname: c.lastname,
    fullname: `${c.firstname} ${c.lastname}`,
    companyname: c.companyname,
    email: c.email,
    address1: c.address1,
    address2: '',
    city: c.city,
    state: 'Oost-Vlaanderen',
    postcode: c.postcode,
    countrycode: c.countrycode,
    phonenumber: c.phonenumber,
    tax_id: c.taxId,
    status: c.status,
    credit: dec(c.creditMinor),
    currency: 1,
    currency_code: c.currencyCode,
    language: 'english',
    datecreated: c.datecreated,
    email_preferences: { general: 1, invoice: 1, support: 1, product: 1, domain: 1, affiliate: 1 },
    customfields: [],
    users: { user: [{ id: c.id, name: `${c.firstname} ${c.lastname}`, email: c.email, is_owner: true }] }
  };
  const out: Record<string, Json> = { result: 'success', userid: c.id, client };
  if (boolParam(params, 'stats')) out.stats = stats(data, ctx.state.clock.now());
  return out;
}

function stats(data: DemoData, nowMs: number): JsonObject {
  const today = floorDay(nowMs);
  const c = data.client;
  const bucket = (pred: (inv: DemoInvoice) => boolean, amount: (inv: DemoInvoice) => number = (i) => i.totalMinor) => {
    const list = data.invoices.filter(pred);
    return { count: list.length, text: display(c, list.reduce((s, i) => s + amount(i), 0)) };
  };
  const unpaid = bucket((i) => i.status === 'Unpaid', invoiceBalanceMinor);
  const overdue = bucket((i) => isOverdue(i, today), invoiceBalanceMinor);
  const paid = bucket((i) => i.status === 'Paid');
  const draft = bucket((i) => i.status === 'Draft');
  const cancelled = bucket((i) => i.status === 'Cancelled');
  const refunded = bucket((i) => i.status === 'Refunded');
  const activeTickets = data.tickets.filter((t) => t.status !== 'Closed').length;
  return {
    numdueinvoices: unpaid.count,
    dueinvoicesbalance: unpaid.text,
    incredit: c.creditMinor > 0,
    creditbalance: display(c, c.creditMinor),
    numoverdueinvoices: overdue.count,
    overdueinvoicesbalance: overdue.text,
    numunpaidinvoices: unpaid.count,
    unpaidinvoicesamount: unpaid.text,
    numpaidinvoices: paid.count,
    paidinvoicesamount: paid.text,
    numDraftInvoices: draft.count,
    draftInvoicesBalance: draft.text,
    numcancelledinvoices: cancelled.count,
    cancelledinvoicesamount: cancelled.text,
    numrefundedinvoices: refunded.count,
    refundedinvoicesamount: refunded.text,
    numcollectionsinvoices: 0,
    collectionsinvoicesamount: display(c, 0),
    numpaymentpendinginvoices: 0,
    paymentpendinginvoicesamount: display(c, 0),
    productsnumactive: data.services.filter((s) => s.status === 'Active').length,
    productsnumtotal: data.services.length,
    numactivedomains: data.domains.filter((d) => d.status === 'Active').length,
    numdomains: data.domains.length,
    numtickets: data.tickets.length,
    numactivetickets: activeTickets,
    numquotes: 0,
    numacceptedquotes: 0
  };
}

const ORDER_KEYS: Readonly<Record<string, (inv: DemoInvoice) => string | number>> = {
  id: (i) => i.id,
  invoicenumber: (i) => i.invoicenum,
  date: (i) => i.date,
  duedate: (i) => i.duedate,
  total: (i) => i.totalMinor,
  status: (i) => i.status
};

/** GetInvoices: paged list, status filter (incl. pseudo-status Overdue), orderby/order. */
export function getInvoices(ctx: CallContext, params: Params): JsonObject {
  const { data, clock } = ctx.state;
  const today = floorDay(clock.now());
  const userId = resolveClientId(ctx, params, 'userid');
  const status = params.get('status')?.trim().toLowerCase() ?? '';
  const orderKey = ORDER_KEYS[(params.get('orderby') ?? 'duedate').toLowerCase()] ?? ORDER_KEYS.duedate;
  const direction = (params.get('order') ?? 'desc').toLowerCase() === 'asc' ? 1 : -1;
  const list = data.invoices
    .filter((i) => userId === null || userId === data.client.id)
    .filter((i) => status === '' || (status === 'overdue' ? isOverdue(i, today) : i.status.toLowerCase() === status))
    .slice()
    .sort((a, b) => {
      const ka = orderKey ? orderKey(a) : a.id;
      const kb = orderKey ? orderKey(b) : b.id;
      return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * direction;
    });
  const page = pageOf(list, pageWindow(params));
  const c = data.client;
  return {
    result: 'success',
    totalresults: page.total,
    startnumber: page.start,
    numreturned: page.slice.length,
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
  return data.invoices.find((i) => i.id === id);
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
      item: inv.items.map((it) => ({ id: it.id, type: it.type, relid: it.relid, description: it.description, amount: dec(it.amountMinor), taxed: it.taxed ? 1 : 0 }))
    },
    transactions: inv.transactions.length === 0 ? '' : { transaction: inv.transactions.map((t) => transactionJson(data, t)) }
  };
}

/** GetTransactions: filters invoiceid/clientid/transid; no paging params, counters still sent. */
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
    transactions: { transaction: list.map((t) => transactionJson(data, t)) }
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
    credits: { credit: data.credits.map((c) => ({ id: c.id, date: c.date, description: c.description, amount: dec(c.amountMinor), relid: c.relid })) }
  };
}
