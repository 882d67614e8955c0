/**
 * WHMCS domain and service actions: GetClientsDomains, GetClientsProducts,
 * UpdateClientDomain, and the renewal (DomainRenew, plus the demo alias RenewDomain).
 */
import { addYearsYmd, parseYmd, ymd } from './dates';
import type { DemoDomain, DemoService } from './model';
import { providerToday, type CallContext } from './state';
import { resolveClientId } from './whmcs-client';
import {
  apiError,
  boolParam,
  dec,
  intParam,
  pageOf,
  pageWindow,
  type JsonObject,
  type Params
} from './whmcs-format';

const flag = (on: boolean): string => (on ? '1' : '0');
const METHOD_NAMES: Readonly<Record<string, string>> = { banktransfer: 'Bank Transfer' };

function domainJson(clientId: number, d: DemoDomain): JsonObject {
  return {
    id: d.id,
    userid: clientId,
    orderid: d.orderid,
    regtype: d.regtype,
    domainname: d.domainname,
    registrar: d.registrar,
    regperiod: d.regperiod,
    firstpaymentamount: dec(d.firstPaymentMinor),
    recurringamount: dec(d.recurringMinor),
    paymentmethod: 'banktransfer',
    paymentmethodname: METHOD_NAMES.banktransfer ?? 'Bank Transfer',
    regdate: d.regdate,
    expirydate: d.expirydate,
    nextduedate: d.nextduedate,
    status: d.status,
    subscriptionid: '',
    promoid: 0,
    dnsmanagement: flag(d.dnsmanagement),
    emailforwarding: flag(d.emailforwarding),
    idprotection: flag(d.idprotection),
    donotrenew: flag(d.donotrenew),
    notes: ''
  };
}

/** GetClientsDomains: paged by id; an empty page comes back as `"domains": ""` (real quirk). */
export function getClientsDomains(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const clientId = resolveClientId(ctx, params, 'clientid');
  const domainId = params.has('domainid') ? intParam(params, 'domainid', -1) : null;
  const name = params.get('domain')?.toLowerCase() ?? null;
  const list = data.domains.filter(
    (d) =>
      (clientId === null || clientId === data.client.id) &&
      (domainId === null || d.id === domainId) &&
      (name === null || d.domainname === name)
  );
  const page = pageOf(list, pageWindow(params));
  return {
    result: 'success',
    clientid: clientId ?? '',
    domainid: domainId ?? '',
    totalresults: String(page.total),
    startnumber: page.start,
    numreturned: page.slice.length,
    domains:
      page.slice.length === 0
        ? ''
        : { domain: page.slice.map((d) => domainJson(data.client.id, d)) }
  };
}

function productJson(clientId: number, s: DemoService): JsonObject {
  return {
    id: s.id,
    qty: 1,
    clientid: clientId,
    orderid: 500 + s.id,
    ordernumber: String(7_000_000_000 + s.id * 7919),
    pid: s.pid,
    regdate: s.regdate,
    name: s.name,
    translated_name: s.name,
    groupname: s.groupname,
    translated_groupname: s.groupname,
    domain: s.domain,
    dedicatedip: '',
    serverid: (s.id % 7) + 1,
    servername: s.serverhostname.split('.')[0] ?? '',
    serverip: `192.0.2.${(s.id % 7) + 10}`,
    serverhostname: s.serverhostname,
    suspensionreason: '',
    firstpaymentamount: dec(s.recurringMinor),
    recurringamount: dec(s.recurringMinor),
    paymentmethod: 'banktransfer',
    paymentmethodname: 'Bank Transfer',
    billingcycle: s.billingcycle,
    nextduedate: s.nextduedate,
    status: s.status,
    username: s.username,
    // Real WHMCS answers the control-panel password in clear text; the adapter must drop it.
    password: s.password,
    diskusage: String(s.diskusageMb),
    disklimit: String(s.disklimitMb),
    bwusage: String(s.bwusageMb),
    bwlimit: String(s.bwlimitMb),
    lastupdate: '0000-00-00 00:00:00',
    customfields: { customfield: [] },
    configoptions: {
      configoption: s.addons.map((a) => ({ id: a.id, option: a.name, type: 'yesno', value: '1' }))
    }
  };
}

/**
 * GetClientsProducts: paged by id; totalresults as a string like the documented example;
 * an empty page answers `"products": ""` (the empty-list quirk).
 */
export function getClientsProducts(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const clientId = resolveClientId(ctx, params, 'clientid');
  const serviceId = params.has('serviceid') ? intParam(params, 'serviceid', -1) : null;
  const pid = params.has('pid') ? intParam(params, 'pid', -1) : null;
  const domain = params.get('domain')?.toLowerCase() ?? null;
  const list = data.services.filter(
    (s) =>
      (clientId === null || clientId === data.client.id) &&
      (serviceId === null || s.id === serviceId) &&
      (pid === null || s.pid === pid) &&
      (domain === null || s.domain === domain)
  );
  const page = pageOf(list, pageWindow(params));
  const out: Record<string, JsonObject[keyof JsonObject]> = {
    result: 'success',
    clientid: clientId ?? '',
    serviceid: serviceId,
    pid,
    domain,
    totalresults: String(page.total),
    startnumber: page.start,
    numreturned: page.slice.length
  };
  out.products =
    page.slice.length === 0
      ? ''
      : { product: page.slice.map((s) => productJson(data.client.id, s)) };
  return out;
}

function findDomain(
  ctx: CallContext,
  params: Params
): { index: number; domain: DemoDomain } | null {
  const { data } = ctx.state;
  if (ctx.scopeClientId !== null && ctx.scopeClientId !== data.client.id) return null;
  const id = intParam(params, 'domainid', -1);
  const index = data.domains.findIndex((d) => d.id === id);
  const domain = data.domains[index];
  return domain ? { index, domain } : null;
}

/** UpdateClientDomain: donotrenew, plus expirydate/nextduedate/status for admins. */
export function updateClientDomain(ctx: CallContext, params: Params): JsonObject {
  const found = findDomain(ctx, params);
  if (!found) return apiError('Domain ID Not Found');
  let next: DemoDomain = found.domain;
  const donotrenew = boolParam(params, 'donotrenew');
  if (donotrenew !== null) next = { ...next, donotrenew };
  if (ctx.scopeClientId === null) {
    const expiry = params.get('expirydate');
    const due = params.get('nextduedate');
    const status = params.get('status');
    if (expiry !== null && parseYmd(expiry) !== null) next = { ...next, expirydate: expiry };
    if (due !== null && parseYmd(due) !== null) next = { ...next, nextduedate: due };
    if (status !== null && status !== '')
      next = { ...next, status: status as DemoDomain['status'] };
  }
  ctx.state.data.domains[found.index] = next;
  return { result: 'success', domainid: next.id };
}

/**
 * DomainRenew (WHMCS admin command) and RenewDomain (demo extension): moves the expiry and
 * the next due date forward by `regperiod` years (default: the domain's period) and sets the
 * domain Active. A domain without an expiry yet is renewed from today.
 */
export function renewDomain(ctx: CallContext, params: Params): JsonObject {
  const found = findDomain(ctx, params);
  if (!found) return apiError('Domain ID Not Found');
  const d = found.domain;
  // Registrar refusals come the WHMCS way: a fixed message, the registrar's text in `error`.
  if (d.status === 'Pending Transfer' || d.status === 'Cancelled')
    return {
      result: 'error',
      message: 'Registrar Error Message',
      error: `Domain cannot be renewed while ${d.status}`
    };
  const years = intParam(params, 'regperiod', d.regperiod);
  if (years < 1 || years > 10) return apiError('Invalid Registration Period');
  const today = ymd(providerToday(ctx.state));
  const expirydate = addYearsYmd(parseYmd(d.expirydate) === null ? today : d.expirydate, years);
  const nextduedate = addYearsYmd(parseYmd(d.nextduedate) === null ? today : d.nextduedate, years);
  const next: DemoDomain = { ...d, expirydate, nextduedate, status: 'Active' };
  ctx.state.data.domains[found.index] = next;
  return { result: 'success', domainid: d.id, expirydate, nextduedate, status: 'Active' };
}
