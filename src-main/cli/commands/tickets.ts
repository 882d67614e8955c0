/**
 * `hostdeck tickets <subcommand>`: `list` and `show` read the cache (./tickets-read.ts);
 * `reply`, `open` and `close` write through the profile's outbox, exactly like the app:
 *
 *   hostdeck tickets reply <id|#number> (--message TEXT | --message-file FILE) [--attach FILE]...
 *   hostdeck tickets open --department <name|id> --subject TEXT (--message TEXT | --message-file FILE)
 *     [--priority low|medium|high] [--service ID | --domain ID] [--attach FILE]...
 *   hostdeck tickets close <id|#number>
 *
 * Each prints the outbox item as JSON. Exit codes: 0 the provider confirmed it; 1 it could
 * not be confirmed (it stays queued and the next `hostdeck outbox send` or sync sends it —
 * or the provider refused it, and it is kept as failed); 2 invalid usage or input, or a
 * ticket that is neither cached nor at the provider (nothing stored, nothing sent);
 * 3 the provider refused the credentials.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import {
  TICKET_ATTACHMENT_LIMITS,
  ticketCloseInputSchema,
  ticketOpenInputSchema,
  ticketReplyInputSchema,
  type TicketAttachmentInput
} from '@shared/contract';
import { systemClock } from '../../core/ports';
import {
  closeTicket,
  openTicket,
  replyToTicket,
  type TicketWriteContext,
  type TicketWriteResult
} from '../../core/tickets/ticket-actions';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { reportRefusal, reportWrite } from './write-outcome';
import {
  TICKETS_DEPARTMENTS_USAGE,
  TICKETS_LIST_USAGE,
  TICKETS_SHOW_USAGE,
  runTicketsDepartments,
  runTicketsList,
  runTicketsShow
} from './tickets-read';
import {
  WRITE_CONNECTION_OPTIONS,
  WRITE_CONNECTION_USAGE,
  openWriteSession,
  type WriteConnectionValues
} from './write-connection';

const REPLY_USAGE = `hostdeck tickets reply <id|#number> (--message TEXT | --message-file FILE) [--attach FILE]... ${WRITE_CONNECTION_USAGE}`;
const OPEN_USAGE = `hostdeck tickets open --department <name|id> --subject TEXT (--message TEXT | --message-file FILE) [--priority low|medium|high] [--service ID | --domain ID] [--attach FILE]... ${WRITE_CONNECTION_USAGE}`;
const CLOSE_USAGE = `hostdeck tickets close <id|#number> ${WRITE_CONNECTION_USAGE}`;
const USAGE = [
  TICKETS_LIST_USAGE,
  TICKETS_SHOW_USAGE,
  TICKETS_DEPARTMENTS_USAGE,
  REPLY_USAGE,
  OPEN_USAGE,
  CLOSE_USAGE
]
  .map((line) => `  ${line}`)
  .join('\n');

const MESSAGE_OPTIONS = {
  message: { type: 'string' },
  'message-file': { type: 'string' },
  attach: { type: 'string', multiple: true }
} as const;

/** Dispatches `hostdeck tickets <subcommand>`. */
export async function runTickets(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'list':
      return runTicketsList(rest, io);
    case 'show':
      return runTicketsShow(rest, io);
    case 'departments':
      return runTicketsDepartments(rest, io);
    case 'reply':
      return withUsage('tickets reply', REPLY_USAGE, io, () => reply(rest, io));
    case 'open':
      return withUsage('tickets open', OPEN_USAGE, io, () => open(rest, io));
    case 'close':
      return withUsage('tickets close', CLOSE_USAGE, io, () => close(rest, io));
    case undefined:
      io.stderr(`hostdeck tickets: which subcommand?\nUsage:\n${USAGE}\n`);
      return EXIT.usage;
    case '--help':
    case '-h':
    case 'help':
      io.stdout(`Usage:\n${USAGE}\n`);
      return EXIT.ok;
    default:
      io.stderr(
        `hostdeck tickets: unknown subcommand "${sub}" (list, show, departments, reply, open, close)\n`
      );
      return EXIT.usage;
  }
}

function messageOf(values: { message?: string; 'message-file'?: string }): string {
  if (values.message !== undefined && values['message-file'] !== undefined)
    throw new UsageError('use either --message or --message-file, not both');
  if (values['message-file'] !== undefined) {
    try {
      return readFileSync(values['message-file'], 'utf8');
    } catch (error) {
      throw new UsageError(
        `--message-file ${values['message-file']} cannot be read (${(error as { code?: string }).code ?? 'error'})`
      );
    }
  }
  if (values.message === undefined) throw new UsageError('--message or --message-file is required');
  return values.message;
}

/** Reads the files to attach; a file over the limit is refused before it is read. */
function attachmentsOf(paths: readonly string[] | undefined): TicketAttachmentInput[] {
  return (paths ?? []).map((path) => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch (error) {
      throw new UsageError(
        `--attach ${path} cannot be read (${(error as { code?: string }).code ?? 'error'})`
      );
    }
    if (size > TICKET_ATTACHMENT_LIMITS.maxBytes)
      throw new UsageError(
        `--attach ${path} is too large (${size} bytes): the limit is ${TICKET_ATTACHMENT_LIMITS.maxBytes} bytes per file`
      );
    return {
      name: basename(path),
      type: 'application/octet-stream',
      dataBase64: readFileSync(path).toString('base64')
    };
  });
}

/** Parses with the contract's schema: the same refusals as the app, as one usage line each. */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(first?.message ?? 'invalid input');
  }
  return result.data;
}

function one(positionals: readonly string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected one ${what}`);
  return positionals[0]!;
}

async function reply(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { ...WRITE_CONNECTION_OPTIONS, ...MESSAGE_OPTIONS },
    true
  );
  const input = parsed(ticketReplyInputSchema, {
    ticketId: one(positionals, 'ticket id or #number'),
    message: messageOf(values),
    attachments: attachmentsOf(values.attach)
  });
  return write(values, io, (ctx) => replyToTicket(ctx, input));
}

async function open(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      ...WRITE_CONNECTION_OPTIONS,
      ...MESSAGE_OPTIONS,
      department: { type: 'string' },
      subject: { type: 'string' },
      priority: { type: 'string' },
      service: { type: 'string' },
      domain: { type: 'string' }
    },
    false
  );
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  if (values.department === undefined) throw new UsageError('--department is required');
  if (values.subject === undefined) throw new UsageError('--subject is required');
  if (values.service !== undefined && values.domain !== undefined)
    throw new UsageError('use either --service or --domain, not both');
  const priority = values.priority ?? 'medium';
  if (!['low', 'medium', 'high'].includes(priority))
    throw new UsageError(`--priority must be low, medium or high, got "${priority}"`);
  const related =
    values.service !== undefined
      ? { kind: 'service', id: values.service }
      : values.domain !== undefined
        ? { kind: 'domain', id: values.domain }
        : undefined;
  const input = parsed(ticketOpenInputSchema, {
    departmentId: values.department,
    subject: values.subject,
    message: messageOf(values),
    priority,
    ...(related ? { related } : {}),
    attachments: attachmentsOf(values.attach)
  });
  return write(values, io, (ctx) => openTicket(ctx, input));
}

async function close(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, WRITE_CONNECTION_OPTIONS, true);
  const input = parsed(ticketCloseInputSchema, {
    ticketId: one(positionals, 'ticket id or #number')
  });
  return write(values, io, (ctx) => closeTicket(ctx, input));
}

/** Opens the session, runs the write, prints the item and maps the outcome to an exit code. */
async function write(
  values: WriteConnectionValues,
  io: CliIo,
  action: (ctx: TicketWriteContext) => Promise<TicketWriteResult>
): Promise<number> {
  const connection = await openWriteSession(values, { ...io, command: 'tickets' });
  const { session } = connection;
  try {
    let result: TicketWriteResult;
    try {
      result = await action({
        db: session.cache.db,
        outbox: session.outbox,
        adapter: () => session.adapter(),
        clock: systemClock
      });
    } catch (error) {
      // Refused before anything was stored.
      return reportRefusal('tickets', error, io);
    }
    return reportWrite('tickets', result, io);
  } finally {
    await connection.close();
  }
}
