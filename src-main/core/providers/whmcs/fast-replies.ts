/**
 * The replies a full sync reads by the thousand, each read by ./fast-reader (the schema's
 * own result without zod's cost) and by its schema in ./schemas for anything unusual.
 */
import * as read from './fast-reader';
import * as wire from './schemas';
import type { WireInvoiceDetail, WireInvoiceRow } from './schemas';

const counters = { totalresults: read.count, startnumber: read.count, numreturned: read.count };

const transactionRow = read.object({
  id: read.id,
  userid: read.text,
  gateway: read.text,
  date: read.dateTime,
  description: read.body,
  amountin: read.minorOpt,
  fees: read.minorOpt,
  amountout: read.minorOpt,
  transid: read.text,
  invoiceid: read.text
});

/** An invoice's dates and amounts, read alike in GetInvoice and each GetInvoices row. */
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

/*
 * The two replies a full sync reads by the ten thousand (GetInvoices rows, GetInvoice) are
 * also read field by field: the generic read.object looks each key up by name, in reply and
 * result alike, which costs about three times the values' own reading. Each such reader gives
 * what read.object over the same fields gives (the tests hold both to the schema); a reply
 * without one of the amounts the schema keeps only when sent (credit, tax, tax2, balance)
 * is left to read.object.
 */

const anyInvoiceRow = read.object({
  id: read.id,
  userid: read.text,
  invoicenum: read.text,
  ...invoiceDatesAndAmounts,
  status: read.str,
  paymentmethod: read.text,
  currencycode: read.text
});

/** A GetInvoices row: `anyInvoiceRow`, field by field for the usual row. */
function invoiceRow(value: unknown): WireInvoiceRow {
  const v = read.fields(value);
  const credit = read.minorOpt(v.credit);
  const tax = read.minorOpt(v.tax);
  const tax2 = read.minorOpt(v.tax2);
  if (credit === undefined || tax === undefined || tax2 === undefined) return anyInvoiceRow(v);
  return {
    id: read.id(v.id),
    userid: read.text(v.userid),
    invoicenum: read.text(v.invoicenum),
    date: read.date(v.date),
    duedate: read.date(v.duedate),
    datepaid: read.dateTime(v.datepaid),
    subtotal: read.minor(v.subtotal),
    credit,
    tax,
    tax2,
    total: read.minor(v.total),
    status: read.str(v.status),
    paymentmethod: read.text(v.paymentmethod),
    currencycode: read.text(v.currencycode)
  };
}

/** A GetInvoice line (every field has a value, so no key depends on the reply). */
function invoiceItem(value: unknown): WireInvoiceDetail['items'][number] {
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
const transactions = read.list(transactionRow, 'transaction');

const anyInvoiceDetail = read.object({
  invoiceid: read.id,
  invoicenum: read.text,
  userid: read.text,
  ...invoiceDatesAndAmounts,
  balance: read.minorOpt,
  status: read.str,
  paymentmethod: read.text,
  items: invoiceItems,
  transactions
});

/** A GetInvoice reply: `anyInvoiceDetail`, field by field for the usual reply. */
function invoiceDetail(value: unknown): WireInvoiceDetail {
  const v = read.fields(value);
  const credit = read.minorOpt(v.credit);
  const tax = read.minorOpt(v.tax);
  const tax2 = read.minorOpt(v.tax2);
  const balance = read.minorOpt(v.balance);
  if (credit === undefined || tax === undefined || tax2 === undefined || balance === undefined)
    return anyInvoiceDetail(v);
  return {
    invoiceid: read.id(v.invoiceid),
    invoicenum: read.text(v.invoicenum),
    userid: read.text(v.userid),
    date: read.date(v.date),
    duedate: read.date(v.duedate),
    datepaid: read.dateTime(v.datepaid),
    subtotal: read.minor(v.subtotal),
    credit,
    tax,
    tax2,
    total: read.minor(v.total),
    balance,
    status: read.str(v.status),
    paymentmethod: read.text(v.paymentmethod),
    items: invoiceItems(v.items),
    transactions: transactions(v.transactions)
  };
}

/** GetInvoice: `wire.invoiceDetailSchema.safeParse`. */
export const parseInvoiceDetail = read.withFastPath(wire.invoiceDetailSchema, invoiceDetail);

/** GetInvoices: `wire.invoicesSchema.safeParse`. */
export const parseInvoices = read.withFastPath(
  wire.invoicesSchema,
  read.object({ ...counters, invoices: read.list(invoiceRow, 'invoice') })
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
