/**
 * Support tickets, read-only over the cache: the list with status, keyword and last-reply
 * date filters, and one ticket with its public thread. Works offline; replying comes later.
 */
import { z } from 'zod';
import { ticketMessageSchema, ticketPrioritySchema } from '../model/ticket';
import { defineInvoke } from './define';

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Which tickets the list shows: 'active' is every ticket that is not closed. */
export const ticketStatusFilterSchema = z.enum(['active', 'awaiting-you', 'closed', 'all']);
export type TicketStatusFilter = z.output<typeof ticketStatusFilterSchema>;

/** The most rows `tickets:list` returns; `total` still counts every match. */
export const TICKET_LIST_LIMIT = 500;

/** Filters of the ticket list. Dates are local dates in the reseller's zone, both inclusive. */
export const ticketListInputSchema = z
  .object({
    status: ticketStatusFilterSchema.default('active'),
    /** Keyword matched (case-insensitively) against the subject and every message body; an exact ticket number (with or without #) matches too. */
    q: z.string().max(200).optional(),
    /** Last reply on or after this local date. */
    from: localDateSchema.optional(),
    /** Last reply on or before this local date. */
    to: localDateSchema.optional()
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The start date must not be after the end date',
    path: ['from']
  });
export type TicketListInput = z.output<typeof ticketListInputSchema>;

const ticketFields = {
  id: z.string(),
  /** The ticket number people quote (WHMCS tid). */
  publicId: z.string(),
  subject: z.string(),
  /** The department's name; from the departments cache when the ticket does not carry it. */
  departmentName: z.string().nullable(),
  /** Provider status string, kept as given ("Open", "Answered", "Customer-Reply", …). */
  status: z.string(),
  priority: ticketPrioritySchema,
  /** ISO UTC instant the ticket was opened. */
  openedAt: z.string().nullable(),
  /** ISO UTC instant of the last reply (staff or customer). */
  lastReplyAt: z.string().nullable(),
  /** Status "Answered": staff replied and the ball is in the reseller's court. */
  awaitingYou: z.boolean(),
  /** Messages in the cached public thread (0 until the thread has been synced). */
  messageCount: z.number().int().nonnegative()
};

/** One row of the ticket list. */
export const ticketListItemSchema = z.object(ticketFields);
export type TicketListItem = z.output<typeof ticketListItemSchema>;

/** One ticket with its public thread, oldest message first; message times are UTC instants. */
export const ticketDetailSchema = z.object({
  ...ticketFields,
  messages: z.array(ticketMessageSchema),
  /** The ticket in the provider's client area; null where there is none (demo provider). */
  providerUrl: z.string().nullable()
});
export type TicketDetail = z.output<typeof ticketDetailSchema>;

export const ticketInvokes = {
  'tickets:list': defineInvoke(
    'Cached tickets matching the filters, last reply newest first (at most 500; total counts all matches).',
    ticketListInputSchema,
    z.object({
      tickets: z.array(ticketListItemSchema),
      total: z.number().int().nonnegative(),
      /** Every cached ticket whatever the filters, so the UI can tell "none yet" from "none match". */
      cachedCount: z.number().int().nonnegative()
    })
  ),
  'tickets:get': defineInvoke(
    'One cached ticket with its public thread (staff-only notes are never cached).',
    z.object({ id: z.string().min(1).max(200) }),
    ticketDetailSchema
  )
} as const;
