/**
 * WHMCS support writes: OpenTicket, AddTicketReply and UpdateTicket. Customer messages
 * schedule one simulated staff answer (state.ts) after the configured delay on the
 * provider's clock. AddTicketReply and UpdateTicket answer a bare `{"result":"success"}`.
 */
import type { DemoAttachment, DemoTicket, DemoTicketStatus } from './model';
import { createPrng, deriveSeed } from './prng';
import { scheduleStaffReply, type CallContext } from './state';
import { nextReplyId } from './ticket-thread';
import { resolveClientId } from './whmcs-client';
import { apiError, intParam, type JsonObject, type Params } from './whmcs-format';
import { STATUSES } from './whmcs-tickets';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes OpenTicket/AddTicketReply `attachments`: base64 of JSON [{name, data}] where
 * `data` is the file's bytes in base64. Only the names are kept (listed in the thread).
 */
function parseAttachments(raw: string | null): DemoAttachment[] | null {
  if (raw === null || raw === '') return [];
  try {
    const list: unknown = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    if (!Array.isArray(list)) return null;
    return list.map((entry: unknown, index) => {
      const record = typeof entry === 'object' && entry !== null ? entry : {};
      const name = 'name' in record ? String(record.name) : '';
      const data = 'data' in record ? record.data : null;
      if (name === '') throw new Error('attachment without name');
      if (typeof data !== 'string' || !BASE64.test(data)) throw new Error('attachment data');
      return { filename: name, index };
    });
  } catch {
    return null;
  }
}

/** OpenTicket: returns id, tid and c; a staff answer follows after the configured delay. */
export function openTicket(ctx: CallContext, params: Params): JsonObject {
  const { data, clock } = ctx.state;
  const deptid = intParam(params, 'deptid', -1);
  if (!data.departments.some((d) => d.id === deptid)) return apiError('Department ID not found');
  const subject = params.get('subject')?.trim() ?? '';
  if (subject === '') return apiError('Subject is required');
  const message = params.get('message') ?? '';
  if (message.trim() === '') return apiError('Message is required');
  const clientId =
    resolveClientId(ctx, params, 'clientid') ?? resolveClientId(ctx, params, 'userid');
  if (clientId === null && (!params.get('name') || !params.get('email')))
    return apiError('Name and email address are required if not a client');
  if (clientId !== null && clientId !== data.client.id) return apiError('Client ID Not Found');
  const attachments = parseAttachments(params.get('attachments'));
  if (attachments === null) return apiError('Invalid attachments');
  const id = data.tickets.reduce((m, t) => Math.max(m, t.id), 0) + 1;
  const prng = createPrng(deriveSeed(data.seed, 0x0be7, id));
  const used = new Set(data.tickets.map((t) => t.tid));
  let tid = String(prng.int(100000, 999999));
  while (used.has(tid)) tid = String(prng.int(100000, 999999));
  const priority = params.get('priority');
  const serviceId = params.get('serviceid');
  const domainId = params.get('domainid');
  const now = clock.now();
  const ticket: DemoTicket = {
    id,
    tid,
    c: prng.chars(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    deptid,
    subject,
    status: 'Open',
    priority: priority === 'Low' || priority === 'High' ? priority : 'Medium',
    openedMs: now,
    lastReplyMs: now,
    seedLastReplyMs: now,
    flag: 0,
    service: serviceId ? `S${serviceId}` : domainId ? `D${domainId}` : '',
    seedMessages: 0,
    seedNotes: 0,
    added: [{ replyid: 0, author: 'customer', admin: '', atMs: now, message, attachments }]
  };
  data.tickets.push(ticket);
  scheduleStaffReply(ctx.state, ticket);
  return { result: 'success', id, tid, c: ticket.c };
}

/**
 * AddTicketReply: a customer reply (default) sets Customer-Reply and schedules one staff
 * answer; `adminusername` (admin credentials only) posts as staff and sets Answered.
 * `status` overrides the resulting status. Returns only `result`.
 */
export function addTicketReply(ctx: CallContext, params: Params): JsonObject {
  const { data, clock } = ctx.state;
  const mine = ctx.scopeClientId === null || ctx.scopeClientId === data.client.id;
  const id = intParam(params, 'ticketid', -1);
  const ticket = mine ? data.tickets.find((t) => t.id === id) : undefined;
  if (!ticket) return apiError('Ticket ID Not Found');
  const message = params.get('message') ?? '';
  if (message.trim() === '') return apiError('Message is required');
  const attachments = parseAttachments(params.get('attachments'));
  if (attachments === null) return apiError('Invalid attachments');
  const adminName = ctx.scopeClientId === null ? (params.get('adminusername') ?? '') : '';
  const staff = adminName !== '';
  const now = clock.now();
  ticket.added.push({
    replyid: nextReplyId(ticket),
    author: staff ? 'staff' : 'customer',
    admin: adminName,
    atMs: now,
    message,
    attachments
  });
  ticket.lastReplyMs = now;
  const override = params.get('status');
  ticket.status =
    override && STATUSES.some((s) => s.title === override)
      ? (override as DemoTicketStatus)
      : staff
        ? 'Answered'
        : 'Customer-Reply';
  if (!staff) scheduleStaffReply(ctx.state, ticket);
  return { result: 'success' };
}

/**
 * UpdateTicket: changes the status (any known status; "Closed" closes it) or the
 * department of a ticket. Answers a bare `{"result":"success"}`.
 */
export function updateTicket(ctx: CallContext, params: Params): JsonObject {
  const { data } = ctx.state;
  const mine = ctx.scopeClientId === null || ctx.scopeClientId === data.client.id;
  const id = intParam(params, 'ticketid', -1);
  const ticket = mine ? data.tickets.find((t) => t.id === id) : undefined;
  if (!ticket) return apiError('Ticket ID Not Found');
  const status = params.get('status');
  if (status !== null && !STATUSES.some((s) => s.title === status))
    return apiError('Invalid Ticket Status');
  if (params.has('deptid')) {
    const deptid = intParam(params, 'deptid', -1);
    if (!data.departments.some((d) => d.id === deptid)) return apiError('Department ID not found');
    ticket.deptid = deptid;
  }
  if (status !== null) ticket.status = status as DemoTicketStatus;
  return { result: 'success' };
}
