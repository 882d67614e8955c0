/**
 * WHMCS support reads: GetTickets, GetTicket, GetSupportDepartments, GetSupportStatuses. Staff notes are returned under `notes` exactly like WHMCS does
 * for API callers; it is the adapter's job to drop them.
 */
import { ymdhms } from './dates';
import type { DemoAttachment, DemoData, DemoMessage, DemoTicket, DemoTicketStatus } from './model';
import type { CallContext } from './state';
import { ticketThread } from './ticket-thread';
import { resolveClientId } from './whmcs-client';
import {
  apiError,
  boolParam,
  intParam,
  pageOf,
  pageWindow,
  sameItems,
  type Json,
  type JsonObject,
  type Params
} from './whmcs-format';

/** WHMCS default statuses with their default colours and flags. */
export const STATUSES: readonly {
  title: DemoTicketStatus;
  color: string;
  active: boolean;
  awaiting: boolean;
}[] = [
  { title: 'Open', color: '#779500', active: true, awaiting: true },
  { title: 'Answered', color: '#000000', active: true, awaiting: false },
  { title: 'Customer-Reply', color: '#ff6600', active: true, awaiting: true },
  { title: 'Closed', color: '#888888', active: false, awaiting: false },
  { title: 'On Hold', color: '#224488', active: true, awaiting: false },
  { title: 'In Progress', color: '#cc0000', active: true, awaiting: false }
];
const isActive = (t: DemoTicket) => STATUSES.find((s) => s.title === t.status)?.active ?? true;
const isAwaiting = (t: DemoTicket) => STATUSES.find((s) => s.title === t.status)?.awaiting ?? false;
/** The API admin's id; "My Flagged Tickets" are the active tickets flagged to it. */
const API_ADMIN_ID = 1;
/**
 * Departments the API admin is assigned to: none, like many real installs. Admin calls to
 * GetTickets and GetSupportDepartments then answer zero rows (result "success") unless they
 * send ignore_dept_assignments=1; a client's bearer token is not limited by assignments.
 */
const API_ADMIN_DEPARTMENTS: readonly number[] = [];

/** Whether the caller sees every department: a client's token, or ignore_dept_assignments=1. */
function seesAllDepartments(ctx: CallContext, params: Params): boolean {
  return ctx.scopeClientId !== null || boolParam(params, 'ignore_dept_assignments') === true;
}

const attachmentsJson = (list: readonly DemoAttachment[]): Json =>
  list.length === 0 ? [[]] : list.map((a) => ({ filename: a.filename, index: a.index }));

function visibleTickets(ctx: CallContext, params: Params): DemoTicket[] {
  const { data } = ctx.state;
  const clientId = resolveClientId(ctx, params, 'clientid');
  const email = params.get('email')?.toLowerCase() ?? null;
  const deptid = params.has('deptid') ? intParam(params, 'deptid', -1) : null;
  const subject = params.get('subject')?.toLowerCase() ?? null;
  const status = params.get('status')?.trim().toLowerCase() ?? '';
  const allDepartments = seesAllDepartments(ctx, params);
  const byStatus = (t: DemoTicket): boolean => {
    switch (status) {
      case '':
        return true;
      case 'awaiting reply':
        return isAwaiting(t);
      case 'all active tickets':
        return isActive(t);
      case 'my flagged tickets':
        return isActive(t) && t.flag === API_ADMIN_ID;
      default:
        return t.status.toLowerCase() === status;
    }
  };
  // A sync lists every ticket (with ignore_dept_assignments): no test to run on each.
  if (
    (clientId === null || clientId === data.client.id) &&
    (email === null || email === data.client.email) &&
    deptid === null &&
    subject === null &&
    status === '' &&
    allDepartments
  )
    return data.tickets.slice();
  return data.tickets.filter(
    (t) =>
      (clientId === null || clientId === data.client.id) &&
      (email === null || email === data.client.email) &&
      (deptid === null || t.deptid === deptid) &&
      (subject === null || t.subject.toLowerCase().includes(subject)) &&
      byStatus(t) &&
      (allDepartments || API_ADMIN_DEPARTMENTS.includes(t.deptid))
  );
}

/** Newest activity first, then the higher id. */
const byActivity = (a: DemoTicket, b: DemoTicket): number =>
  b.lastReplyMs - a.lastReplyMs || b.id - a.id;

/** Whether the tickets are still sorted by activity (a reply moves one in place). */
function inOrder(sorted: readonly DemoTicket[]): boolean {
  for (let i = 1; i < sorted.length; i += 1)
    if (byActivity(sorted[i - 1]!, sorted[i]!) >= 0) return false;
  return true;
}

/** The last GetTickets listing of each ticket array: the tickets it listed, in data order and sorted. */
const listings = new WeakMap<
  readonly DemoTicket[],
  { readonly visible: readonly DemoTicket[]; readonly sorted: readonly DemoTicket[] }
>();

/**
 * The visible tickets sorted by activity, sorted again only when needed: while the same tickets
 * are visible and the last order still holds (a reply changes a ticket's activity in place, so
 * the order is checked, not assumed), a sync's next page reuses it. Sorting the 10,000
 * tickets of the large data for each of its 40 pages cost most of each GetTickets reply.
 */
function newestFirst(
  tickets: readonly DemoTicket[],
  visible: readonly DemoTicket[]
): readonly DemoTicket[] {
  const last = listings.get(tickets);
  if (last !== undefined && sameItems(last.visible, visible) && inOrder(last.sorted))
    return last.sorted;
  const sorted = [...visible].sort(byActivity);
  listings.set(tickets, { visible, sorted });
  return sorted;
}

/** The attachments of each ticket's opening message, once it has one. */
const openings = new WeakMap<DemoTicket, readonly DemoAttachment[]>();

/**
 * The attachments of a ticket's opening message, which GetTickets lists. The message never
 * changes once there (a thread only grows at its end), so it is read once, not by generating
 * the whole thread again for every listed ticket on every page (about a quarter of a page).
 */
function openingAttachments(data: DemoData, ticket: DemoTicket): readonly DemoAttachment[] {
  const known = openings.get(ticket);
  if (known !== undefined) return known;
  const opening = ticketThread(data, ticket).messages[0];
  if (opening === undefined) return [];
  openings.set(ticket, opening.attachments);
  return opening.attachments;
}

/**
 * GetTickets: newest activity first (lastreply desc, then id desc); counters as strings; no
 * `tickets` key at all when nothing matches (the real empty-list shape).
 */
export function getTickets(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const list = newestFirst(data.tickets, visibleTickets(ctx, params));
  const page = pageOf(list, pageWindow(params));
  const c = data.client;
  const name = `${c.firstname} ${c.lastname}`;
  const counters = {
    result: 'success',
    totalresults: String(page.total),
    startnumber: page.start,
    numreturned: page.slice.length
  };
  if (page.slice.length === 0) return counters;
  return {
    ...counters,
    tickets: {
      ticket: page.slice.map((t) => {
        const files = openingAttachments(data, t);
        return {
          id: t.id,
          tid: t.tid,
          deptid: t.deptid,
          userid: c.id,
          name,
          owner_name: name,
          email: c.email,
          requestor_name: name,
          requestor_email: c.email,
          requestor_type: 'Owner',
          cc: '',
          c: t.c,
          date: ymdhms(t.openedMs),
          subject: t.subject,
          status: t.status,
          priority: t.priority,
          admin: '',
          attachment: files.map((f) => f.filename).join('|'),
          attachments: files.map((f) => ({ filename: f.filename, index: f.index })),
          attachments_removed: false,
          lastreply: ymdhms(t.lastReplyMs),
          flag: String(t.flag),
          service: t.service
        };
      })
    }
  };
}

function messageJson(data: DemoData, m: DemoMessage): JsonObject {
  const c = data.client;
  const staff = m.author === 'staff';
  const name = staff ? m.admin : `${c.firstname} ${c.lastname}`;
  return {
    replyid: String(m.replyid),
    userid: staff ? 0 : c.id,
    contactid: 0,
    name,
    email: staff ? '' : c.email,
    requestor_name: name,
    requestor_email: staff ? '' : c.email,
    requestor_type: staff ? 'Operator' : 'Owner',
    date: ymdhms(m.atMs),
    message: m.message,
    attachment: m.attachments.map((a) => a.filename).join('|'),
    attachments: attachmentsJson(m.attachments),
    attachments_removed: false,
    admin: staff ? m.admin : '',
    rating: 0
  };
}

/** GetTicket: by ticketid or ticketnum (tid); replies ASC unless repliessort=DESC. */
export function getTicket(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const mine = ctx.scopeClientId === null || ctx.scopeClientId === data.client.id;
  const byId = params.has('ticketid') ? intParam(params, 'ticketid', -1) : null;
  const byTid = params.get('ticketnum');
  const t = mine
    ? data.tickets.find((x) => (byId !== null ? x.id === byId : x.tid === byTid))
    : undefined;
  if (!t) return apiError('Ticket ID Not Found');
  const thread = ticketThread(data, t);
  const replies = thread.messages.map((m) => messageJson(data, m));
  if ((params.get('repliessort') ?? 'ASC').toUpperCase() === 'DESC') replies.reverse();
  const c = data.client;
  const lastStaff = [...thread.messages].reverse().find((m) => m.author === 'staff');
  return {
    result: 'success',
    ticketid: t.id,
    tid: t.tid,
    c: t.c,
    deptid: t.deptid,
    deptname: data.departments.find((d) => d.id === t.deptid)?.name ?? '',
    userid: c.id,
    contactid: 0,
    name: `${c.firstname} ${c.lastname}`,
    email: c.email,
    cc: '',
    date: ymdhms(t.openedMs),
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    admin: lastStaff?.admin ?? '',
    lastreply: ymdhms(t.lastReplyMs),
    flag: t.flag,
    service: t.service,
    replies: { reply: replies },
    notes:
      thread.notes.length === 0
        ? ''
        : {
            note: thread.notes.map((n) => ({
              noteid: String(n.noteid),
              date: ymdhms(n.atMs),
              message: n.message,
              attachment: '',
              attachments: [[]],
              attachments_removed: false,
              admin: n.admin
            }))
          }
  };
}

/**
 * GetSupportDepartments: the departments with awaiting/open counts as strings; no paging; no
 * `departments` key when the caller sees none.
 */
export function getSupportDepartments(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const allDepartments = seesAllDepartments(ctx, params);
  const visible = data.departments.filter(
    (d) => allDepartments || API_ADMIN_DEPARTMENTS.includes(d.id)
  );
  if (visible.length === 0) return { result: 'success', totalresults: 0 };
  return {
    result: 'success',
    totalresults: visible.length,
    departments: {
      department: visible.map((d) => {
        const mine = data.tickets.filter((t) => t.deptid === d.id);
        return {
          id: d.id,
          name: d.name,
          awaitingreply: String(mine.filter(isAwaiting).length),
          opentickets: String(mine.filter(isActive).length)
        };
      })
    }
  };
}

/** GetSupportStatuses: the default statuses with counts and colours (optional deptid). */
export function getSupportStatuses(ctx: CallContext, params: Params): JsonObject {
  const deptid = params.has('deptid') ? intParam(params, 'deptid', -1) : null;
  const tickets = ctx.state.data.tickets.filter((t) => deptid === null || t.deptid === deptid);
  return {
    result: 'success',
    totalresults: STATUSES.length,
    statuses: {
      status: STATUSES.map((s) => ({
        title: s.title,
        count: tickets.filter((t) => t.status === s.title).length,
        color: s.color
      }))
    }
  };
}
