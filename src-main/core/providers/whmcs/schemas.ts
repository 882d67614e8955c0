/**
 * Response schemas of the WHMCS actions we use (classic API §1.3, the demo provider's usage
 * extension, and the WHMCS 9 REST /user endpoints §1.6). Unknown keys are ignored; known keys
 * are coerced with the lenient helpers of ./wire.
 */
import { z } from 'zod';
import {
  isNoValue,
  megabytesOf,
  wAttachments,
  wBody,
  wCount,
  wDate,
  wDateTime,
  wFlag,
  wHour,
  wId,
  wInt,
  wList,
  wMinor,
  wMinorOpt,
  wPrice,
  wStr,
  wText
} from './wire';
import { isRecord } from './reply';

const counters = {
  totalresults: wCount,
  startnumber: wCount,
  numreturned: wCount
};

const clientFields = z.object({
  id: wId,
  firstname: wText,
  lastname: wText,
  fullname: wText,
  companyname: wText,
  email: wText,
  status: wText,
  credit: wMinorOpt,
  currency_code: wText
});

/**
 * GetClientsDetails repeats every client field at the top level and under `client`; older
 * installs send only the top-level copy. `client` wins; the top level fills what it lacks.
 */
export const clientDetailsSchema = z.preprocess(
  (reply) => (isRecord(reply) ? { ...reply, client: mergedClient(reply) } : reply),
  z.object({ client: clientFields })
  // `stats` amounts are display strings ("$0.00 USD"): deliberately not read.
);

function mergedClient(reply: Record<string, unknown>): unknown {
  const nested = reply.client ?? {};
  if (!isRecord(nested)) return nested;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(clientFields.shape)) {
    merged[key] = isNoValue(nested[key]) ? reply[key] : nested[key];
  }
  return merged;
}

const invoiceRow = z.object({
  id: wId,
  userid: wText,
  invoicenum: wText,
  date: wDate,
  duedate: wDate,
  datepaid: wDateTime,
  subtotal: wMinor,
  credit: wMinorOpt,
  tax: wMinorOpt,
  tax2: wMinorOpt,
  total: wMinor,
  status: wStr,
  paymentmethod: wText,
  currencycode: wText
});
export type WireInvoiceRow = z.output<typeof invoiceRow>;

export const invoicesSchema = z.object({ ...counters, invoices: wList(invoiceRow, 'invoice') });

const transactionRow = z.object({
  id: wId,
  userid: wText,
  gateway: wText,
  date: wDateTime,
  description: wBody,
  amountin: wMinorOpt,
  fees: wMinorOpt,
  amountout: wMinorOpt,
  transid: wText,
  invoiceid: wText
});
export type WireTransactionRow = z.output<typeof transactionRow>;

export const transactionsSchema = z.object({
  ...counters,
  transactions: wList(transactionRow, 'transaction')
});

export const invoiceDetailSchema = z.object({
  invoiceid: wId,
  invoicenum: wText,
  userid: wText,
  date: wDate,
  duedate: wDate,
  datepaid: wDateTime,
  subtotal: wMinor,
  credit: wMinorOpt,
  tax: wMinorOpt,
  tax2: wMinorOpt,
  total: wMinor,
  balance: wMinorOpt,
  status: wStr,
  paymentmethod: wText,
  items: wList(
    z.object({
      id: wId,
      type: wText,
      relid: wText,
      description: wBody,
      amount: wMinor,
      taxed: wFlag
    }),
    'item'
  ),
  transactions: wList(transactionRow, 'transaction')
});
export type WireInvoiceDetail = z.output<typeof invoiceDetailSchema>;

const domainRow = z.object({
  id: wId,
  domainname: wText,
  registrar: wText,
  regdate: wDate,
  expirydate: wDate,
  nextduedate: wDate,
  recurringamount: wPrice,
  status: wText,
  donotrenew: wFlag
});
export type WireDomainRow = z.output<typeof domainRow>;

export const domainsSchema = z.object({ ...counters, domains: wList(domainRow, 'domain') });

/**
 * A disk or bandwidth figure in MB (diskusage, bwlimit…): a number or a numeric string.
 * Anything else counts as "not given" rather than failing the whole services page.
 */
const wMegabytes = z.preprocess(megabytesOf, z.number().nonnegative().optional());

// No `password`: WHMCS sends each service's control-panel password in clear text, and the
// classic client drops every `password` key before any schema sees the reply.
const productRow = z.object({
  id: wId,
  pid: wText,
  name: wText,
  translated_name: wText,
  groupname: wText,
  domain: wText,
  regdate: wDate,
  billingcycle: wText,
  nextduedate: wDate,
  recurringamount: wPrice,
  status: wText,
  serverhostname: wText,
  diskusage: wMegabytes,
  disklimit: wMegabytes,
  bwusage: wMegabytes,
  bwlimit: wMegabytes
});
export type WireProductRow = z.output<typeof productRow>;

export const productsSchema = z.object({ ...counters, products: wList(productRow, 'product') });

const ticketRow = z.object({
  id: wId,
  tid: wText,
  deptid: wText,
  userid: wText,
  date: wDateTime,
  subject: wBody,
  status: wText,
  priority: wText,
  lastreply: wDateTime
});
export type WireTicketRow = z.output<typeof ticketRow>;

export const ticketsSchema = z.object({ ...counters, tickets: wList(ticketRow, 'ticket') });

const replyRow = z.object({
  replyid: wText,
  userid: wText,
  name: wText,
  requestor_name: wText,
  requestor_type: wText,
  date: wDateTime,
  message: wBody,
  attachments: wAttachments.optional(),
  admin: wText
});
export type WireReplyRow = z.output<typeof replyRow>;

export const ticketDetailSchema = z.object({
  ticketid: wId,
  tid: wText,
  deptid: wText,
  deptname: wText,
  userid: wText,
  date: wDateTime,
  subject: wBody,
  status: wText,
  priority: wText,
  lastreply: wDateTime,
  replies: wList(replyRow, 'reply')
  // `notes` are staff-only and deliberately not part of the schema, so they cannot leak.
});
export type WireTicketDetail = z.output<typeof ticketDetailSchema>;

export const departmentsSchema = z.object({
  totalresults: wCount,
  departments: wList(
    z.object({
      id: wId,
      name: wText,
      awaitingreply: wCount,
      opentickets: wCount
    }),
    'department'
  )
});

export const creditsSchema = z.object({
  totalresults: wCount,
  credits: wList(
    z.object({ id: wId, date: wDate, description: wBody, amount: wMinor, relid: wText }),
    'credit'
  )
});

export const openTicketSchema = z.object({ id: wId, tid: wText });

export const successOnlySchema = z.object({});

export const ssoTokenSchema = z.object({ redirect_url: z.string().min(1) });

export const usageIntervalsSchema = z.object({
  ...counters,
  from: wHour,
  to: wHour,
  currency: z.string().regex(/^[A-Za-z]{3}$/),
  firstsnapshot: z.union([wHour, z.literal(''), z.null()]).optional(),
  lastsnapshot: z.union([wHour, z.literal(''), z.null()]).optional(),
  missing: wList(wHour, 'hour'),
  intervals: wList(
    z.object({
      resourceid: wId,
      kind: z.enum(['account', 'addon']),
      parentid: wText,
      pack: wText,
      monthlyprice: wMinor.refine((n) => n >= 0, 'negative price'),
      start: wHour,
      end: wHour
    }),
    'interval'
  )
});

// ---- WHMCS 9 REST (/api/v2) ----

export const restLoginSchema = z.object({ token: z.string().min(1) });

export const restChallengeSchema = z.object({
  challenge: z.string().min(1).optional(),
  second_factor: z.object({ challenge: z.string().min(1) }).optional()
});

const restMeta = z
  .object({
    total: wInt.optional(),
    pagination: z.object({ total: wInt.optional() }).optional()
  })
  .optional();

export const restInvoicesSchema = z.object({
  data: z.array(
    z.object({
      id: wStr,
      invoice_number: wText,
      date_created: wDate,
      date_due: wDate,
      date_paid: wDateTime.optional(),
      subtotal: wMinor,
      tax: wMinor.optional(),
      credit: wMinor.optional(),
      total: wMinor,
      balance: wMinor.optional(),
      payment_method: wText,
      status: wStr,
      currency: wText,
      currency_code: wText
    })
  ),
  meta: restMeta,
  total: wInt.optional()
});
export type RestInvoiceRow = z.output<typeof restInvoicesSchema>['data'][number];

export const restDomainsSchema = z.object({
  data: z.array(
    z.object({
      id: wStr,
      domain_name: wText,
      expiry_date: wDate,
      status: wText,
      registration_date: wDate.optional(),
      next_due_date: wDate.optional(),
      // Not in the WHMCS 9 reference; read when a provider sends them (the demo provider does).
      auto_renew: z.boolean().optional(),
      recurring_amount: wMinor.optional(),
      currency_code: wText
    })
  ),
  meta: restMeta,
  total: wInt.optional()
});
export type RestDomainRow = z.output<typeof restDomainsSchema>['data'][number];
