/**
 * Ticket reads over a profile's cache: the list filtered, sorted, counted and paged in SQLite
 * (keywords through the FTS5 index of migration 005, never by parsing threads), and one
 * ticket with its thread. Pure over a DatabaseSync: no clock, no provider. Provider timestamps
 * become UTC instants here, so the renderer and the date filter work in one currency of time:
 * instants plus the reseller's IANA zone.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { TicketDetail, TicketListInput, TicketListItem } from '@shared/contract';
import type { OutboxItem } from '@shared/contract/outbox';
import {
  isAwaitingCustomer,
  ticketMessageSchema,
  ticketPrioritySchema,
  type TicketMessage,
  type TicketPriority
} from '@shared/model';
import { prepared } from '../cache/statements';
import { addCalendarDays, instantOfLocalTime, startOfLocalDay } from '../time';
import { outboxItemsForTicket, pendingOutboxByTicket } from '../outbox/outbox-repository';
import { countUnreadTickets } from './ticket-read-repository';

/** One page of the ticket list, with the counts the screens and the tray need. */
export interface TicketListResult {
  readonly tickets: TicketListItem[];
  /** Matches of the filters over all pages. */
  readonly total: number;
  readonly cachedCount: number;
  readonly unreadCount: number;
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

// A wall time's instant comes from Temporal, slow next to a list query, and a page shows
// the same timestamps again and again: their instants are remembered (bounded).
const instants = new Map<string, string | null>();

/**
 * The UTC instant (ISO) of a provider timestamp. WHMCS sends wall-clock times without a zone;
 * the provider's zone is unknown, so they are read in the reseller's zone — the same reading
 * the provider's own client area gives a reseller in that zone.
 */
export function providerInstant(value: string | null, timeZone: string): string | null {
  if (value === null) return null;
  const key = `${timeZone} ${value}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  if (instants.size >= 50_000) instants.clear();
  const instant = instantOf(value, timeZone);
  instants.set(key, instant);
  return instant;
}

function instantOf(value: string, timeZone: string): string | null {
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

/**
 * The FTS5 query for what the reseller typed: every word (letters and digits, as the index's
 * unicode61 tokenizer splits them) must occur, as a word or the start of one. Each word is a
 * quoted string, so nothing typed is ever read as FTS5 syntax (AND, NEAR, column:, ^, *, ").
 * Null when the text holds no word at all.
 */
export function ftsQueryOf(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/** The ticket number in "#482913" or "482913" (as people quote it), else null. */
export function ticketNumberOf(text: string): string | null {
  const match = /^#?\s*([A-Za-z0-9-]+)$/.exec(text.trim());
  return match?.[1] ?? null;
}

const STATUS_CLAUSE: Readonly<Record<TicketListInput['status'], string | null>> = {
  active: "s.status_key <> 'closed'",
  'awaiting-you': "s.status_key = 'answered'",
  closed: "s.status_key = 'closed'",
  all: null
};

/** The ticket_state index that holds each order, and whether its key can be NULL. */
const SORT_INDEX: Readonly<Record<TicketListInput['sort'], { name: string; nullable: boolean }>> = {
  'last-reply': { name: 'ticket_state_activity', nullable: true },
  opened: { name: 'ticket_state_opened', nullable: true },
  number: { name: 'ticket_state_number', nullable: false },
  subject: { name: 'ticket_state_subject', nullable: false }
};

const SORT_KEYS: Readonly<Record<TicketListInput['sort'], readonly string[]>> = {
  'last-reply': ['s.activity_at'],
  opened: ['s.opened_at'],
  // Ticket numbers are digits of one width on most installs; shorter first keeps 99 before 100.
  number: ['length(s.public_id)', 's.public_id'],
  subject: ['s.subject COLLATE NOCASE']
};

/** FROM and WHERE of the list over ticket_state `s`, with their parameters in text order. */
interface Where {
  readonly from: string;
  readonly sql: string;
  readonly params: SQLInputValue[];
}

/**
 * How a keyword selects tickets: by the full-text index alone, or that plus one ticket
 * number. With `words`, the FTS query names whole words only (each typed prefix spelled out
 * as the words it stands for), so one ticket can be tested against it by seeking.
 */
type Keyword =
  | { readonly kind: 'none' }
  | { readonly kind: 'nothing' }
  | {
      readonly kind: 'text';
      readonly fts: string;
      /** The whole words of each typed word (see exactWordsQuery); null for a prefix query. */
      readonly words: readonly (readonly string[])[] | null;
      /** At least as many tickets as the text matches (from the vocabulary); null if unknown. */
      readonly most: number | null;
      /** How to count the text's matches from one typed word (see exactWordsQuery); else null. */
      readonly count: WordCount | null;
    }
  | { readonly kind: 'text-or-number'; readonly fts: string | null; readonly docid: number };

/** A prefix spelled out as more words than this stays a prefix query. */
const MAX_PREFIX_WORDS = 64;

/**
 * The typed words (see ftsQueryOf) as an FTS5 query of whole words: each word becomes the
 * indexed words it is the start of, `("thank" OR "thanks")`, all of them ANDed. It selects
 * exactly what the prefix query selects. `most` bounds how many tickets it matches: the
 * vocabulary's live document counts of the typed word whose words are in the fewest (a ticket
 * holding two of them counts twice). With one typed word, `count` says how to count its
 * matches without merging its words' lists. Null when
 * a word cannot be spelled out here: not plain ASCII letters and digits (whose index form is
 * their lower case, as unicode61 folds them), or the start of too many words or of one that
 * is not plain ASCII. 'none' when a word starts no indexed word.
 */
function exactWordsQuery(
  db: DatabaseSync,
  text: string
):
  | {
      readonly fts: string;
      readonly words: readonly (readonly string[])[];
      readonly most: number;
      readonly count: WordCount | null;
    }
  | 'none'
  | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  const groups: { readonly terms: string[]; readonly docs: number; readonly first: number }[] = [];
  for (const word of words.slice(0, 16)) {
    if (!/^[A-Za-z0-9]+$/.test(word)) return null;
    const prefix = word.toLowerCase();
    // Every indexed word that starts with `prefix` sorts in [prefix, prefix with its last byte + 1).
    const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const terms = prepared(
      db,
      'SELECT term, doc FROM ticket_search_terms WHERE term >= ? AND term < ? LIMIT ?'
    ).all(prefix, end, MAX_PREFIX_WORDS + 1) as { term: string; doc: number }[];
    if (terms.length === 0) return 'none';
    // Plain ASCII words only, which an FTS query reads back as exactly themselves.
    if (terms.length > MAX_PREFIX_WORDS || !terms.every(({ term }) => /^[a-z0-9]+$/.test(term)))
      return null;
    // The commonest first: a ticket is tested against the likeliest word first.
    terms.sort((a, b) => b.doc - a.doc);
    groups.push({
      terms: terms.map(({ term }) => term),
      docs: terms.reduce((sum, { doc }) => sum + doc, 0),
      first: terms[0]!.doc
    });
  }
  // The rarest typed word first: a ticket without it is rejected at once.
  groups.sort((a, b) => a.docs - b.docs);
  return {
    fts: groups.map(({ terms }) => `(${terms.map((t) => `"${t}"`).join(' OR ')})`).join(' AND '),
    words: groups.map(({ terms }) => terms),
    most: groups[0]?.docs ?? 0,
    count: groups.length === 1 ? wordCountOf(groups[0]!.terms, groups[0]!.first) : null
  };
}

/**
 * The matches of one typed word: the tickets holding its commonest indexed word (the
 * vocabulary's live document count: deletions and rewritten threads are accounted for) plus,
 * when it stands for more, those holding another of them but not that one (`rest`, an FTS
 * query). Cheaper than merging the lists of all of them.
 */
interface WordCount {
  readonly known: number;
  readonly rest: string | null;
}

function wordCountOf(terms: readonly string[], commonest: number): WordCount {
  const [first, ...others] = terms;
  return {
    known: commonest,
    rest:
      others.length === 0
        ? null
        : `(${others.map((t) => `"${t}"`).join(' OR ')}) NOT "${first ?? ''}"`
  };
}

/** Up to this many whole words are tested one FTS lookup each; more, in one query. */
const PROBE_SPLIT_MAX = 8;

/**
 * An SQL condition true when ticket `docid` (a column) matches the keyword, tested by seeking
 * the FTS index: one lookup per whole word (SQLite stops at the first word that decides), or
 * one lookup of the whole query.
 */
function probeOf(
  keyword: Extract<Keyword, { kind: 'text' }>,
  docid: string
): { readonly sql: string; readonly params: SQLInputValue[] } {
  const lookup = `EXISTS (SELECT 1 FROM ticket_search f WHERE f.ticket_search MATCH ? AND f.rowid = ${docid})`;
  const words = keyword.words;
  if (words === null || words.flat().length > PROBE_SPLIT_MAX)
    return { sql: lookup, params: [keyword.fts] };
  return {
    sql: words.map((terms) => `(${terms.map(() => lookup).join(' OR ')})`).join(' AND '),
    params: words.flat().map((term) => `"${term}"`)
  };
}

/** What the keyword `q` selects; a cached ticket numbered as typed joins the text matches. */
function keywordOf(db: DatabaseSync, q: string | undefined): Keyword {
  const text = q?.trim() ?? '';
  if (text === '') return { kind: 'none' };
  const fts = ftsQueryOf(text);
  const number = ticketNumberOf(text);
  const numbered =
    number === null
      ? undefined
      : (prepared(db, 'SELECT docid FROM ticket_state WHERE public_id = ? COLLATE NOCASE').get(
          number
        ) as { docid: number } | undefined);
  if (numbered) return { kind: 'text-or-number', fts, docid: numbered.docid };
  if (fts === null) return { kind: 'nothing' };
  const exact = exactWordsQuery(db, text);
  if (exact === 'none') return { kind: 'nothing' };
  return exact === null
    ? { kind: 'text', fts, words: null, most: null, count: null }
    : { kind: 'text', fts: exact.fts, words: exact.words, most: exact.most, count: exact.count };
}

/**
 * How text matches enter the WHERE: `drive` reads them from the FTS index and looks each
 * ticket up by key; `in-list` collects them first and tests each ticket read down an order's
 * index (`+s.docid`).
 */
type TextMode = 'drive' | 'in-list';

/** The date filter over ticket_state `s`, with its parameters in text order; null without dates. */
interface DateFilter {
  readonly sql: string;
  readonly params: SQLInputValue[];
  /** The zoned range: last_reply_utc >= from (inclusive) and < to (exclusive); null is open. */
  readonly fromUtc: string | null;
  readonly toUtc: string | null;
}

/** The UTC instant (ISO) at which local day `date` starts in `timeZone`. */
function dayStartIso(date: string, timeZone: string): string {
  return new Date(startOfLocalDay(date, timeZone)).toISOString();
}

/** The last-reply date filter of `input` in the reseller's zone; null without dates. */
function dateFilterOf(input: TicketListInput, timeZone: string): DateFilter | null {
  if (!input.from && !input.to) return null;
  // Wall-clock times are read in the reseller's zone (see providerInstant), so their local
  // date is the date they carry; zoned times (last_reply_utc, set on write) are compared as
  // instants against the local days.
  const wall: string[] = [];
  const zoned: string[] = [];
  const instant = 's.last_reply_utc';
  const wallParams: SQLInputValue[] = [];
  const zonedParams: SQLInputValue[] = [];
  let fromUtc: string | null = null;
  let toUtc: string | null = null;
  if (input.from) {
    wall.push('substr(s.last_reply_at, 1, 10) >= ?');
    wallParams.push(input.from);
    zoned.push(`${instant} >= ?`);
    fromUtc = dayStartIso(input.from, timeZone);
    zonedParams.push(fromUtc);
  }
  if (input.to) {
    wall.push('substr(s.last_reply_at, 1, 10) <= ?');
    wallParams.push(input.to);
    zoned.push(`${instant} < ?`);
    toUtc = dayStartIso(addCalendarDays(input.to, 1), timeZone);
    zonedParams.push(toUtc);
  }
  return {
    sql: `s.last_reply_at IS NOT NULL AND CASE WHEN ${instant} IS NULL THEN (${wall.join(' AND ')}) ELSE (${zoned.join(' AND ')}) END`,
    // Placeholders bind in text order: the wall-clock branch comes first.
    params: [...wallParams, ...zonedParams],
    fromUtc,
    toUtc
  };
}

/** The filters over ticket_state `s` (see TextMode for how text matches enter). */
function whereOf(
  input: TicketListInput,
  keyword: Keyword,
  timeZone: string,
  mode: TextMode = 'drive'
): Where {
  let from = 'ticket_state s';
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  if (keyword.kind === 'nothing') clauses.push('0');
  if (keyword.kind === 'text' && mode === 'drive') {
    from = 'ticket_search f JOIN ticket_state s ON s.docid = f.rowid';
    clauses.push('ticket_search MATCH ?');
    params.push(keyword.fts);
  } else if (keyword.kind === 'text' || keyword.kind === 'text-or-number') {
    const sources: string[] = [];
    if (keyword.fts !== null) {
      sources.push('SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?');
      params.push(keyword.fts);
    }
    if (keyword.kind === 'text-or-number') {
      sources.push('SELECT ?');
      params.push(keyword.docid);
    }
    clauses.push(
      `${mode === 'drive' ? 's.docid' : '+s.docid'} IN (${sources.join(' UNION ALL ')})`
    );
  }
  const status = STATUS_CLAUSE[input.status];
  if (status) clauses.push(status);
  const dates = dateFilterOf(input, timeZone);
  if (dates) {
    clauses.push(dates.sql);
    params.push(...dates.params);
  }
  return { from, sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** Up to this many tickets on one side of a date range are tested one by one. */
const DATE_SIDE_MAX = 256;

/**
 * Whole-word text matches within a date filter (any status), counted from the side of the
 * range that holds few tickets: the text's matches less those outside the range, or the
 * matches among the few inside it. Null when both sides are large (the caller counts by
 * driving from the text).
 */
function countTextInDates(
  db: DatabaseSync,
  keyword: Extract<Keyword, { kind: 'text' }>,
  dates: DateFilter,
  textTotal: () => number
): number | null {
  // Outside the zoned range, and every ticket without a zoned time (its wall-clock date or
  // missing reply decides): ranges of ticket_state_reply_utc, where NULL sorts first.
  const outside = ['s.last_reply_utc IS NULL'];
  const outsideParams: SQLInputValue[] = [];
  if (dates.fromUtc !== null) {
    outside.push('s.last_reply_utc < ?');
    outsideParams.push(dates.fromUtc);
  }
  if (dates.toUtc !== null) {
    outside.push('s.last_reply_utc >= ?');
    outsideParams.push(dates.toUtc);
  }
  const side = `(${outside.join(' OR ')})`;
  const probe = probeOf(keyword, 's.docid');
  const capped = (where: string, params: SQLInputValue[]) =>
    (
      prepared(
        db,
        `SELECT count(*) AS n FROM (SELECT 1 FROM ticket_state s WHERE ${where} LIMIT ?)`
      ).get(...params, DATE_SIDE_MAX + 1) as { n: number }
    ).n;
  if (capped(side, outsideParams) <= DATE_SIDE_MAX) {
    const excluded = (
      prepared(
        db,
        `SELECT count(*) AS n FROM ticket_state s WHERE ${side} AND (${dates.sql}) IS NOT 1 AND ${probe.sql}`
      ).get(...outsideParams, ...dates.params, ...probe.params) as { n: number }
    ).n;
    return textTotal() - excluded;
  }
  const inside: string[] = [];
  const insideParams: SQLInputValue[] = [];
  if (dates.fromUtc !== null) {
    inside.push('s.last_reply_utc >= ?');
    insideParams.push(dates.fromUtc);
  }
  if (dates.toUtc !== null) {
    inside.push('s.last_reply_utc < ?');
    insideParams.push(dates.toUtc);
  }
  const within = `(s.last_reply_utc IS NULL OR (${inside.join(' AND ')}))`;
  if (capped(within, insideParams) <= DATE_SIDE_MAX) {
    return (
      prepared(
        db,
        `SELECT count(*) AS n FROM ticket_state s WHERE ${within} AND ${dates.sql} AND ${probe.sql}`
      ).get(...insideParams, ...dates.params, ...probe.params) as { n: number }
    ).n;
  }
  return null;
}

interface TicketRow {
  readonly id: string;
  readonly public_id: string;
  readonly subject: string;
  readonly status: string;
  readonly opened_at: string | null;
  readonly last_reply_at: string | null;
  readonly priority: string | null;
  readonly department_name: string | null;
  readonly message_count: number | null;
  readonly technician: string | null;
  readonly unread: number;
}

/** The list columns; `t` is tickets, `s` its ticket_state, `d` its department. */
const SELECT_ITEM = `
  SELECT t.id, t.public_id, t.subject, t.status, t.opened_at, t.last_reply_at,
         json_extract(t.json, '$.priority') AS priority,
         coalesce(json_extract(t.json, '$.departmentName'), d.name) AS department_name,
         s.message_count, s.technician, s.unread
    FROM tickets t
    LEFT JOIN ticket_state s ON s.ticket_id = t.id
    LEFT JOIN departments d ON d.id = t.department_id`;

const PRIORITIES: ReadonlySet<string> = new Set(ticketPrioritySchema.options);

/** The cached priority, 'unknown' for anything else. */
function priorityOf(value: string | null): TicketPriority {
  return value !== null && PRIORITIES.has(value) ? (value as TicketPriority) : 'unknown';
}

function toItem(row: TicketRow, timeZone: string, pendingOutbox: number): TicketListItem {
  return {
    id: row.id,
    publicId: row.public_id,
    subject: row.subject,
    departmentName: row.department_name,
    status: row.status,
    priority: priorityOf(row.priority),
    openedAt: providerInstant(row.opened_at, timeZone),
    lastReplyAt: providerInstant(row.last_reply_at, timeZone),
    awaitingYou: isAwaitingCustomer(row.status),
    messageCount: row.message_count ?? 0,
    unread: row.unread === 1,
    technician: row.technician,
    pendingOutbox
  };
}

/** The list rows of `ids`, in that order. */
function rowsOf(db: DatabaseSync, ids: readonly string[]): TicketRow[] {
  if (ids.length === 0) return [];
  const found = prepared(db, `${SELECT_ITEM} WHERE t.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids)
  ) as unknown as TicketRow[];
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** From how many keyword matches a page is read down its order's index (measured on 10,000 tickets). */
const IN_ORDER_FROM = 500;

/**
 * Up to how many tickets (expected) a page read down its order's index tests one by one by
 * seeking the FTS index; past that, collecting every match first is cheaper.
 */
const PROBES_MAX = 200;

/** One page of cached tickets for the given filters and order; `timeZone` is the reseller's IANA zone. */
export function listTickets(
  db: DatabaseSync,
  input: TicketListInput,
  timeZone: string
): TicketListResult {
  const keyword = keywordOf(db, input.q);
  const where = whereOf(input, keyword, timeZone);
  const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
  // NULLs (an unknown date) go last both ways: SQLite sorts them first, so last when
  // descending. The docid breaks ties (each order's index ends with it).
  const order = [
    ...SORT_KEYS[input.sort].map((key) =>
      dir === 'DESC' ? `${key} DESC` : `${key} ASC NULLS LAST`
    ),
    `s.docid ${dir}`
  ].join(', ');
  const cachedCount = countTickets(db);
  // Filter, order and count over the narrow ticket_state rows, then read the page's columns:
  // the wide `tickets` rows (threads inline) are never scanned.
  const found =
    keyword.kind === 'text' && keyword.most !== null && keyword.most <= IN_ORDER_FROM
      ? fewMatches(db, input, where, order)
      : null;
  let total: number;
  let pageIds: string[];
  if (found !== null) {
    ({ total, ids: pageIds } = found);
  } else {
    total = countMatches(db, input, keyword, where, timeZone);
    pageIds =
      total <= input.offset
        ? []
        : pageOf(db, input, keyword, timeZone, where, order, { total, cachedCount });
  }
  const rows = rowsOf(db, pageIds);
  const pending = rows.length === 0 ? new Map<string, number>() : pendingOutboxByTicket(db);
  return {
    tickets: rows.map((row) => toItem(row, timeZone, pending.get(row.id) ?? 0)),
    total,
    cachedCount,
    unreadCount: countUnreadTickets(db)
  };
}

/**
 * One page of ticket ids in `order`. Many keyword matches: walking down the order's index
 * and testing each ticket stops at the page, where looking every match up and sorting them
 * all would not. (Ascending orders that can be NULL put NULLs last, which their index does
 * not.) Whole words are tested by seeking while the walk is expected to be short; else, or
 * when the walk runs past its budget (the matches lie further down the order than their
 * share promised), the matches are collected once and tested from that list.
 */
function pageOf(
  db: DatabaseSync,
  input: TicketListInput,
  keyword: Keyword,
  timeZone: string,
  where: Where,
  order: string,
  counts: { readonly total: number; readonly cachedCount: number }
): string[] {
  const index = SORT_INDEX[input.sort];
  const inOrder =
    keyword.kind !== 'none' &&
    counts.total > IN_ORDER_FROM &&
    (input.dir === 'desc' || !index.nullable);
  if (!inOrder) return pageIds(db, input, where, order, '');
  // The tickets a walk is expected to test before the page is full.
  const expected = ((input.offset + input.limit) * counts.cachedCount) / counts.total;
  if (keyword.kind === 'text' && keyword.words !== null && expected <= PROBES_MAX) {
    const ids = probedPage(db, input, keyword, timeZone, index.name, 2 * expected + 100);
    // Short of a full page with matches left: the budget ran out, not the matches.
    if (ids.length === input.limit || input.offset + ids.length >= counts.total) return ids;
  }
  const page = whereOf(input, keyword, timeZone, 'in-list');
  return pageIds(db, input, page, order, `INDEXED BY ${index.name}`);
}

/** A page of ticket ids read with `where`, `indexed` naming the index to walk (or ''). */
function pageIds(
  db: DatabaseSync,
  input: TicketListInput,
  where: Where,
  order: string,
  indexed: string
): string[] {
  return (
    prepared(
      db,
      `SELECT s.ticket_id AS id FROM ${where.from} ${indexed} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`
    ).all(...where.params, input.limit, input.offset) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * A page read down the order's index (`indexName`) whose tickets, after the other filters,
 * are tested one by one against the keyword's whole words, walking at most `budget`
 * tickets. Ordered like `listTickets` (only orders whose index has no NULLs to move come
 * here ascending).
 */
function probedPage(
  db: DatabaseSync,
  input: TicketListInput,
  keyword: Extract<Keyword, { kind: 'text' }>,
  timeZone: string,
  indexName: string,
  budget: number
): string[] {
  const filters = whereOf(input, { kind: 'none' }, timeZone);
  const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
  const keys = SORT_KEYS[input.sort];
  const walked = keys.map((key, i) => `${key} AS k${i}`).join(', ');
  const inner = [...keys.map((key) => `${key} ${dir}`), `s.docid ${dir}`].join(', ');
  // The walked keys keep their collation, so SQLite sees the walk's order and sorts nothing.
  const outer = [...keys.map((_, i) => `c.k${i} ${dir}`), `c.docid ${dir}`].join(', ');
  const probe = probeOf(keyword, 'c.docid');
  return (
    prepared(
      db,
      `SELECT c.id FROM (
         SELECT s.docid AS docid, s.ticket_id AS id, ${walked} FROM ticket_state s INDEXED BY ${indexName}
           ${filters.sql} ORDER BY ${inner} LIMIT ?) c
        WHERE ${probe.sql}
        ORDER BY ${outer} LIMIT ? OFFSET ?`
    ).all(...filters.params, Math.ceil(budget), ...probe.params, input.limit, input.offset) as {
      id: string;
    }[]
  ).map((r) => r.id);
}

/**
 * Few keyword matches (known from the vocabulary): the page and the count from one reading
 * of the index, every match looked up and sorted. Null past the last page (nothing counted).
 */
function fewMatches(
  db: DatabaseSync,
  input: TicketListInput,
  where: Where,
  order: string
): { readonly total: number; readonly ids: string[] } | null {
  const rows = prepared(
    db,
    `SELECT s.ticket_id AS id, count(*) OVER () AS total FROM ${where.from} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`
  ).all(...where.params, input.limit, input.offset) as { id: string; total: number }[];
  if (rows.length > 0) return { total: rows[0]!.total, ids: rows.map((r) => r.id) };
  return input.offset === 0 ? { total: 0, ids: [] } : null;
}

/** How many tickets the filters select, over all pages. */
function countMatches(
  db: DatabaseSync,
  input: TicketListInput,
  keyword: Keyword,
  where: Where,
  timeZone: string
): number {
  if (keyword.kind === 'nothing') return 0;
  // Text is counted in the FTS index, one document per ticket.
  const textTotal = (fts: string) =>
    (
      prepared(db, 'SELECT count(*) AS n FROM ticket_search WHERE ticket_search MATCH ?').get(
        fts
      ) as { n: number }
    ).n;
  if (keyword.kind === 'text' && input.status === 'all') {
    const { fts, count } = keyword;
    const text = () =>
      count === null
        ? textTotal(fts)
        : count.known + (count.rest === null ? 0 : textTotal(count.rest));
    const dates = dateFilterOf(input, timeZone);
    if (dates === null) return text();
    if (keyword.words !== null) {
      const counted = countTextInDates(db, keyword, dates, text);
      if (counted !== null) return counted;
    }
  }
  return (
    prepared(db, `SELECT count(*) AS n FROM ${where.from} ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
}

/** Every cached ticket (ticket_state holds one narrow row per `tickets` row). */
function countTickets(db: DatabaseSync): number {
  return (prepared(db, 'SELECT count(*) AS n FROM ticket_state').get() as { n: number }).n;
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

/**
 * The cached ticket a reference names: its internal id, or its number as people quote it
 * ("#482913" or "482913"). The id wins when both could match. Null when neither is cached.
 */
export function resolveTicketId(db: DatabaseSync, reference: string): string | null {
  const byId = db.prepare('SELECT id FROM tickets WHERE id = ?').get(reference) as
    { id: string } | undefined;
  if (byId) return byId.id;
  const number = ticketNumberOf(reference);
  if (number === null) return null;
  const byNumber = db
    .prepare('SELECT id FROM tickets WHERE public_id = ? ORDER BY id LIMIT 1')
    .get(number) as { id: string } | undefined;
  return byNumber?.id ?? null;
}

/** Reads the outbox items a ticket's thread shows (the outbox feature's store by default). */
export type OutboxReader = (db: DatabaseSync, ticketId: string) => OutboxItem[];

/** One cached ticket with its thread (oldest first), or null when it is not cached. */
export function getTicket(
  db: DatabaseSync,
  id: string,
  timeZone: string,
  area: ClientArea,
  outbox: OutboxReader = outboxItemsForTicket
): TicketDetail | null {
  const row = db.prepare(`${SELECT_ITEM} WHERE t.id = ?`).get(id) as TicketRow | undefined;
  if (row === undefined) return null;
  const thread = db.prepare('SELECT thread_json FROM tickets WHERE id = ?').get(id) as {
    thread_json: string | null;
  };
  const item = toItem(row, timeZone, pendingOutboxByTicket(db).get(id) ?? 0);
  const messages = parseThread(thread.thread_json, timeZone);
  return {
    ...item,
    messageCount: messages.length,
    messages,
    providerUrl: providerTicketUrl(area, item.publicId),
    outbox: outbox(db, id)
  };
}
