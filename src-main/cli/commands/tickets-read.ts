/**
 * The read side of `hostdeck tickets`, over a profile's cache (the same queries the app's
 * Tickets screen uses):
 *
 *   hostdeck tickets list [--status active|awaiting-you|closed|all] [--q TEXT] [--from DATE]
 *     [--to DATE] [--sort last-reply|opened|number|subject] [--dir asc|desc] [--limit N]
 *     [--offset N] [--format json|table]
 *   hostdeck tickets show <id|#number> [--format json|text]
 *
 * Both take [--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N
 * [--secret-file FILE]]. They read the cache and never mark tickets read or touch the app's
 * alerts; `show` asks the provider for a ticket id the cache does not hold (and caches it),
 * which needs the secret (the keychain for a saved profile; for --whmcs-url a file,
 * HOSTDECK_SECRET or the prompt). Exit codes: 0 shown; 1 no cache yet, or the provider could
 * not be asked; 2 invalid usage, or a ticket neither cached nor at the provider; 3 the
 * provider refused the credentials.
 */
import {
  TICKET_LIST_LIMIT,
  ticketListInputSchema,
  type TicketDetail,
  type TicketListInput,
  type TicketListItem
} from '@shared/contract';
import { localDateTime } from '../../core/time';
import type { OpenedCache } from '../../core/cache/database';
import type { StoredProfile } from '../../core/profiles/profile-store';
import { toAppError } from '../../core/errors';
import { NotFoundError } from '../../core/providers/errors';
import { getTicket, listTickets, resolveTicketId } from '../../core/tickets/ticket-repository';
import { cachedDepartments, storeFetchedTicket } from '../../core/tickets/ticket-write-repository';
import type { CliIo } from '../cli-io';
import { cliWords, type CliWords } from '../cli-words';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { textTable, withBillingCache, type ConnectionValues } from './billing-connection';
import { openWriteSession, type WriteConnectionValues } from './write-connection';

const CONNECTION =
  '[--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N [--secret-file FILE]]';
export const TICKETS_LIST_USAGE = `hostdeck tickets list [--status active|awaiting-you|closed|all] [--q TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sort last-reply|opened|number|subject] [--dir asc|desc] [--limit N] [--offset N] [--format json|table] ${CONNECTION}`;
export const TICKETS_SHOW_USAGE = `hostdeck tickets show <id|#number> [--format json|text] ${CONNECTION}`;
export const TICKETS_DEPARTMENTS_USAGE = `hostdeck tickets departments ${CONNECTION}`;

const CONNECTION_OPTIONS = {
  'data-dir': { type: 'string' },
  profile: { type: 'string' },
  'whmcs-url': { type: 'string' },
  identifier: { type: 'string' },
  'client-id': { type: 'string' },
  'secret-file': { type: 'string' },
  'access-key-file': { type: 'string' }
} as const;

/** Refuses each ad-hoc connection option given without --whmcs-url, by name. */
function refuseWithoutUrl(values: ConnectionValues): void {
  for (const option of ['identifier', 'client-id', 'secret-file', 'access-key-file'] as const)
    if (values[option] !== undefined) throw new UsageError(`--${option} goes with --whmcs-url`);
}

/** "2026-03-10 08:00" in the reseller's zone, or "-". */
function localTime(iso: string | null, timeZone: string): string {
  if (iso === null) return '-';
  const { date, minutes } = localDateTime(Date.parse(iso), timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date} ${hh}:${mm}`;
}

/** A provider status (WHMCS's "Customer-Reply"…) in the output's language, else as given. */
function statusWords(status: string, { i18n }: CliWords): string {
  const key = TICKET_STATUS_KEYS[status.trim().toLowerCase()];
  return key ? i18n.t(`tickets:status.${key}`) : status;
}

const TICKET_STATUS_KEYS: Readonly<
  Record<string, 'open' | 'answered' | 'customerReply' | 'closed' | 'onHold' | 'inProgress'>
> = {
  open: 'open',
  answered: 'answered',
  'customer-reply': 'customerReply',
  closed: 'closed',
  'on hold': 'onHold',
  'in progress': 'inProgress'
};

function priorityWords(priority: string, { i18n }: CliWords): string {
  const key = priority.trim().toLowerCase();
  return key === 'low' || key === 'medium' || key === 'high'
    ? i18n.t(`tickets:priority.${key}`)
    : priority;
}

function listTable(tickets: readonly TicketListItem[], timeZone: string, words: CliWords): string {
  const { t } = words;
  return textTable(
    [
      t('tickets.header.number'),
      t('tickets.header.status'),
      t('tickets.header.lastReply'),
      t('tickets.header.new'),
      t('tickets.header.technician'),
      t('tickets.header.subject')
    ],
    tickets.map((ticket) => [
      `#${ticket.publicId}`,
      statusWords(ticket.status, words),
      localTime(ticket.lastReplyAt ?? ticket.openedAt, timeZone),
      ticket.unread ? '*' : '',
      ticket.technician ?? '-',
      ticket.subject
    ])
  );
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** The list input from the options, or a UsageError with the contract's own message. */
function listInputOf(values: Record<string, string | undefined>): {
  readonly input: TicketListInput;
  readonly all: boolean;
} {
  const limit = number('limit', values['limit']);
  const parsed = ticketListInputSchema.safeParse({
    ...(values['status'] !== undefined ? { status: values['status'] } : {}),
    ...(values['q'] !== undefined ? { q: values['q'] } : {}),
    ...(values['from'] !== undefined ? { from: values['from'] } : {}),
    ...(values['to'] !== undefined ? { to: values['to'] } : {}),
    ...(values['sort'] !== undefined ? { sort: values['sort'] } : {}),
    ...(values['dir'] !== undefined ? { dir: values['dir'] } : {}),
    offset: number('offset', values['offset']) ?? 0,
    limit: Math.min(limit ?? TICKET_LIST_LIMIT, TICKET_LIST_LIMIT)
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'input';
    throw new UsageError(`--${field}: ${issue?.message ?? 'invalid'}`);
  }
  return { input: parsed.data, all: limit === undefined };
}

/** Runs `body` over the cache of the profile the options name; 1 when there is none. */
function withCache(
  command: string,
  values: ConnectionValues,
  io: CliIo,
  body: (cache: OpenedCache, profile: StoredProfile, timeZone: string, words: CliWords) => number
): Promise<number> {
  return withBillingCache(
    command,
    values,
    io,
    ({ cache, profile, settings }) =>
      body(cache, profile, settings.timeZone, cliWords(settings, io)),
    refuseWithoutUrl
  );
}

/**
 * `hostdeck tickets departments`: the cached departments a ticket can be opened in (what
 * `tickets open --department` takes, by name or id), by name, as JSON.
 */
export async function runTicketsDepartments(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('tickets departments', TICKETS_DEPARTMENTS_USAGE, io, async () => {
    const { values } = parseOptions(args, CONNECTION_OPTIONS);
    return withCache('tickets departments', values, io, (cache, profile) => {
      const departments = cachedDepartments(cache.db, true);
      io.stdout(`${JSON.stringify({ profile: profile.name, departments }, null, 2)}\n`);
      return EXIT.ok;
    });
  });
}

/** `hostdeck tickets list`: the cached tickets matching the filters (every match unless --limit). */
export async function runTicketsList(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('tickets list', TICKETS_LIST_USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...CONNECTION_OPTIONS,
      status: { type: 'string' },
      q: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      sort: { type: 'string' },
      dir: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string', default: 'table' }
    });
    if (values.format !== 'json' && values.format !== 'table')
      throw new UsageError('--format must be json or table');
    const { input, all } = listInputOf(values);
    return withCache('tickets list', values, io, (cache, profile, timeZone, words) => {
      const first = listTickets(cache.db, input, timeZone);
      const tickets = [...first.tickets];
      // Without --limit every match is printed, a page at a time.
      for (
        let offset = input.offset + input.limit;
        all && offset < first.total;
        offset += input.limit
      ) {
        tickets.push(...listTickets(cache.db, { ...input, offset }, timeZone).tickets);
      }
      if (values.format === 'json') {
        const { total, cachedCount, unreadCount } = first;
        io.stdout(
          `${JSON.stringify({ profile: profile.name, total, cachedCount, unreadCount, tickets }, null, 2)}\n`
        );
      } else if (tickets.length === 0) {
        io.stdout(`${words.t(first.cachedCount === 0 ? 'tickets.none' : 'tickets.noMatch')}\n`);
      } else {
        io.stdout(listTable(tickets, timeZone, words));
        io.stdout(
          `${words.t('tickets.summary', { shown: tickets.length, total: first.total, unread: first.unreadCount })}\n`
        );
      }
      return EXIT.ok;
    });
  });
}

function threadText(ticket: TicketDetail, timeZone: string, words: CliWords): string {
  const { t } = words;
  const status = statusWords(ticket.status, words);
  const facts = [
    `#${ticket.publicId}  ${ticket.subject}`,
    `${t('tickets.thread.status', { status: ticket.awaitingYou ? t('tickets.thread.awaitingYou', { status }) : status })}   ${t('tickets.thread.priority', { priority: priorityWords(ticket.priority, words) })}`,
    `${t('tickets.thread.department', { name: ticket.departmentName ?? '-' })}   ${t('tickets.thread.technician', { name: ticket.technician ?? '-' })}`,
    `${t('tickets.thread.opened', { time: localTime(ticket.openedAt, timeZone) })}   ${t('tickets.thread.lastReply', { time: localTime(ticket.lastReplyAt, timeZone) })}`
  ];
  if (ticket.providerUrl) facts.push(t('tickets.thread.clientArea', { url: ticket.providerUrl }));
  const messages = ticket.messages.map((m) => {
    const who = `${m.author.name} (${t(`tickets.thread.author.${m.author.kind}`)})`;
    const files = m.attachments.length
      ? `\n${t('tickets.thread.attachments', { files: m.attachments.map((a) => a.filename).join(', ') })}`
      : '';
    return `--- ${who}, ${localTime(m.postedAt, timeZone)}\n${m.body}${files}`;
  });
  const unsent = ticket.outbox
    .filter((item) => item.state !== 'sent')
    .map(
      (item) =>
        `--- ${t('tickets.thread.notSent', { state: t(`tickets.thread.state.${item.state}`), kind: t(`tickets.thread.kind.${item.kind}`) })}${item.message ? `\n${item.message}` : ''}`
    );
  return `${[facts.join('\n'), ...messages, ...unsent].join('\n\n')}\n`;
}

/** What `show` prints: the thread as JSON or as text. */
function printTicket(
  io: CliIo,
  format: string,
  ticket: TicketDetail,
  timeZone: string,
  words: CliWords
): void {
  io.stdout(
    format === 'json' ? `${JSON.stringify(ticket, null, 2)}\n` : threadText(ticket, timeZone, words)
  );
}

/** The demo provider has no client area a browser could open. */
function clientAreaOf(profile: StoredProfile): { baseUrl: string | null } {
  return { baseUrl: profile.kind === 'demo' ? null : (profile.baseUrl ?? null) };
}

/** Asks the provider for ticket `id`, caches it and prints it. */
async function showFromProvider(
  values: WriteConnectionValues,
  id: string,
  format: string,
  io: CliIo
): Promise<number> {
  const connection = await openWriteSession(values, { ...io, command: 'tickets show' });
  const { session } = connection;
  try {
    const fetched = await (await session.adapter()).getTicket(id);
    storeFetchedTicket(session.cache.db, fetched);
    const area = clientAreaOf(session.profile);
    const ticket = getTicket(session.cache.db, fetched.id, connection.timeZone, area);
    if (ticket === null) throw new Error(`ticket ${id} was fetched but could not be read back`);
    printTicket(io, format, ticket, connection.timeZone, cliWords(connection, io));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof NotFoundError) {
      io.stderr(
        `hostdeck tickets show: ticket ${id} is neither in the cache of "${session.profile.name}" nor at the provider\n`
      );
      return EXIT.usage;
    }
    const failure = toAppError(error);
    io.stderr(
      `hostdeck tickets show: ticket ${id} is not in the cache and the provider could not be asked: ${failure.message}\n`
    );
    return failure.kind === 'auth' || failure.kind === 'ip-not-allowed' ? EXIT.auth : EXIT.failed;
  } finally {
    await connection.close();
  }
}

/** Returned by the cache read of `show` when the ticket is not cached. */
const NOT_CACHED = -1;

/** `hostdeck tickets show <id|#number>`: one ticket with its thread, from the cache, else (by id) from the provider. */
export async function runTicketsShow(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('tickets show', TICKETS_SHOW_USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { ...CONNECTION_OPTIONS, format: { type: 'string', default: 'text' } },
      true
    );
    const format = values.format;
    if (format !== 'json' && format !== 'text')
      throw new UsageError('--format must be json or text');
    if (positionals.length !== 1)
      throw new UsageError('give exactly one ticket: its id or its #number');
    const reference = positionals[0]!.trim();
    let profileName = '';
    const cached = await withCache(
      'tickets show',
      values,
      io,
      (cache, profile, timeZone, words) => {
        profileName = profile.name;
        const id = resolveTicketId(cache.db, reference);
        const area = clientAreaOf(profile);
        const ticket = id === null ? null : getTicket(cache.db, id, timeZone, area);
        if (ticket === null) return NOT_CACHED;
        printTicket(io, format, ticket, timeZone, words);
        return EXIT.ok;
      }
    );
    if (cached !== NOT_CACHED) return cached;
    // The provider is asked by internal id; a #number it never listed cannot be looked up.
    if (/^\d+$/.test(reference)) return showFromProvider(values, reference, format, io);
    io.stderr(
      `hostdeck tickets show: ticket ${reference} is not in the cache of "${profileName}"; run "hostdeck sync" if it is new\n`
    );
    return EXIT.usage;
  });
}
