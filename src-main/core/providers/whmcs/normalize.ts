/**
 * Maps parsed WHMCS wire rows (./schemas) onto the normalized model. Pure functions: the
 * currency, "today" and the server's time zone come in as values. Date-times leave here as
 * UTC instants; calendar dates (issued, due, expiry) stay dates.
 */
import type {
  AccountStatus,
  AccountSummary,
  Domain,
  DomainStatus,
  Invoice,
  InvoiceDetail,
  InvoiceStatus,
  Service,
  ServiceStatus,
  CreditEntry,
  Transaction
} from '@shared/model';
import { hundredthsToMinor, money, type Money } from '@shared/money';
import {
  domainStatusSchema,
  invoiceStatusSchema,
  isInvoiceOverdue,
  serviceStatusSchema
} from '@shared/model';
import { ProtocolError } from '../errors';
import { utcInstantOf } from './provider-time';
import { nonEmpty, relation, statusKey } from './text';
import type {
  RestDomainRow,
  RestInvoiceRow,
  WireDomainRow,
  WireInvoiceDetail,
  WireInvoiceRow,
  WireProductRow,
  WireTransactionRow
} from './schemas';
import type { z } from 'zod';
import type { clientDetailsSchema, creditsSchema } from './schemas';

/** What normalization needs besides the row. */
export interface NormalizeContext {
  /** ISO currency for amounts whose row does not name one (the client's currency). */
  readonly currency: string;
  /** Today's date (YYYY-MM-DD) in the reseller's zone, for isOverdue. */
  readonly today: string;
  /** IANA zone of the WHMCS server, whose wall-clock date-times become UTC instants. */
  readonly serverTimeZone: string;
}

/** The model's statuses a WHMCS status can map onto ('unknown' is ours, never WHMCS's). */
const known = (statuses: readonly string[]): ReadonlySet<string> =>
  new Set(statuses.filter((status) => status !== 'unknown'));
const INVOICE_STATUSES = known(invoiceStatusSchema.options);
const DOMAIN_STATUSES = known(domainStatusSchema.options);
const SERVICE_STATUSES = known(serviceStatusSchema.options);

/** Invoice statuses are a closed set in WHMCS; anything else means we misread the reply. */
export function invoiceStatus(raw: string): InvoiceStatus {
  const key = statusKey(raw);
  if (!INVOICE_STATUSES.has(key)) throw new ProtocolError(`Unknown invoice status "${raw}"`);
  return key as InvoiceStatus;
}

/** Maps a WHMCS domain status; unknown values become 'unknown' (the list grows across versions). */
export function domainStatus(raw: string): DomainStatus {
  const key = statusKey(raw).replace(/_period.*$/, '');
  return DOMAIN_STATUSES.has(key) ? (key as DomainStatus) : 'unknown';
}

/** Maps a WHMCS service status; unknown values become 'unknown'. */
export function serviceStatus(raw: string): ServiceStatus {
  const key = statusKey(raw);
  return SERVICE_STATUSES.has(key) ? (key as ServiceStatus) : 'unknown';
}

function accountStatus(raw: string): AccountStatus {
  const key = statusKey(raw);
  return key === 'active' || key === 'inactive' || key === 'closed' ? key : 'unknown';
}

/**
 * A WHMCS amount (read as hundredths: WHMCS keeps two decimals in every currency) as money in
 * `currency`'s own minor units, which is what every screen, export and rule counts in.
 */
function amount(hundredths: number, currency: string): Money {
  return money(hundredthsToMinor(hundredths, currency), currency);
}

function optionalMoney(hundredths: number | undefined, currency: string): Money | null {
  return hundredths === undefined ? null : amount(hundredths, currency);
}

/** An ISO 4217 code as sent (any case, stray spaces), or the context's when none is sent. */
function currencyOf(code: string, ctx: NormalizeContext): string {
  return code.trim() === '' ? ctx.currency : isoCurrency(code);
}

function isoCurrency(code: string): string {
  const iso = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso)) throw new ProtocolError(`Not a currency code: "${code}"`);
  return iso;
}

/** GetClientsDetails → AccountSummary. */
export function toAccount(
  wire: z.output<typeof clientDetailsSchema>,
  fallbackCurrency: string | undefined
): AccountSummary {
  const c = wire.client;
  const code = nonEmpty(c.currency_code) ?? fallbackCurrency;
  if (code === undefined) throw new ProtocolError('GetClientsDetails reply names no currency_code');
  const currency = isoCurrency(code);
  const name = nonEmpty(c.fullname) ?? `${c.firstname} ${c.lastname}`.trim();
  return {
    id: c.id,
    name,
    companyName: nonEmpty(c.companyname),
    email: c.email,
    currency,
    creditBalance: amount(c.credit ?? 0, currency),
    status: accountStatus(c.status)
  };
}

function taxOf(tax: number | undefined, tax2: number | undefined): number | undefined {
  return tax === undefined && tax2 === undefined ? undefined : (tax ?? 0) + (tax2 ?? 0);
}

/** GetInvoices row → Invoice (no balance: the list does not give it). */
export function toInvoice(row: WireInvoiceRow, ctx: NormalizeContext): Invoice {
  const currency = currencyOf(row.currencycode, ctx);
  const status = invoiceStatus(row.status);
  return {
    id: row.id,
    number: nonEmpty(row.invoicenum) ?? row.id,
    issuedOn: row.date,
    dueOn: row.duedate,
    paidAt: utcInstantOf(row.datepaid, ctx.serverTimeZone),
    status,
    isOverdue: isInvoiceOverdue({ status, dueOn: row.duedate }, ctx.today),
    subtotal: amount(row.subtotal, currency),
    tax: optionalMoney(taxOf(row.tax, row.tax2), currency),
    credit: optionalMoney(row.credit, currency),
    total: amount(row.total, currency),
    balance: null,
    paymentMethod: nonEmpty(row.paymentmethod)
  };
}

/** GetTransactions row → Transaction (the row's currency is an internal id, so the client's is used). */
export function toTransaction(row: WireTransactionRow, ctx: NormalizeContext): Transaction {
  const date = utcInstantOf(row.date, ctx.serverTimeZone);
  if (date === null) throw new ProtocolError(`Transaction ${row.id} has no date`);
  return {
    id: row.id,
    date,
    description: row.description,
    gateway: nonEmpty(row.gateway),
    amountIn: amount(row.amountin ?? 0, ctx.currency),
    amountOut: amount(row.amountout ?? 0, ctx.currency),
    fees: amount(row.fees ?? 0, ctx.currency),
    invoiceId: relation(row.invoiceid),
    reference: nonEmpty(row.transid)
  };
}

/** GetInvoice → InvoiceDetail (GetInvoice names no currency: the client's is used). */
export function toInvoiceDetail(wire: WireInvoiceDetail, ctx: NormalizeContext): InvoiceDetail {
  const currency = ctx.currency;
  const status = invoiceStatus(wire.status);
  return {
    id: wire.invoiceid,
    number: nonEmpty(wire.invoicenum) ?? wire.invoiceid,
    issuedOn: wire.date,
    dueOn: wire.duedate,
    paidAt: utcInstantOf(wire.datepaid, ctx.serverTimeZone),
    status,
    isOverdue: isInvoiceOverdue({ status, dueOn: wire.duedate }, ctx.today),
    subtotal: amount(wire.subtotal, currency),
    tax: optionalMoney(taxOf(wire.tax, wire.tax2), currency),
    credit: optionalMoney(wire.credit, currency),
    total: amount(wire.total, currency),
    balance: optionalMoney(wire.balance, currency),
    paymentMethod: nonEmpty(wire.paymentmethod),
    lines: wire.items.map((item) => ({
      id: item.id,
      type: item.type,
      relatedId: relation(item.relid),
      description: item.description,
      amount: amount(item.amount, currency),
      taxed: item.taxed ?? false
    })),
    payments: wire.transactions.map((t) => toTransaction(t, ctx))
  };
}

/** GetClientsDomains row → Domain; autoRenew is the inverse of donotrenew. */
export function toDomain(row: WireDomainRow, ctx: NormalizeContext): Domain {
  return {
    id: row.id,
    name: row.domainname,
    status: domainStatus(row.status),
    registeredOn: row.regdate,
    expiresOn: row.expirydate,
    nextDueOn: row.nextduedate,
    autoRenew: row.donotrenew === null ? null : !row.donotrenew,
    recurringAmount: optionalMoney(row.recurringamount, ctx.currency),
    registrar: nonEmpty(row.registrar)
  };
}

/** GetClientsProducts row → Service. */
export function toService(row: WireProductRow, ctx: NormalizeContext): Service {
  return {
    id: row.id,
    name: nonEmpty(row.translated_name) ?? row.name,
    productId: relation(row.pid),
    group: nonEmpty(row.groupname),
    domain: nonEmpty(row.domain),
    status: serviceStatus(row.status),
    billingCycle: nonEmpty(row.billingcycle),
    registeredOn: row.regdate,
    nextDueOn: row.nextduedate,
    recurringAmount: optionalMoney(row.recurringamount, ctx.currency),
    ...usageOf(row),
    ...(nonEmpty(row.serverhostname) ? { serverHostname: nonEmpty(row.serverhostname) } : {})
  };
}

/** Disk and bandwidth figures when the provider gives any; a limit of 0 means "unlimited". */
function usageOf(row: WireProductRow): Pick<Service, 'usage'> {
  if (row.diskusage === undefined && row.bwusage === undefined) return {};
  const limit = (mb: number | undefined) => (mb === undefined || mb === 0 ? null : mb);
  return {
    usage: {
      diskUsedMb: row.diskusage ?? 0,
      diskLimitMb: limit(row.disklimit),
      bandwidthUsedMb: row.bwusage ?? 0,
      bandwidthLimitMb: limit(row.bwlimit)
    }
  };
}

/** REST /user/invoices row → Invoice. */
export function toRestInvoice(row: RestInvoiceRow, ctx: NormalizeContext): Invoice {
  const currency = currencyOf(nonEmpty(row.currency_code) ?? row.currency, ctx);
  const status = invoiceStatus(row.status);
  return {
    id: row.id,
    number: nonEmpty(row.invoice_number) ?? row.id,
    issuedOn: row.date_created,
    dueOn: row.date_due,
    paidAt: utcInstantOf(row.date_paid ?? null, ctx.serverTimeZone),
    status,
    isOverdue: isInvoiceOverdue({ status, dueOn: row.date_due }, ctx.today),
    subtotal: amount(row.subtotal, currency),
    tax: optionalMoney(row.tax, currency),
    credit: optionalMoney(row.credit, currency),
    total: amount(row.total, currency),
    balance: optionalMoney(row.balance, currency),
    paymentMethod: nonEmpty(row.payment_method)
  };
}

/** REST /user/domains row → Domain (auto-renew and amount only when the provider adds them). */
export function toRestDomain(row: RestDomainRow, ctx: NormalizeContext): Domain {
  return {
    id: row.id,
    name: row.domain_name,
    status: domainStatus(row.status),
    registeredOn: row.registration_date ?? null,
    expiresOn: row.expiry_date,
    nextDueOn: row.next_due_date ?? null,
    autoRenew: row.auto_renew ?? null,
    recurringAmount: optionalMoney(row.recurring_amount, currencyOf(row.currency_code, ctx)),
    registrar: null
  };
}

/** GetCredits row → CreditEntry (signed; GetCredits names no currency). */
export function toCreditEntry(
  row: z.output<typeof creditsSchema>['credits'][number],
  ctx: NormalizeContext
): CreditEntry {
  return {
    id: row.id,
    date: row.date,
    description: row.description,
    amount: amount(row.amount, ctx.currency),
    relatedId: relation(row.relid)
  };
}

export { toDepartment, toTicket, toTicketSummary } from './normalize-support';
