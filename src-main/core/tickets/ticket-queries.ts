/**
 * Read-only ticket queries over a profile's cache. Pure over a DatabaseSync: no clock, no
 * provider. Provider timestamps become UTC instants here, so the renderer and the date
 * filter work in one currency of time: instants plus the reseller's IANA zone.
 */
import type { DatabaseSync } from 'node:sqlite';
import {
  TICKET_LIST_LIMIT,
  type TicketDetail,
  type TicketListInput,
  type TicketListItem
} from '../../../src-shared/contract';
import {
  isAwaitingCustomer,
  ticketMessageSchema,
  type TicketMessage,
  type TicketSummary
} from '../../../src-shared/model';
import { instantOfLocalTime, localDate } from '../alerts/local-time';

interface TicketRow {
  readonly json: string;
  readonly thread_json: string | null;
  readonly department_name: string | null;
  readonly message_count: number;
}

/** The ticket list: filtered, newest last reply first, capped at TICKET_LIST_LIMIT rows. */
export interface TicketListResult {
  readonly tickets: TicketListItem[];
  readonly total: number;
  readonly cachedCount: number;
  readonly unreadCount: number;
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * The UTC instant (ISO) of a provider timestamp. WHMCS sends wall-clock times without a zone;
 * the provider's zone is unknown, so they are read in the reseller's zone — the same reading
 * the provider's own client area gives a reseller in that zone.
 */
export function providerInstant(value: string | null, timeZone: string): string | null {
  if (value === null) return null;
  const wall = WALL_CLOCK.exec(value);
  if (wall === null) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const [, date = '', hours = '0', minutes = '0', seconds = '0', fraction = ''] = wall;
  const startOfMinute = instantOfLocalTime(date, Number(hours) * 60 + Number(minutes), timeZone);
  const extra = Number(seconds) * 1000 + Math.round(Number(fraction || '0') * 1000);
  return new Date(startOfMinute + extra).toISOString();
}

const STATUS_CLAUSE: Readonly<Record<TicketListInput['status'], string | null>> = {
  active: "lower(trim(t.status)) <> 'closed'",
  'awaiting-you': "lower(trim(t.status)) = 'answered'",
  closed: "lower(trim(t.status)) = 'closed'",
  all: null
};

function selectRows(db: DatabaseSync, where: string | null, withThread: boolean): TicketRow[] {
  // The model's own department name wins; the departments cache fills in when it is missing.
  const sql = `
    SELECT t.json AS json,
           ${withThread ? 't.thread_json' : 'NULL'} AS thread_json,
           d.name AS department_name,
           CASE WHEN t.thread_json IS NULL THEN 0 ELSE json_array_length(t.thread_json) END AS message_count
      FROM tickets t
      LEFT JOIN departments d ON d.id = t.department_id
     ${where ? `WHERE ${where}` : ''}
     ORDER BY coalesce(t.last_reply_at, t.opened_at) DESC, t.id DESC`;
  return db.prepare(sql).all() as unknown as TicketRow[];
}

function toItem(row: TicketRow, timeZone: string): TicketListItem {
  const ticket = JSON.parse(row.json) as TicketSummary;
  return {
    id: ticket.id,
    publicId: ticket.publicId,
    subject: ticket.subject,
    departmentName: ticket.departmentName ?? row.department_name,
    status: ticket.status,
    priority: ticket.priority,
    openedAt: providerInstant(ticket.openedAt, timeZone),
    lastReplyAt: providerInstant(ticket.lastReplyAt, timeZone),
    awaitingYou: isAwaitingCustomer(ticket.status),
    messageCount: row.message_count,
    unread: false,
    technician: null,
    pendingOutbox: 0
  };
}

/**
 * Parses a cached thread. Only public messages by staff or the customer are shown: the cache
 * never holds staff-only notes, and anything that does not parse as a message is left out
 * rather than shown half-read.
 */
function parseThread(threadJson: string | null, timeZone: string): TicketMessage[] {
  if (threadJson === null) return [];
  const raw: unknown = JSON.parse(threadJson);
  if (!Array.isArray(raw)) return [];
  const messages: TicketMessage[] = [];
  for (const item of raw) {
    const parsed = ticketMessageSchema.safeParse(item);
    if (!parsed.success) continue;
    messages.push({ ...parsed.data, postedAt: providerInstant(parsed.data.postedAt, timeZone) });
  }
  return messages;
}

function matchesKeyword(row: TicketRow, item: TicketListItem, needle: string): boolean {
  // A ticket number quoted from an e-mail ("#482913") finds its ticket too.
  if (item.publicId.toLocaleLowerCase() === needle.replace(/^#/, '')) return true;
  if (item.subject.toLocaleLowerCase().includes(needle)) return true;
  // Bodies are matched after parsing, not by LIKE over the JSON text, so escapes (quotes,
  // newlines) and JSON keys can neither hide nor fake a match.
  if (row.thread_json === null) return false;
  const raw: unknown = JSON.parse(row.thread_json);
  if (!Array.isArray(raw)) return false;
  return raw.some((message: unknown) => {
    const body = (message as { body?: unknown } | null)?.body;
    return typeof body === 'string' && body.toLocaleLowerCase().includes(needle);
  });
}

function inDateRange(item: TicketListItem, input: TicketListInput, timeZone: string): boolean {
  if (!input.from && !input.to) return true;
  if (item.lastReplyAt === null) return false;
  const day = localDate(Date.parse(item.lastReplyAt), timeZone);
  if (input.from && day < input.from) return false;
  if (input.to && day > input.to) return false;
  return true;
}

/** Lists cached tickets for the given filters; `timeZone` is the reseller's IANA zone. */
export function listTickets(
  db: DatabaseSync,
  input: TicketListInput,
  timeZone: string
): TicketListResult {
  const needle = input.q?.trim().toLocaleLowerCase() ?? '';
  const rows = selectRows(db, STATUS_CLAUSE[input.status], needle !== '');
  const matches: TicketListItem[] = [];
  for (const row of rows) {
    const item = toItem(row, timeZone);
    if (needle !== '' && !matchesKeyword(row, item, needle)) continue;
    if (!inDateRange(item, input, timeZone)) continue;
    matches.push(item);
  }
  // SQL ordered by the raw provider text; instants are the truth when zones are mixed.
  matches.sort(byLastReplyDesc);
  return {
    tickets: matches.slice(input.offset, input.offset + Math.min(input.limit, TICKET_LIST_LIMIT)),
    total: matches.length,
    cachedCount: countTickets(db),
    unreadCount: 0
  };
}

function byLastReplyDesc(a: TicketListItem, b: TicketListItem): number {
  const left = a.lastReplyAt ?? a.openedAt ?? '';
  const right = b.lastReplyAt ?? b.openedAt ?? '';
  if (left !== right) return left < right ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function countTickets(db: DatabaseSync): number {
  return (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
}

/** Where a ticket's page lives in the provider's client area, or null when there is none. */
export interface ClientArea {
  readonly baseUrl: string | null;
}

/** The provider's page of a ticket: `<base>viewticket.php?tid=<publicId>`. */
export function providerTicketUrl(area: ClientArea, publicId: string): string | null {
  if (area.baseUrl === null || area.baseUrl === '') return null;
  const base = area.baseUrl.endsWith('/') ? area.baseUrl : `${area.baseUrl}/`;
  // The access key `c` is not part of the cached model; a logged-in reseller does not need it.
  const url = new URL('viewticket.php', base);
  url.searchParams.set('tid', publicId);
  return url.toString();
}

/** One cached ticket with its thread (oldest first), or null when it is not cached. */
export function getTicket(
  db: DatabaseSync,
  id: string,
  timeZone: string,
  area: ClientArea
): TicketDetail | null {
  const row = db
    .prepare(
      `SELECT t.json AS json, t.thread_json AS thread_json, d.name AS department_name,
              CASE WHEN t.thread_json IS NULL THEN 0 ELSE json_array_length(t.thread_json) END AS message_count
         FROM tickets t LEFT JOIN departments d ON d.id = t.department_id
        WHERE t.id = ?`
    )
    .get(id) as TicketRow | undefined;
  if (row === undefined) return null;
  const item = toItem(row, timeZone);
  const messages = parseThread(row.thread_json, timeZone);
  return {
    ...item,
    messageCount: messages.length,
    messages,
    providerUrl: providerTicketUrl(area, item.publicId),
    outbox: []
  };
}
