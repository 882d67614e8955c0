import { z } from 'zod';
import { providerDateTimeSchema, providerIdSchema } from './common';

/** A support department tickets can be opened in. */
export const departmentSchema = z
  .object({
    id: providerIdSchema,
    name: z.string(),
    openTickets: z.number().int().nullable(),
    awaitingReply: z.number().int().nullable()
  })
  .readonly();
export type Department = z.infer<typeof departmentSchema>;

/** Ticket priority; unrecognised values become 'unknown'. */
export const ticketPrioritySchema = z.enum(['low', 'medium', 'high', 'unknown']);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

const ticketSummaryShape = {
  /** Internal id used by every API call. */
  id: providerIdSchema,
  /** Public ticket number shown to people (WHMCS tid). */
  publicId: z.string(),
  subject: z.string(),
  departmentId: z.string(),
  departmentName: z.string().nullable(),
  /** Provider status string, kept as given. */
  status: z.string(),
  priority: ticketPrioritySchema,
  openedAt: providerDateTimeSchema.nullable(),
  lastReplyAt: providerDateTimeSchema.nullable(),
  /** Staff answered and the ball is in the customer's court. */
  awaitingCustomer: z.boolean(),
  isClosed: z.boolean()
};

/** A ticket as listed. */
export const ticketSummarySchema = z.object(ticketSummaryShape).readonly();
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

/** Attachment metadata; the bytes are fetched separately by index. */
export const ticketAttachmentSchema = z
  .object({ index: z.number().int().nonnegative(), filename: z.string() })
  .readonly();

/** One message of a thread. Staff-only notes are never part of a thread. */
export const ticketMessageSchema = z
  .object({
    /** Reply id; WHMCS uses "0" for the opening message. */
    id: z.string(),
    author: z.object({ name: z.string(), kind: z.enum(['staff', 'customer']) }).readonly(),
    postedAt: providerDateTimeSchema.nullable(),
    /** Body with line endings normalized to \n and any client marker trailer removed. */
    body: z.string(),
    bodyFormat: z.enum(['markdown', 'text']),
    attachments: z.array(ticketAttachmentSchema).readonly(),
    /** Marker the app attached when it posted this message (outbox de-duplication). */
    clientMarker: z.string().nullable()
  })
  .readonly();
export type TicketMessage = z.infer<typeof ticketMessageSchema>;

/** A ticket with its public thread, oldest message first. */
export const ticketSchema = z
  .object({ ...ticketSummaryShape, messages: z.array(ticketMessageSchema).readonly() })
  .readonly();
export type Ticket = z.infer<typeof ticketSchema>;

/** Whether a ticket status means staff answered and the customer should act. */
export function isAwaitingCustomer(status: string): boolean {
  return status.trim().toLowerCase() === 'answered';
}

/** Whether a ticket status means the ticket is closed. */
export function isClosedTicketStatus(status: string): boolean {
  return status.trim().toLowerCase() === 'closed';
}
