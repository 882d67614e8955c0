/**
 * The replies a full sync reads by the thousand, each read by ./fast-reader (the schema's
 * own result without zod's cost) and by its schema in ./schemas for anything unusual.
 */
import * as read from './fast-reader';
import * as wire from './schemas';

const counters = { totalresults: read.count, startnumber: read.count, numreturned: read.count };

/** An invoice's dates and amounts in each GetInvoices row (invoiceDetail reads GetInvoice's). */
const invoiceDatesAndAmounts = {
  date: read.date,
  duedate: read.date,
  datepaid: read.dateTime,
  subtotal: read.minor,
  credit: read.minorOpt,
  tax: read.minorOpt,
  tax2: read.minorOpt,
  total: read.minor
};

/**
 * A transaction row (GetInvoice's, GetTransactions'), read field by field like invoiceDetail:
 * the schema's transactionRow.
 */
function transaction(value: unknown): wire.WireTransactionRow {
  const v = read.fields(value);
  const out: Partial<Record<keyof wire.WireTransactionRow, unknown>> = {
    id: read.id(v.id),
    userid: read.text(v.userid),
    gateway: read.text(v.gateway),
    date: read.dateTime(v.date),
    description: read.body(v.description)
  };
  keepOptional(out, 'amountin', read.minorOpt(v.amountin), v);
  keepOptional(out, 'fees', read.minorOpt(v.fees), v);
  keepOptional(out, 'amountout', read.minorOpt(v.amountout), v);
  out.transid = read.text(v.transid);
  out.invoiceid = read.text(v.invoiceid);
  return out as wire.WireTransactionRow;
}

type WireInvoiceItem = wire.WireInvoiceDetail['items'][number];

function invoiceItem(value: unknown): WireInvoiceItem {
  const v = read.fields(value);
  return {
    id: read.id(v.id),
    type: read.text(v.type),
    relid: read.text(v.relid),
    description: read.body(v.description),
    amount: read.minor(v.amount),
    taxed: read.flag(v.taxed)
  };
}

const invoiceItems = read.list(invoiceItem, 'item');
const transactions = read.list(transaction, 'transaction');

/**
 * GetInvoice read field by field rather than by read.object: a full sync reads one per invoice,
 * and the generic reader's keyed reads and writes cost several times these named ones.
 */
function invoiceDetail(json: unknown): wire.WireInvoiceDetail {
  const v = read.fields(json);
  const out: Partial<Record<keyof wire.WireInvoiceDetail, unknown>> = {
    invoiceid: read.id(v.invoiceid),
    invoicenum: read.text(v.invoicenum),
    userid: read.text(v.userid),
    date: read.date(v.date),
    duedate: read.date(v.duedate),
    datepaid: read.dateTime(v.datepaid),
    subtotal: read.minor(v.subtotal)
  };
  keepOptional(out, 'credit', read.minorOpt(v.credit), v);
  keepOptional(out, 'tax', read.minorOpt(v.tax), v);
  keepOptional(out, 'tax2', read.minorOpt(v.tax2), v);
  out.total = read.minor(v.total);
  keepOptional(out, 'balance', read.minorOpt(v.balance), v);
  out.status = read.str(v.status);
  out.paymentmethod = read.text(v.paymentmethod);
  out.items = invoiceItems(v.items);
  out.transactions = transactions(v.transactions);
  return out as wire.WireInvoiceDetail;
}

/** As z.object keeps an optional key: set when it reads as a value, or when the reply had it. */
function keepOptional(
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  reply: Record<string, unknown>
): void {
  if (value !== undefined || key in reply) out[key] = value;
}

/** GetInvoice: `wire.invoiceDetailSchema.safeParse`. */
export const parseInvoiceDetail = read.withFastPath(wire.invoiceDetailSchema, invoiceDetail);

/** GetInvoices: `wire.invoicesSchema.safeParse`. */
export const parseInvoices = read.withFastPath(
  wire.invoicesSchema,
  read.object({
    ...counters,
    invoices: read.list(
      read.object({
        id: read.id,
        userid: read.text,
        invoicenum: read.text,
        ...invoiceDatesAndAmounts,
        status: read.str,
        paymentmethod: read.text,
        currencycode: read.text
      }),
      'invoice'
    )
  })
);

/** GetTransactions: `wire.transactionsSchema.safeParse` (one reply holds every payment). */
export const parseTransactions = read.withFastPath(
  wire.transactionsSchema,
  read.object({
    ...counters,
    transactions
  })
);

/** GetClientsDomains: `wire.domainsSchema.safeParse`. */
export const parseDomains = read.withFastPath(
  wire.domainsSchema,
  read.object({
    ...counters,
    domains: read.list(
      read.object({
        id: read.id,
        domainname: read.text,
        registrar: read.text,
        regdate: read.date,
        expirydate: read.date,
        nextduedate: read.date,
        recurringamount: read.price,
        status: read.text,
        donotrenew: read.flag
      }),
      'domain'
    )
  })
);

/** GetClientsProducts: `wire.productsSchema.safeParse`. */
export const parseProducts = read.withFastPath(
  wire.productsSchema,
  read.object({
    ...counters,
    products: read.list(
      read.object({
        id: read.id,
        pid: read.text,
        name: read.text,
        translated_name: read.text,
        groupname: read.text,
        domain: read.text,
        regdate: read.date,
        billingcycle: read.text,
        nextduedate: read.date,
        recurringamount: read.price,
        status: read.text,
        serverhostname: read.text,
        diskusage: read.megabytes,
        disklimit: read.megabytes,
        bwusage: read.megabytes,
        bwlimit: read.megabytes
      }),
      'product'
    )
  })
);

/** GetTickets: `wire.ticketsSchema.safeParse`. */
export const parseTickets = read.withFastPath(
  wire.ticketsSchema,
  read.object({
    ...counters,
    tickets: read.list(
      read.object({
        id: read.id,
        tid: read.text,
        deptid: read.text,
        userid: read.text,
        date: read.dateTime,
        subject: read.body,
        status: read.text,
        priority: read.text,
        lastreply: read.dateTime
      }),
      'ticket'
    )
  })
);
