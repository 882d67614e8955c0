/** WHMCS client actions: GetClientsDetails (with stats), plus helpers the other actions share. */
import { parseYmd } from './dates';
import type { DemoData, DemoInvoice } from './model';
import { providerToday, type CallContext } from './state';
import {
  apiError,
  boolParam,
  display,
  dec,
  intParam,
  type Json,
  type JsonObject,
  type Params
} from './whmcs-format';

/** The client an admin call names (by id or email), or the logged-in client for a v2 token. */
export function resolveClientId(ctx: CallContext, params: Params, idField: string): number | null {
  if (ctx.scopeClientId !== null) return ctx.scopeClientId;
  return params.has(idField) ? intParam(params, idField, -1) : null;
}

/** Unpaid and past its due date (the GetInvoices pseudo-status Overdue). */
export const isOverdue = (inv: DemoInvoice, todayMs: number): boolean =>
  inv.status === 'Unpaid' && (parseYmd(inv.duedate) ?? Number.MAX_SAFE_INTEGER) < todayMs;

const netPaid = (inv: DemoInvoice): number =>
  inv.transactions.reduce((s, t) => s + t.amountInMinor - t.amountOutMinor, 0);

/** Balance as the client area shows it: nothing left on paid or refunded invoices. */
export function invoiceBalanceMinor(inv: DemoInvoice): number {
  return inv.status === 'Paid' || inv.status === 'Refunded' ? 0 : inv.totalMinor - netPaid(inv);
}

/**
 * GetClientsDetails: client record plus stats with formatted display-string amounts. Like
 * WHMCS, every client field comes twice: at the top level and under `client`.
 */
export function getClientsDetails(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const c = data.client;
  const byEmail = params.get('email');
  const id = resolveClientId(ctx, params, 'clientid');
  if (ctx.scopeClientId === null && id === null && byEmail === null)
    return apiError('Either clientid Or email Is Required');
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
    users: {
      user: [{ id: c.id, name: `${c.firstname} ${c.lastname}`, email: c.email, is_owner: true }]
    }
  };
  const out: Record<string, Json> = { result: 'success', userid: c.id, ...client, client };
  if (boolParam(params, 'stats')) out.stats = stats(data, providerToday(ctx.state));
  return out;
}

function stats(data: DemoData, today: number): JsonObject {
  const c = data.client;
  const bucket = (
    pred: (inv: DemoInvoice) => boolean,
    amount: (inv: DemoInvoice) => number = (i) => i.totalMinor
  ) => {
    const list = data.invoices.filter(pred);
    return {
      count: list.length,
      text: display(
        c,
        list.reduce((s, i) => s + amount(i), 0)
      )
    };
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
