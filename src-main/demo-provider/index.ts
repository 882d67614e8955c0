/**
 * The built-in demo provider: a loopback HTTP server that speaks the real WHMCS wire format
 * (quirks included) over seeded, deterministic data, so the WHMCS adapter can be developed,
 * demoed and tested without a real WHMCS install.
 *
 * Endpoints
 * - POST /includes/api.php — WHMCS classic API (form-urlencoded or multipart; `action`
 *   case-insensitive; JSON replies, always HTTP 200 with `result`). Auth: identifier+secret
 *   (or the same as username/password); `accesskey` is accepted and ignored because loopback
 *   is allow-listed. Also accepts `Authorization: Bearer <v2 token>` instead, scoped to the
 *   logged-in client — the demo's way to let a v2 session read tickets, services and usage,
 *   since no v2 ticket endpoints are documented.
 * - GET /oauth/singlesignon.php?access_token=… — CreateSsoToken landing: 302 to the token's
 *   path with a session cookie. GET /dl.php?type=i&id=N — the invoice PDF with a session,
 *   the HTML login page without one.
 * - POST /api/v2/login, POST /api/v2/login/second-factor, GET /api/v2/user/invoices,
 *   GET /api/v2/user/domains — WHMCS 9 client REST subset.
 * - POST /__demo/faults — test control: JSON FaultConfig or {"spec":"latency=200,…"}.
 *
 * Quirks reproduced on purpose: money and most counters as strings (GetTickets,
 * GetClientsProducts, GetClientsDomains send totalresults as a string, GetInvoices as a
 * number); GetClientsDetails stats as display strings ("€2,645.80 EUR"); GetInvoice
 * `transactions: ""` when empty; GetTicket `attachments: [[]]` when none and `notes: ""`
 * when none; staff-only notes returned to API callers; donotrenew "0"/"1"; expirydate
 * "0000-00-00" while pending; each action's own empty list (`domains: ""`, `products: ""`,
 * `invoices: []`, no key at all for GetTickets, GetTransactions and GetSupportDepartments,
 * `credits: {credit: []}`); invoicenum "" on drafts and on invoices from before sequential
 * numbering; every service's control-panel `password` in clear text (GetClientsProducts);
 * every client field both at the top level and under `client` (GetClientsDetails); admin
 * calls to GetTickets and GetSupportDepartments see no department unless they send
 * ignore_dept_assignments=1; a registrar refusal of DomainRenew as "Registrar Error Message"
 * with the registrar's text in `error`.
 *
 * Simulated staff: a customer AddTicketReply (or OpenTicket) gets one staff answer
 * `staffReplyDelayMs` later on the injected clock, and the ticket becomes Answered.
 *
 * Extensions beyond WHMCS (this provider only)
 * - `RenewDomain` (domainid, regperiod): like the admin `DomainRenew`, which is accepted too;
 *   moves expirydate and nextduedate forward by regperiod years and sets status Active.
 * - `GetUsageIntervals` (from, to: whole ISO UTC hours, [from, to); limitstart; limitnum
 *   default 250, max 5000): hourly usage snapshots as intervals. A resource is present with
 *   that pack/price/parent in every available snapshot hour ts with start <= ts < end.
 *   Intervals are clipped to [from, to) and to [firstsnapshot, lastsnapshot + 1h), never
 *   overlap per resource, may span missing hours (listed under missing.hour, or "" when
 *   none), and are ordered by (start, resourceid). The latest snapshot is the last whole
 *   hour strictly before the clock's now, so open intervals grow as the clock advances.
 *   Reply: { result, from, to, currency, firstsnapshot, lastsnapshot, missing,
 *   totalresults:"N", startnumber, numreturned, intervals:{ interval:[{ resourceid, kind,
 *   parentid, pack, monthlyprice, start, end }] } }.
 */
export { demoCredentials } from './credentials';
export { parseFaults, type FaultConfig } from './faults';
export { generateDemoData } from './generate';
export type { DemoData, DemoInvoice } from './model';
export { startDemoProvider, type DemoProvider } from './server';
export { ticketThread } from './ticket-thread';
