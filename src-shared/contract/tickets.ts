/**
 * Support tickets, read side over the cache: the paged, sorted list with status, keyword
 * (full-text over subjects and every message), ticket-number and last-reply date filters;
 * one ticket with its public thread and its unsent outbox items; the support departments.
 * Works offline. Writes (reply, open, close) are in ./outbox.
 */
import { z } from 'zod';
import { departmentSchema, ticketMessageSchema, ticketSummarySchema } from '../model/ticket';
import { defineInvoke } from './define';
import { outboxItemSchema } from './outbox';

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Which tickets the list shows: 'active' is every ticket that is not closed. */
export const ticketStatusFilterSchema = z.enum(['active', 'awaiting-you', 'closed', 'all']);
export type TicketStatusFilter = z.output<typeof ticketStatusFilterSchema>;

/** How the list is ordered; ties fall back to the ticket id in the same direction. */
export const ticketSortSchema = z.enum(['last-reply', 'opened', 'number', 'subject']);
export type TicketSort = z.output<typeof ticketSortSchema>;

/** The most rows one page of `tickets:list` returns; `total` still counts every match. */
export const TICKET_LIST_LIMIT = 200;
/** The page size when the caller does not ask for one. */
export const TICKET_LIST_DEFAULT_LIMIT = 50;

/** Filters, order and page of the ticket list. Dates are local dates in the reseller's zone, both inclusive. */
export const ticketListInputSchema = z
  .object({
    status: ticketStatusFilterSchema.default('active'),
    /**
     * Keywords matched (case-insensitively, as whole words or word prefixes, all of them)
     * against the subject and every message body; `#123` or a bare ticket number matches
     * that ticket too.
     */
    q: z.string().max(200).optional(),
    /** Last reply on or after this local date. */
    from: localDateSchema.optional(),
    /** Last reply on or before this local date. */
    to: localDateSchema.optional(),
    sort: ticketSortSchema.default('last-reply'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(TICKET_LIST_LIMIT).default(TICKET_LIST_DEFAULT_LIMIT)
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The start date must not be after the end date',
    path: ['from']
  });
export type TicketListInput = z.output<typeof ticketListInputSchema>;

/** The model's ticket fields the views carry (src-shared/model/ticket.ts). */
const ticket = ticketSummarySchema.unwrap().shape;

const ticketFields = {
  id: ticket.id,
  /** The ticket number people quote (WHMCS tid). */
  publicId: ticket.publicId,
  subject: ticket.subject,
  /** The department's name; from the departments cache when the ticket does not carry it. */
  departmentName: ticket.departmentName,
  /** Provider status string, kept as given ("Open", "Answered", "Customer-Reply", …). */
  status: ticket.status,
  priority: ticket.priority,
  /** ISO UTC instant the ticket was opened. */
  openedAt: ticket.openedAt,
  /** ISO UTC instant of the last reply (staff or customer). */
  lastReplyAt: ticket.lastReplyAt,
  /** Status "Answered": staff replied and the ball is in the reseller's court. */
  awaitingYou: z.boolean(),
  /** Messages in the cached public thread (0 until the thread has been synced). */
  messageCount: z.number().int().nonnegative(),
  /** A staff reply the reseller has not opened yet (its last staff message is newer than their last read). */
  unread: z.boolean(),
  /** The assigned admin, else the staff member who answered last; null when neither is known. */
  technician: z.string().nullable(),
  /** Outbox items of this ticket not yet sent (queued, sending or failed). */
  pendingOutbox: z.number().int().nonnegative()
};

/** One row of the ticket list. */
export const ticketListItemSchema = z.object(ticketFields);
export type TicketListItem = z.output<typeof ticketListItemSchema>;

/** One ticket with its public thread, oldest message first; message times are UTC instants. */
export const ticketDetailSchema = z.object({
  ...ticketFields,
  messages: z.array(ticketMessageSchema),
  /** The ticket in the provider's client area; null where there is none (demo provider). */
  providerUrl: z.string().nullable(),
  /** This ticket's outbox items not yet sent (queued, sending, failed), oldest first, to show in the thread. */
  outbox: z.array(outboxItemSchema)
});
export type TicketDetail = z.output<typeof ticketDetailSchema>;

/** A support department a ticket can be opened in. */
export const ticketDepartmentSchema = departmentSchema.unwrap().pick({ id: true, name: true });

export const ticketInvokes = {
  'tickets:list': defineInvoke(
    'One page of the cached tickets matching the filters, in the asked order; total counts all matches.',
    ticketListInputSchema,
    z.object({
      tickets: z.array(ticketListItemSchema),
      /** Every match of the filters, over all pages. */
      total: z.number().int().nonnegative(),
      /** Every cached ticket whatever the filters, so the UI can tell "none yet" from "none match". */
      cachedCount: z.number().int().nonnegative(),
      /** Cached tickets with an unread staff reply, whatever the filters (navigation badge). */
      unreadCount: z.number().int().nonnegative()
    })
  ),
  'tickets:get': defineInvoke(
    'One cached ticket with its public thread (staff-only notes are never cached); reading it marks it read.',
    z.object({ id: z.string().min(1).max(200) }),
    ticketDetailSchema
  ),
  'tickets:list-departments': defineInvoke(
    'The cached support departments a ticket can be opened in, by name.',
    z.object({}),
    z.object({ departments: z.array(ticketDepartmentSchema) })
  )
} as const;
