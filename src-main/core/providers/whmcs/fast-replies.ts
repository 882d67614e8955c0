/**
 * The replies a full sync reads by the thousand, each read by ./fast-reader (the schema's
 * own result without zod's cost) and by its schema in ./schemas for anything unusual.
 */
import * as read from './fast-reader';
import * as wire from './schemas';

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

/** GetInvoice: `wire.invoiceDetailSchema.safeParse`. */
export const parseInvoiceDetail = read.withFastPath(
  wire.invoiceDetailSchema,
  read.object({
    invoiceid: read.id,
    invoicenum: read.text,
    userid: read.text,
    ...invoiceDatesAndAmounts,
    balance: read.minorOpt,
    status: read.str,
    paymentmethod: read.text,
    items: read.list(
      read.object({
        id: read.id,
        type: read.text,
        relid: read.text,
        description: read.body,
        amount: read.minor,
        taxed: read.flag
      }),
      'item'
    ),
    transactions: read.list(transactionRow, 'transaction')
  })
);

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
    transactions: read.list(transactionRow, 'transaction')
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
