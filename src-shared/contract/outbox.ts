/**
 * Ticket writes and the outbox. Every write (reply, open, close) is validated, stored in the
 * profile's outbox with its own id, then sent; it is delivered exactly once even when the
 * provider stores it but its answer is lost. Invalid input is refused before anything is
 * stored.
 */
import { z } from 'zod';
import { defineEvent, defineInvoke } from './define';

import {
  TICKET_ATTACHMENT_LIMITS,
  TICKET_MESSAGE_MAX_CHARS,
  TICKET_SUBJECT_MAX_CHARS,
  base64DecodedLength,
  fileExtension
} from './ticket-limits';

export {
  TICKET_ATTACHMENT_LIMITS,
  TICKET_MESSAGE_MAX_CHARS,
  TICKET_SUBJECT_MAX_CHARS,
  base64DecodedLength,
  fileExtension
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One file to attach, as the renderer reads it. */
export const ticketAttachmentInputSchema = z
  .object({
    name: z.string().trim().min(1, 'An attachment needs a file name').max(255),
    /** MIME type as the picker reports it (informative; the extension decides). */
    type: z.string().max(200),
    dataBase64: z.string().regex(BASE64, 'The attachment is not valid base64 data')
  })
  .superRefine((file, ctx) => {
    const ext = fileExtension(file.name);
    if (!(TICKET_ATTACHMENT_LIMITS.extensions as readonly string[]).includes(ext)) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `"${file.name}" cannot be attached: allowed types are ${TICKET_ATTACHMENT_LIMITS.extensions.join(', ')}`
      });
    }
    const size = base64DecodedLength(file.dataBase64);
    if (size > TICKET_ATTACHMENT_LIMITS.maxBytes) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataBase64'],
        message: `"${file.name}" is too large (${size} bytes): the limit is ${TICKET_ATTACHMENT_LIMITS.maxBytes} bytes per file`
      });
    }
  });
export type TicketAttachmentInput = z.output<typeof ticketAttachmentInputSchema>;

const attachmentsSchema = z
  .array(ticketAttachmentInputSchema)
  .max(
    TICKET_ATTACHMENT_LIMITS.maxFiles,
    `At most ${TICKET_ATTACHMENT_LIMITS.maxFiles} files can be attached`
  )
  .default([]);

const messageSchema = z
  .string()
  .trim()
  .min(1, 'The message is empty')
  .max(
    TICKET_MESSAGE_MAX_CHARS,
    `The message is longer than ${TICKET_MESSAGE_MAX_CHARS} characters`
  );

const ticketIdSchema = z.string().trim().min(1, 'Which ticket?').max(200);

export const outboxKindSchema = z.enum(['reply', 'open', 'close']);
export type OutboxKind = z.output<typeof outboxKindSchema>;

/** queued: waiting to be sent (or retried); sending: an attempt is under way; sent: confirmed; failed: refused for good. */
export const outboxStateSchema = z.enum(['queued', 'sending', 'sent', 'failed']);
export type OutboxState = z.output<typeof outboxStateSchema>;

/** One stored write and its delivery state. */
export const outboxItemSchema = z.object({
  id: z.string(),
  kind: outboxKindSchema,
  /** The ticket written to; for 'open', null until the provider created the ticket. */
  ticketId: z.string().nullable(),
  /** The ticket number people quote, when known. */
  ticketPublicId: z.string().nullable(),
  /** 'open': the new ticket's subject; null otherwise. */
  subject: z.string().nullable(),
  /** The message (reply, open); null for 'close'. */
  message: z.string().nullable(),
  attachments: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative() })),
  state: outboxStateSchema,
  /** Send attempts made so far. */
  attempts: z.number().int().nonnegative(),
  /** Why the last attempt did not confirm (an error kind and the provider's words). */
  lastError: z.object({ kind: z.string(), message: z.string() }).nullable(),
  /** ISO instant the write was stored. */
  createdAt: z.string(),
  /** ISO instant the provider confirmed it. */
  sentAt: z.string().nullable()
});
export type OutboxItem = z.output<typeof outboxItemSchema>;

const itemResult = z.object({ item: outboxItemSchema });
const noInput = z.object({}).optional();

export const ticketReplyInputSchema = z.object({
  ticketId: ticketIdSchema,
  message: messageSchema,
  attachments: attachmentsSchema
});
export type TicketReplyInput = z.output<typeof ticketReplyInputSchema>;

export const ticketOpenInputSchema = z.object({
  departmentId: z.string().trim().min(1, 'Choose a department').max(200),
  subject: z
    .string()
    .trim()
    .min(1, 'The subject is empty')
    .max(
      TICKET_SUBJECT_MAX_CHARS,
      `The subject is longer than ${TICKET_SUBJECT_MAX_CHARS} characters`
    ),
  message: messageSchema,
  priority: z.enum(['low', 'medium', 'high']).default('medium'),
  /** A cached service or domain the ticket is about. */
  related: z
    .object({ kind: z.enum(['service', 'domain']), id: z.string().trim().min(1).max(200) })
    .optional(),
  attachments: attachmentsSchema
});
export type TicketOpenInput = z.output<typeof ticketOpenInputSchema>;

export const ticketCloseInputSchema = z.object({ ticketId: ticketIdSchema });
export type TicketCloseInput = z.output<typeof ticketCloseInputSchema>;

/** Counts of the outbox, for the status bar. */
export const outboxCountsSchema = z.object({
  /** Items not yet confirmed (queued or sending). */
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative()
});
export type OutboxCounts = z.output<typeof outboxCountsSchema>;

export const outboxInvokes = {
  'tickets:reply': defineInvoke(
    'Stores a reply in the outbox and tries to send it at once; answers after that first attempt (sent, queued or failed).',
    ticketReplyInputSchema,
    itemResult
  ),
  'tickets:open': defineInvoke(
    'Stores a new ticket in the outbox and tries to open it at once; answers after that first attempt.',
    ticketOpenInputSchema,
    itemResult
  ),
  'tickets:close': defineInvoke(
    'Stores a close request in the outbox and tries to send it at once; answers after that first attempt.',
    ticketCloseInputSchema,
    itemResult
  ),
  'outbox:list': defineInvoke(
    'Every outbox item not yet sent, every failed one and the most recent sent ones, oldest first.',
    noInput,
    z.object({ items: z.array(outboxItemSchema) })
  ),
  'outbox:send': defineInvoke(
    '"Send now": sends every queued item in order per ticket; counts what ended sent, failed or still queued.',
    noInput,
    z.object({
      sent: z.number().int().nonnegative(),
      failed: z.number().int().nonnegative(),
      queued: z.number().int().nonnegative()
    })
  ),
  'outbox:retry': defineInvoke(
    'Puts a failed item back in the queue and tries to send it at once.',
    z.object({ id: z.string().min(1).max(200) }),
    itemResult
  ),
  'outbox:discard': defineInvoke(
    'Removes an item that is not sent (queued or failed) from the outbox; it will never be sent.',
    z.object({ id: z.string().min(1).max(200) }),
    z.object({})
  )
} as const;

export const outboxEvents = {
  'outbox:changed': defineEvent(
    'The outbox changed (stored, sent, failed, discarded); the status bar shows the counts.',
    outboxCountsSchema
  )
} as const;
