/**
 * Ticket writes — reply, open, close — through the outbox. Each is checked first (the
 * ticket exists in the cache or at the provider, the department and related item are
 * known), refused before anything is stored when it is not, then stored with its own id and
 * marker and sent at once; the answer comes after that first attempt. Input shape and
 * limits are checked by the contract's schemas before these run.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  OutboxItem,
  TicketCloseInput,
  TicketOpenInput,
  TicketReplyInput
} from '@shared/contract';
import { base64DecodedLength } from '@shared/contract';
import { AppFailure } from '../errors';
import type { Clock } from '../ports';
import { NotFoundError } from '../providers/errors';
import type { ProviderAdapter } from '../providers/provider';
import { markerFromBytes } from '../outbox/outbox-rules';
import type { FlushResult, OutboxFlusher } from '../outbox/outbox-sender';
import {
  getOutboxRecord,
  insertOutboxItem,
  orderKeyOf,
  toOutboxItem,
  type NewOutboxItem,
  type StoredAttachment
} from '../outbox/outbox-repository';
import { cachedDepartments, cachedTicketRef, relatedItemCached } from './ticket-write-repository';

/** What the ticket writes need from a session. */
export interface TicketWriteContext {
  readonly db: DatabaseSync;
  readonly outbox: OutboxFlusher;
  /** The connected provider (used only to check a ticket or the departments the cache lacks). */
  readonly adapter: () => Promise<ProviderAdapter>;
  readonly clock: Clock;
  /** After the write was stored. */
  readonly stored?: () => void;
  /** Id and marker sources (tests make them repeatable). */
  readonly newId?: () => string;
  readonly newMarker?: () => string;
}

/** A stored write after its first attempt, and what that flush did. */
export interface TicketWriteResult {
  readonly item: OutboxItem;
  readonly flush: FlushResult;
}

/** A ticket the writes may target. */
export interface TicketRef {
  readonly id: string;
  readonly publicId: string;
}

/**
 * The ticket a reference (internal id, or "#number") names: from the cache, else asked of
 * the provider by id. Throws 'not-found' saying where it looked.
 */
export async function resolveTicket(
  ctx: TicketWriteContext,
  reference: string
): Promise<TicketRef> {
  const cached = cachedTicketRef(ctx.db, reference);
  if (cached) return cached;
  const text = reference.trim();
  if (!/^\d+$/.test(text)) {
    throw new AppFailure(
      'not-found',
      `Ticket ${text} is not in the cache. Sync first, or give the ticket's id.`,
      { code: 'ticket-not-cached', values: { ticket: text } }
    );
  }
  try {
    const ticket = await (await ctx.adapter()).getTicket(text);
    return { id: ticket.id, publicId: ticket.publicId };
  } catch (error) {
    if (error instanceof NotFoundError)
      throw new AppFailure(
        'not-found',
        `Ticket ${text} is neither in the cache nor at the provider.`,
        { code: 'ticket-not-found', values: { ticket: text } }
      );
    throw error;
  }
}

/** A department by id or name (any case), from the cache, else from the provider. */
export async function resolveDepartment(
  ctx: TicketWriteContext,
  reference: string
): Promise<{ readonly id: string; readonly name: string }> {
  let known = cachedDepartments(ctx.db, false);
  if (known.length === 0) {
    known = [];
    for await (const page of (await ctx.adapter()).pages('departments'))
      known.push(...page.items.map((d) => ({ id: d.id, name: d.name })));
  }
  const wanted = reference.trim().toLowerCase();
  const found =
    known.find((d) => d.id === reference.trim()) ??
    known.find((d) => d.name.toLowerCase() === wanted);
  if (!found) {
    throw new AppFailure(
      'invalid-input',
      `Unknown department "${reference}" (known: ${known.map((d) => `${d.name} (${d.id})`).join(', ') || 'none'})`,
      { code: 'department-unknown', values: { department: reference } }
    );
  }
  return found;
}

function storedFiles(files: TicketReplyInput['attachments']): StoredAttachment[] {
  return files.map((f) => ({
    name: f.name,
    size: base64DecodedLength(f.dataBase64),
    dataBase64: f.dataBase64.replace(/\s+/g, '')
  }));
}

async function storeAndSend(
  ctx: TicketWriteContext,
  item: Omit<NewOutboxItem, 'id' | 'marker' | 'createdAt'>
): Promise<TicketWriteResult> {
  const id = ctx.newId?.() ?? randomUUID();
  const stored = insertOutboxItem(ctx.db, {
    ...item,
    id,
    marker: ctx.newMarker?.() ?? markerFromBytes(randomBytes(12)),
    createdAt: new Date(ctx.clock.now()).toISOString()
  });
  ctx.stored?.();
  // Sent at once only when it is next for its ticket; behind an unsent write it waits its turn.
  const flush = await ctx.outbox.flush({
    orderKey: orderKeyOf(item.kind, item.ticketId, id),
    itemId: id
  });
  return { item: toOutboxItem(getOutboxRecord(ctx.db, stored.id) ?? stored), flush };
}

/** Replies to a ticket (a reply to a closed ticket reopens it). */
export async function replyToTicket(
  ctx: TicketWriteContext,
  input: TicketReplyInput
): Promise<TicketWriteResult> {
  const ticket = await resolveTicket(ctx, input.ticketId);
  return storeAndSend(ctx, {
    kind: 'reply',
    ticketId: ticket.id,
    ticketPublicId: ticket.publicId,
    payload: { message: input.message, subject: null, attachments: storedFiles(input.attachments) }
  });
}

/** Opens a new ticket. `departmentId` may be a department's id or name. */
export async function openTicket(
  ctx: TicketWriteContext,
  input: TicketOpenInput
): Promise<TicketWriteResult> {
  const department = await resolveDepartment(ctx, input.departmentId);
  if (input.related && !relatedItemCached(ctx.db, input.related)) {
    throw new AppFailure(
      'invalid-input',
      `No ${input.related.kind} with id ${input.related.id} in the cache`,
      {
        code: 'related-not-cached',
        values: { related: input.related.kind, id: input.related.id }
      }
    );
  }
  return storeAndSend(ctx, {
    kind: 'open',
    ticketId: null,
    ticketPublicId: null,
    payload: {
      message: input.message,
      subject: input.subject,
      departmentId: department.id,
      priority: input.priority,
      ...(input.related ? { related: input.related } : {}),
      attachments: storedFiles(input.attachments)
    }
  });
}

/** Closes a ticket. */
export async function closeTicket(
  ctx: TicketWriteContext,
  input: TicketCloseInput
): Promise<TicketWriteResult> {
  const ticket = await resolveTicket(ctx, input.ticketId);
  return storeAndSend(ctx, {
    kind: 'close',
    ticketId: ticket.id,
    ticketPublicId: ticket.publicId,
    payload: { message: null, subject: null, attachments: [] }
  });
}
