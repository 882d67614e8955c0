/**
 * The demo provider's database: plain data, as a WHMCS install would hold it for one
 * reseller client. Money is integer minor units (EUR cents); dates are stored the way WHMCS
 * stores them ('YYYY-MM-DD', '0000-00-00' for none) and instants as epoch milliseconds.
 * The server mutates a few fields at runtime (domain renewals, ticket replies), so the
 * collections are plain arrays; records themselves are replaced, not edited, where possible.
 */

export type DemoSize = 'demo' | 'large';

export interface DemoClient {
  readonly id: number;
  readonly uuid: string;
  readonly firstname: string;
  readonly lastname: string;
  readonly companyname: string;
  readonly email: string;
  readonly address1: string;
  readonly city: string;
  readonly postcode: string;
  readonly countrycode: string;
  readonly phonenumber: string;
  readonly taxId: string;
  readonly status: 'Active' | 'Inactive' | 'Closed';
  readonly currencyCode: string;
  readonly currencyPrefix: string;
  readonly currencySuffix: string;
  readonly creditMinor: number;
  readonly datecreated: string;
}

export interface DemoAddon {
  readonly id: number;
  readonly name: string;
  readonly monthlyMinor: number;
}

export interface DemoService {
  readonly id: number;
  readonly pid: number;
  readonly name: string;
  readonly groupname: string;
  readonly domain: string;
  readonly status: 'Pending' | 'Active' | 'Suspended' | 'Terminated' | 'Cancelled';
  readonly billingcycle: string;
  readonly regdate: string;
  readonly nextduedate: string;
  readonly recurringMinor: number;
  readonly username: string;
  /** The control-panel password WHMCS returns in clear text with GetClientsProducts. */
  readonly password: string;
  readonly serverhostname: string;
  readonly diskusageMb: number;
  readonly disklimitMb: number;
  /** Bandwidth used this month and the monthly allowance, in MB (WHMCS bwusage/bwlimit). */
  readonly bwusageMb: number;
  readonly bwlimitMb: number;
  /** Add-ons currently attached (also present as usage intervals). */
  readonly addons: readonly DemoAddon[];
}

export type DemoDomainStatus =
  | 'Pending'
  | 'Pending Registration'
  | 'Pending Transfer'
  | 'Active'
  | 'Grace'
  | 'Redemption'
  | 'Expired'
  | 'Cancelled';

export interface DemoDomain {
  readonly id: number;
  readonly orderid: number;
  readonly domainname: string;
  readonly regtype: 'Register' | 'Transfer';
  readonly registrar: string;
  readonly regperiod: number;
  readonly regdate: string;
  /** Registrar expiry, '0000-00-00' while pending. */
  readonly expirydate: string;
  /** Billing renewal date; can differ from the expiry. */
  readonly nextduedate: string;
  readonly status: DemoDomainStatus;
  readonly donotrenew: boolean;
  readonly firstPaymentMinor: number;
  readonly recurringMinor: number;
  readonly idprotection: boolean;
  readonly dnsmanagement: boolean;
  readonly emailforwarding: boolean;
}

export type DemoInvoiceStatus = 'Draft' | 'Unpaid' | 'Paid' | 'Cancelled' | 'Refunded';

export interface DemoInvoiceItem {
  readonly id: number;
  /** WHMCS item type: Hosting, Domain, DomainRegister, Addon, PAYU, LateFee or '' (manual). */
  readonly type: string;
  readonly relid: number;
  readonly description: string;
  readonly amountMinor: number;
  readonly taxed: boolean;
}

export interface DemoTransaction {
  readonly id: number;
  readonly invoiceid: number;
  readonly date: string; // 'YYYY-MM-DD HH:MM:SS'
  readonly gateway: string;
  readonly description: string;
  readonly amountInMinor: number;
  readonly feesMinor: number;
  readonly amountOutMinor: number;
  readonly transid: string;
  readonly refundid: number;
}

export interface DemoInvoice {
  readonly id: number;
  /** '' when sequential numbering had not assigned one (drafts). */
  readonly invoicenum: string;
  readonly date: string;
  readonly duedate: string;
  /** 'YYYY-MM-DD HH:MM:SS' or '0000-00-00 00:00:00'. */
  readonly datepaid: string;
  readonly dateRefunded: string;
  readonly dateCancelled: string;
  readonly status: DemoInvoiceStatus;
  readonly paymentmethod: string;
  readonly subtotalMinor: number;
  readonly creditMinor: number;
  readonly taxMinor: number;
  /** subtotal + tax - credit, as WHMCS computes it. */
  readonly totalMinor: number;
  /** Tax rate as WHMCS prints it ("21.00"). */
  readonly taxrate: string;
  readonly notes: string;
  readonly items: readonly DemoInvoiceItem[];
  readonly transactions: readonly DemoTransaction[];
}

export interface DemoCredit {
  readonly id: number;
  readonly date: string;
  readonly description: string;
  readonly amountMinor: number;
  readonly relid: number;
}

export interface DemoDepartment {
  readonly id: number;
  readonly name: string;
  readonly email: string;
}

export interface DemoAttachment {
  readonly filename: string;
  readonly index: number;
}

export interface DemoMessage {
  /** 0 for the opening message, as WHMCS numbers it in GetTicket; then ticketId*1000+k. */
  readonly replyid: number;
  readonly author: 'customer' | 'staff';
  /** Staff display name ('' for the customer). */
  readonly admin: string;
  readonly atMs: number;
  readonly message: string;
  readonly attachments: readonly DemoAttachment[];
}

export interface DemoNote {
  readonly noteid: number;
  readonly admin: string;
  readonly atMs: number;
  readonly message: string;
}

export type DemoTicketStatus =
  'Open' | 'Answered' | 'Customer-Reply' | 'On Hold' | 'In Progress' | 'Closed';

/**
 * A ticket. Its generated thread is not stored: `seedMessages`/`seedNotes` messages are
 * rebuilt from the data seed on demand (see ticket-thread.ts), which keeps `large` small in
 * memory. Messages added at runtime go to `added`.
 */
export interface DemoTicket {
  readonly id: number;
  readonly tid: string;
  readonly c: string;
  deptid: number;
  readonly subject: string;
  status: DemoTicketStatus;
  readonly priority: 'Low' | 'Medium' | 'High';
  readonly openedMs: number;
  lastReplyMs: number;
  /** Last reply of the generated thread (runtime replies move lastReplyMs, not this). */
  readonly seedLastReplyMs: number;
  readonly flag: number;
  /** 'S12' (service), 'D7' (domain) or ''. */
  readonly service: string;
  readonly seedMessages: number;
  readonly seedNotes: number;
  /** Messages added at runtime: API replies and the simulated staff answers. */
  readonly added: DemoMessage[];
}

export interface DemoUsageInterval {
  readonly resourceId: string;
  readonly kind: 'account' | 'addon';
  /** Parent account resource id for add-ons, null for accounts. */
  readonly parentId: string | null;
  readonly pack: string;
  readonly monthlyMinor: number;
  readonly startMs: number;
  /** Exclusive end; null while the resource still exists (extends to the latest snapshot). */
  readonly endMs: number | null;
}

export interface DemoUsage {
  readonly firstSnapshotMs: number;
  /** Whole hours with no snapshot, ascending. */
  readonly missingHoursMs: readonly number[];
  readonly intervals: readonly DemoUsageInterval[];
}

export interface DemoData {
  readonly size: DemoSize;
  readonly seed: number;
  readonly generatedAtMs: number;
  readonly client: DemoClient;
  readonly services: DemoService[];
  readonly domains: DemoDomain[];
  readonly invoices: DemoInvoice[];
  readonly credits: DemoCredit[];
  readonly departments: DemoDepartment[];
  readonly tickets: DemoTicket[];
  readonly staff: readonly string[];
  readonly usage: DemoUsage;
}
