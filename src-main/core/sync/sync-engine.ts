/**
 * The sync engine: provider → SQLite cache, entity by entity, page by page. Pages are
 * written a batch to a transaction together with the cursor after them, so a crash or a
 * cancel leaves the cache consistent and the next run resumes where this one stopped. A
 * failure never deletes cached data: rows a provider no longer lists are removed only when a
 * full listing completes.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { CacheScope, SyncProgress } from '@shared/contract';
import { SYNC_ENTITIES, type SyncEntity } from '@shared/contract/sync-entities';
import type { Invoice, Ticket } from '@shared/model';
import { inTransaction } from '../cache/database';
import { ENTITY_TABLE, entitySupported } from '../cache/entity-table';
import {
  deleteMissing,
  upsertEntities,
  type ListEntity,
  type ListEntityMap
} from '../cache/repositories/entities';
import {
  anyPageConfirmedSince,
  confirmPages,
  forgetPageHashes,
  keepPageHashesAt,
  knownPagesOf,
  savePageHash,
  type RestingPages
} from '../cache/repositories/list-page-hashes';
import {
  getMeta,
  getSyncState,
  markFailure,
  markSuccess,
  saveCursor,
  setMeta
} from '../cache/repositories/sync-state';
import { hourOfInstant, isoFromHour } from '../time';
import { hourOf, mergeUsageWindow } from '../usage/usage-repository';
import { toAppError } from '../errors';
import type { Clock, Logger } from '../ports';
import type { KnownPage, Page, ProviderReader } from '../providers/provider';
import { markAllTicketsRead } from '../tickets/ticket-read-repository';
import { writeAccount } from '../account/account-repository';
import {
  compactTicketSearch,
  indexPendingTickets,
  staleThreadIds,
  storeThreads,
  type FetchedThread
} from '../tickets/ticket-write-repository';
import { openInvoiceIds } from '../invoices/invoice-repository';
import { syncInvoiceDetails } from './invoice-details';

/** The entities a sync reads, in order; each one's scope and capabilities: the entity table's. */
export { SYNC_ENTITIES, type SyncEntity };

/** How far back a first usage sync reaches. */
const USAGE_HISTORY_DAYS = 400;
const THREAD_CONCURRENCY = 4;
/**
 * Threads stored to a transaction. Each commit writes the search index's new segment and every
 * index page its rows touched: storing the large data's 10,000 threads 200 to a commit wrote
 * 88 MB against 105 MB 50 to a commit, and cost about a fifth less CPU.
 */
const THREAD_BATCH = 200;
/**
 * Listing pages are stored this many rows to a transaction, or what arrived within
 * LIST_BATCH_MS when pages come slower. Every commit writes each index page its rows touched
 * (a page of invoices touches most of invoices_sums): storing the large data's 20,000
 * invoices (13 MB with their indexes) wrote 58 MB at one commit per page of 250, and 28 MB
 * at ten pages to a commit. A process killed mid-listing loses at most one batch, fetched
 * again next time; a failure or a cancel stores what was fetched.
 */
const LIST_BATCH_ROWS = 2500;
const LIST_BATCH_MS = 100;
/**
 * WHMCS cannot list the invoices changed since a date, and paid, cancelled and refunded
 * invoices rarely change again. So an incremental sync reads the open invoices in listings of
 * their own (ProviderReader.openInvoices), and asks again only for the listing pages the
 * provider has not confirmed within this time, the last page (where new invoices arrive) and
 * those holding an invoice that left the open listings (paid, cancelled...). A settled
 * invoice changed at the provider (a refund) shows within this time; the transaction that
 * records a refund, every sync. A full sync asks for every page.
 */
export const SETTLED_RECHECK_MS = 6 * 3_600_000;

export interface SyncRunOptions {
  readonly mode: 'full' | 'incremental';
  readonly signal?: AbortSignal;
  readonly entities?: readonly SyncEntity[];
}

export interface EntityOutcome {
  /** 'connection' when the provider could not be reached or logged in to before any entity. */
  readonly entity: SyncEntity | 'connection';
  readonly ok: boolean;
  readonly written: number;
  /** Listing pages the provider sent byte for byte as stored, so not read again (when any). */
  readonly unchangedPages?: number;
  /**
   * Listing pages of settled invoices confirmed within SETTLED_RECHECK_MS, so not asked for
   * (when any).
   */
  readonly skippedPages?: number;
  readonly error?: { readonly kind: string; readonly message: string };
}

export interface SyncReport {
  readonly ok: boolean;
  readonly cancelled: boolean;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly entities: readonly EntityOutcome[];
}

export interface SyncEngineDeps {
  readonly db: DatabaseSync;
  readonly adapter: ProviderReader;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly onChanged?: (scopes: readonly CacheScope[]) => void;
  /** Page size asked of the provider. */
  readonly pageSize?: number;
}

class Cancelled extends Error {}

/** Listing pages not read because stored (unchanged), and those not even asked for (skipped). */
interface ListStats {
  unchangedPages: number;
  skippedPages: number;
}

/** Runs one sync. Never throws: the report says what failed. */
export async function runSync(deps: SyncEngineDeps, options: SyncRunOptions): Promise<SyncReport> {
  const { db, clock } = deps;
  const iso = () => new Date(clock.now()).toISOString();
  const startedAt = iso();
  const wanted = (options.entities ?? SYNC_ENTITIES).filter((e) => isSupported(deps.adapter, e));
  const outcomes: EntityOutcome[] = [];
  const changedScopes = new Set<CacheScope>();
  let cancelled = false;
  const progress = (p: Omit<SyncProgress, 'fraction'> & { index: number; within: number }) => {
    const fraction = Math.min(1, (p.index + Math.min(1, p.within)) / Math.max(1, wanted.length));
    deps.onProgress?.({
      phase: p.phase,
      entity: p.entity,
      done: p.done,
      total: p.total,
      message: p.message,
      fraction
    });
  };
  progress({
    phase: 'started',
    entity: null,
    done: 0,
    total: null,
    message: null,
    index: 0,
    within: 0
  });

  for (const [index, entity] of wanted.entries()) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const report = (done: number, total: number | null) =>
      progress({
        phase: 'entity',
        entity,
        done,
        total,
        message: null,
        index,
        within: total ? done / total : 0
      });
    try {
      const stats = { unchangedPages: 0, skippedPages: 0 };
      const written = await syncEntity(deps, entity, options, report, stats);
      if (written > 0) changedScopes.add(ENTITY_TABLE[entity].scope);
      inTransaction(db, () => markSuccess(db, entity, iso()));
      const { unchangedPages, skippedPages } = stats;
      outcomes.push({
        entity,
        ok: true,
        written,
        ...(unchangedPages > 0 ? { unchangedPages } : {}),
        ...(skippedPages > 0 ? { skippedPages } : {})
      });
    } catch (error) {
      if (error instanceof Cancelled || options.signal?.aborted) {
        cancelled = true;
        break;
      }
      const appError = toAppError(error);
      deps.logger.log('warn', 'sync failed for an entity', {
        entity,
        kind: appError.kind,
        message: appError.message
      });
      inTransaction(db, () => markFailure(db, entity, iso(), appError.kind, appError.message));
      outcomes.push({
        entity,
        ok: false,
        written: 0,
        error: { kind: appError.kind, message: appError.message }
      });
      // Credentials or reachability problems will fail every other entity the same way.
      if (
        appError.kind === 'auth' ||
        appError.kind === 'offline' ||
        appError.kind === 'ip-not-allowed'
      )
        break;
    }
  }

  const ok = !cancelled && outcomes.length === wanted.length && outcomes.every((o) => o.ok);
  const finishedAt = iso();
  if (ok) inTransaction(db, () => setMeta(db, 'last_sync_at', finishedAt));
  changedScopes.add('status');
  deps.onChanged?.([...changedScopes]);
  const failed = outcomes.find((o) => !o.ok);
  progress({
    phase: cancelled ? 'cancelled' : ok ? 'finished' : 'failed',
    entity: failed?.entity ?? null,
    done: 0,
    total: null,
    message: failed?.error?.message ?? null,
    index: wanted.length,
    within: 0
  });
  return { ok, cancelled, startedAt, finishedAt, entities: outcomes };
}

function isSupported(adapter: ProviderReader, entity: SyncEntity): boolean {
  if (!entitySupported(entity, adapter.capabilities())) return false;
  return entity !== 'usage' || typeof adapter.getUsage === 'function';
}

async function syncEntity(
  deps: SyncEngineDeps,
  entity: SyncEntity,
  options: SyncRunOptions,
  report: (done: number, total: number | null) => void,
  stats: ListStats
): Promise<number> {
  if (entity === 'account') {
    const account = await deps.adapter.getAccount(options.signal);
    const at = new Date(deps.clock.now()).toISOString();
    return inTransaction(deps.db, () => writeAccount(deps.db, account, at));
  }
  if (entity === 'usage') return syncUsage(deps, options, report);
  if (entity === 'invoice-details') return syncInvoiceDetails(deps, options, report);
  if (entity === 'tickets') return syncTickets(deps, options, report, stats);
  return syncList(deps, entity, options, report, stats);
}

/**
 * The ticket listing, then the threads it made stale. A ticket's search document is written
 * once, with its thread (storeThreads); whatever the listing left pending without a new
 * thread (a changed subject, a thread that failed, a cancel) is indexed when the step ends.
 */
async function syncTickets(
  deps: SyncEngineDeps,
  options: SyncRunOptions,
  report: (done: number, total: number | null) => void,
  stats: ListStats
): Promise<number> {
  const { db } = deps;
  // Replies already there when the profile first synced its tickets are not news: the
  // reseller starts with nothing unread (the alerts take the same baseline).
  const firstRun = getSyncState(db, 'tickets')?.lastSuccessAt == null;
  let written: number;
  let threads: number;
  try {
    written = await syncList(deps, 'tickets', options, report, stats);
    threads = await syncThreads(deps, options);
  } finally {
    // With those a stopped run left pending.
    inTransaction(db, () => indexPendingTickets(db));
  }
  if (firstRun) inTransaction(db, () => markAllTicketsRead(db));
  if (written + threads > 0) compactTicketSearch(db);
  return written + threads;
}

async function syncList(
  deps: SyncEngineDeps,
  entity: ListEntity,
  options: SyncRunOptions,
  report: (done: number, total: number | null) => void,
  stats: ListStats
): Promise<number> {
  const { db, clock } = deps;
  const state = getSyncState(db, entity);
  const resuming = state?.runId && state.cursor !== null && state.cursor !== undefined;
  const runId =
    resuming && state.runId
      ? state.runId
      : `${clock.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const startOffset = resuming ? Number(state.cursor) : 0;
  // A listing run from its start keeps the ids it saw in memory, so unchanged rows are not
  // written at all; a resumed one cannot know what the stopped run saw unchanged, so it
  // removes nothing (the next complete listing does).
  const seen = resuming ? null : new Set<string>();
  // Whether every page came back as stored: the listing is the one stored, whose rows are
  // all the table holds (a write of a row outside a listing forgets the entity's pages).
  let allKnown = true;
  let written = 0;
  const pageSize = deps.pageSize ?? 250;
  // Stored page fingerprints are trusted only by a listing from its start after a complete
  // one (never on the first listing, nor after a stopped one: those forget them).
  const trusted = !resuming && state?.lastSuccessAt != null;
  if (!trusted) inTransaction(db, () => forgetPageHashes(db, entity));
  const visited: number[] = [];
  // An incremental listing of invoices from its start reads the open invoices first, then does
  // not ask again for the pages of settled ones confirmed lately (SETTLED_RECHECK_MS).
  // When no page was confirmed lately, every page is asked for: the open listings would add
  // requests and spare none.
  let resting: RestingPages | undefined;
  const since = new Date(clock.now() - SETTLED_RECHECK_MS).toISOString();
  if (
    entity === 'invoices' &&
    options.mode === 'incremental' &&
    trusted &&
    seen &&
    anyPageConfirmedSince(db, entity, since)
  ) {
    const open = await refreshOpenInvoices(deps, runId, pageSize, options.signal);
    if (open) {
      written += open.written;
      for (const id of open.listed) seen.add(id);
      resting = { since, recheck: open.left };
    }
  }
  const pageOptions = {
    startOffset,
    pageSize,
    ...(options.signal ? { signal: options.signal } : {}),
    // Untrusted, no page matches, but every reply is still fingerprinted for the next sync.
    knownPages: trusted ? knownPagesOf(db, entity, resting) : { lookup: () => null }
  };
  type ListPage = Page<ListEntityMap[typeof entity]>;
  // Pages the provider sent as stored, not read: whose ids are needed only to remove rows.
  const unread: KnownPage[] = [];
  // Pages the provider sent as stored in this batch: confirmed as of now.
  const confirmed: number[] = [];
  /** One page's rows (unless the provider sent it as stored) and its cursor. */
  const storePage = (page: ListPage, at: string): number => {
    const { known } = page;
    const count = known ? known.count : page.items.length;
    let n = 0;
    if (known) {
      // The provider sent this page byte for byte as stored (or was not asked: settled and
      // confirmed lately): its rows are in the cache. Its ids join `seen` only if the listing
      // turns out to have changed (see below).
      unread.push(known);
      if (page.skipped) stats.skippedPages += 1;
      else {
        stats.unchangedPages += 1;
        confirmed.push(page.offset);
      }
    } else {
      allKnown = false;
      n = upsertEntities(db, entity, page.items as never[], runId, seen ?? undefined);
      if (page.hash !== undefined)
        savePageHash(
          db,
          entity,
          {
            offset: page.offset,
            pageSize,
            hash: page.hash,
            ids: page.items.map((item) => (item as { id: string }).id),
            nextOffset: page.nextOffset,
            total: page.total
          },
          runId,
          at
        );
    }
    saveCursor(db, entity, runId, String(page.nextOffset ?? page.offset + count), at);
    return n;
  };
  // Pages are stored a batch to a transaction (see LIST_BATCH_ROWS), and whatever was fetched
  // when the listing ends, fails or is cancelled.
  let pending: ListPage[] = [];
  let pendingRows = 0;
  let batchSince = 0;
  const flush = (): void => {
    const batch = pending;
    pending = [];
    pendingRows = 0;
    if (batch.length === 0) return;
    const at = new Date(clock.now()).toISOString();
    written += inTransaction(db, () => {
      const n = batch.reduce((sum, page) => sum + storePage(page, at), 0);
      confirmPages(db, entity, confirmed.splice(0), at);
      return n;
    });
  };
  try {
    for await (const page of deps.adapter.pages(entity, pageOptions)) {
      if (options.signal?.aborted) throw new Cancelled();
      visited.push(page.offset);
      const count = page.known ? page.known.count : page.items.length;
      if (pending.length === 0) batchSince = clock.now();
      pending.push(page);
      pendingRows += count;
      if (pendingRows >= LIST_BATCH_ROWS || clock.now() - batchSince >= LIST_BATCH_MS) flush();
      report(page.offset + count, page.total);
    }
  } finally {
    flush();
  }
  // The listing completed: whatever this run did not see is gone at the provider.
  // An unchanged listing has nothing to remove: the search for rows it did not hold is skipped.
  if (seen)
    written += inTransaction(db, () => {
      keepPageHashesAt(db, entity, visited);
      if (allKnown && visited.length > 0) return 0;
      for (const page of unread) for (const id of page.ids) seen.add(id);
      return deleteMissing(db, entity, seen);
    });
  return written;
}

/**
 * Reads the open invoices (when the provider lists them apart) and stores what changed.
 * Returns how many rows were written, the ids listed, and those of the invoices stored as open
 * that no open listing holds any more (their pages are to be asked for again); null when the
 * provider cannot list them apart.
 */
async function refreshOpenInvoices(
  deps: SyncEngineDeps,
  runId: string,
  pageSize: number,
  signal: AbortSignal | undefined
): Promise<{ written: number; listed: readonly string[]; left: string[] } | null> {
  const { db, adapter } = deps;
  if (!adapter.openInvoices) return null;
  const rows: Invoice[] = [];
  for await (const page of adapter.openInvoices({ pageSize, ...(signal ? { signal } : {}) })) {
    if (signal?.aborted) throw new Cancelled();
    rows.push(...page.items);
  }
  return inTransaction(db, () => {
    const listed = new Set<string>();
    const left = openInvoiceIds(db);
    const written = upsertEntities(db, 'invoices', rows, runId, listed);
    return { written, listed: [...listed], left: left.filter((id) => !listed.has(id)) };
  });
}

/** Fetches the thread of every ticket whose last reply changed since its thread was cached. */
async function syncThreads(deps: SyncEngineDeps, options: SyncRunOptions): Promise<number> {
  const { db } = deps;
  const stale = staleThreadIds(db);
  let next = 0;
  let written = 0;
  // Threads are stored THREAD_BATCH to a transaction (a commit per thread cost more than the
  // thread's rows); what was fetched is stored when the step ends, fails or is cancelled.
  let pending: FetchedThread[] = [];
  const flush = (): void => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    written += inTransaction(db, () => storeThreads(db, batch));
  };
  const worker = async (): Promise<void> => {
    while (next < stale.length) {
      if (options.signal?.aborted) throw new Cancelled();
      const id = stale[next++]!;
      const ticket: Ticket = await deps.adapter.getTicket(id, options.signal);
      pending.push({ id, messages: ticket.messages });
      if (pending.length >= THREAD_BATCH) flush();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(THREAD_CONCURRENCY, stale.length) }, worker));
  } finally {
    flush();
  }
  return written;
}

async function syncUsage(
  deps: SyncEngineDeps,
  options: SyncRunOptions,
  report: (done: number, total: number | null) => void
): Promise<number> {
  const { db, clock, adapter } = deps;
  if (!adapter.getUsage) return 0;
  const nowHour = hourOfInstant(clock.now());
  const state = getSyncState(db, 'usage');
  let window: { from: number; to: number; offset: number };
  if (state?.cursor) {
    window = JSON.parse(state.cursor) as typeof window;
  } else {
    const last = getMeta(db, 'usage.last_snapshot');
    const from =
      last && options.mode === 'incremental' ? hourOf(last) + 1 : nowHour - USAGE_HISTORY_DAYS * 24;
    window = { from, to: nowHour + 1, offset: 0 };
  }
  // `to` is this machine's next hour, `from` the hour after the provider's last snapshot we
  // hold. When this clock runs behind the provider's, everything up to our own now is
  // already here: the window is empty or reversed, and asking for it would only earn "to
  // must not be before from". Nothing is sent; the next run continues from the same hour.
  if (window.from >= window.to) {
    deps.logger.log('info', 'usage is up to date with this clock; nothing to fetch', {
      from: isoFromHour(window.from),
      to: isoFromHour(window.to)
    });
    return 0;
  }
  const runId = state?.runId ?? 'usage';
  let written = 0;
  const query = {
    from: isoFromHour(window.from),
    to: isoFromHour(window.to),
    startOffset: window.offset,
    pageSize: 2000,
    ...(options.signal ? { signal: options.signal } : {})
  };
  for await (const page of adapter.getUsage(query)) {
    if (options.signal?.aborted) throw new Cancelled();
    const at = new Date(clock.now()).toISOString();
    const nextOffset = page.nextOffset ?? page.offset + page.window.intervals.length;
    written += inTransaction(db, () => {
      const n = mergeUsageWindow(db, page.window);
      saveCursor(db, 'usage', runId, JSON.stringify({ ...window, offset: nextOffset }), at);
      return n;
    });
    report(page.offset + page.window.intervals.length, page.total);
  }
  return written;
}
