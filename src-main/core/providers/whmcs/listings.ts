/**
 * The paged listings of the WHMCS adapter, one per entity. Classic listings page with
 * limitstart/limitnum; REST ones with page/page_size; GetTransactions, GetCredits and
 * GetSupportDepartments are not paged by WHMCS and come as one page.
 */
import { z, type ZodType } from 'zod';
import { OPEN_INVOICE_STATUSES, type Invoice, type InvoiceStatus } from '@shared/model';
import type { KnownPage, Page, PageOptions, ProviderEntity, ProviderEntityMap } from '../provider';
import type { WhmcsSession } from './auth-session';
import { offsetPages, pageSizeOf, singlePage, type FetchedRows } from './paging';
import * as wire from './schemas';
import * as to from './normalize';
import { ProtocolError } from '../errors';
import {
  parseDomains,
  parseInvoices,
  parseProducts,
  parseTickets,
  parseTransactions
} from './fast-replies';
import { describeIssues } from './wire';

/** A reply the listing reads itself (the client still refuses non-objects and WHMCS errors). */
const anyReply = z.unknown();

/** A listing's reading of its reply: its schema's safeParse (or the same without zod). */
type ListingParser<R> = (
  json: unknown
) =>
  | { readonly success: true; readonly data: Counted<R> }
  | { readonly success: false; readonly error: z.ZodError };

type Counted<R> = { totalresults?: number; numreturned?: number } & R;

/** One listing per entity. */
export type EntityListings = {
  readonly [E in ProviderEntity]: (o?: PageOptions) => AsyncIterable<Page<ProviderEntityMap[E]>>;
};

export type Listings = EntityListings & {
  /** The invoices that may still change (ProviderReader.openInvoices); null over REST. */
  readonly openInvoices: ((o?: PageOptions) => AsyncIterable<Page<Invoice>>) | null;
};

/** How WHMCS spells each invoice status (GetInvoices' status filter takes these). */
const WHMCS_INVOICE_STATUS: Readonly<Record<InvoiceStatus, string>> = {
  draft: 'Draft',
  unpaid: 'Unpaid',
  payment_pending: 'Payment Pending',
  paid: 'Paid',
  collections: 'Collections',
  cancelled: 'Cancelled',
  refunded: 'Refunded'
};

const DEFAULT_PAGE_SIZE = 100;
const CLASSIC_MAX_PAGE = 250;
const REST_MAX_PAGE = 500;

/** What converting a reply depends on besides the reply: a stored page is reused only under the same. */
function contextOf(ctx: to.NormalizeContext): string {
  return JSON.stringify([ctx.currency, ctx.today, ctx.serverTimeZone]);
}

/** Where a listing starts: a stored nextOffset, or 0. */
export function startOf(o?: PageOptions): number {
  return Math.max(0, Math.floor(o?.startOffset ?? 0));
}

/** Builds the listings over a session. */
export function createListings(
  session: WhmcsSession,
  deps: {
    readonly pageSize: number | undefined;
    /** The WHMCS server's IANA zone (ticket date-times are read in it). */
    readonly serverTimeZone: string;
    readonly context: (signal?: AbortSignal) => to.NormalizeContext | Promise<to.NormalizeContext>;
    readonly departmentNames: (signal?: AbortSignal) => Promise<ReadonlyMap<string, string>>;
  }
): Listings {
  const { classic, clientId } = session;
  const rest = session.mode === 'rest';
  const read = (signal?: AbortSignal) => ({ idempotent: true, signal });

  /** Page size for a listing, capped by the transport's maximum. */
  const sizeOf = (o?: PageOptions): number =>
    pageSizeOf(
      o?.pageSize,
      deps.pageSize ?? DEFAULT_PAGE_SIZE,
      rest ? REST_MAX_PAGE : CLASSIC_MAX_PAGE
    );

  /**
   * One classic page: with `knownPages`, a reply byte-identical to a stored page read under
   * the same `context` (what the conversion depends on besides the reply) is not read, and a
   * stored page they call skippable is not even asked for.
   */
  async function classicPage<T, R>(
    action: string,
    params: Record<string, string | number | boolean | undefined>,
    parse: ListingParser<R>,
    rows: (reply: R) => readonly T[],
    context: string,
    offset: number,
    limit: number,
    o?: PageOptions
  ): Promise<FetchedRows<T>> {
    // The client checks the reply (JSON object, no WHMCS error) and `parse` reads it: the
    // listing's schema, without zod for a reply of the usual shape (./fast-replies).
    const reading = (json: unknown): Counted<R> => {
      const parsed = parse(json);
      if (!parsed.success)
        throw new ProtocolError(
          `Unexpected WHMCS ${action} reply: ${describeIssues(parsed.error)}`
        );
      return parsed.data;
    };
    const known = o?.knownPages;
    if (!known || !classic.callPage) {
      const reply = reading(await classic.call(action, params, anyReply, read(o?.signal)));
      return { items: rows(reply), total: reply.totalresults ?? null, returned: reply.numreturned };
    }
    // A stored page the caller need not have asked again (settled rows, confirmed lately).
    const resting = known.skippable?.(offset, limit, context) ?? null;
    if (resting) return { items: [], total: null, known: resting, skipped: true };
    let match: KnownPage | null = null;
    const { hash, value } = await classic.callPage(
      action,
      params,
      anyReply,
      read(o?.signal),
      (body) => (match = known.lookup(offset, limit, `${context}:${body}`)) !== null
    );
    const pageHash = `${context}:${hash}`;
    if (value === null && match) return { items: [], total: null, hash: pageHash, known: match };
    if (value === null) throw new Error('unreachable: an unread page without a stored match');
    const reply = reading(value);
    return {
      items: rows(reply),
      total: reply.totalresults ?? null,
      returned: reply.numreturned,
      hash: pageHash
    };
  }

  function classicPages<T, R>(
    action: string,
    params: Record<string, string | number | boolean | undefined>,
    parse: ListingParser<R>,
    rows: (reply: R, ctx: to.NormalizeContext) => readonly T[],
    o?: PageOptions
  ): AsyncIterable<Page<T>> {
    return offsetPages(
      async (offset, limit) => {
        const ctx = await deps.context(o?.signal);
        return classicPage(
          action,
          { ...params, limitstart: offset, limitnum: limit },
          parse,
          (reply: R) => rows(reply, ctx),
          contextOf(ctx),
          offset,
          limit,
          o
        );
      },
      startOf(o),
      sizeOf(o)
    );
  }

  function restPages<T, Row>(
    path: string,
    schema: ZodType<{
      data: Row[];
      meta?: { total?: number; pagination?: { total?: number } };
      total?: number;
    }>,
    map: (row: Row, ctx: to.NormalizeContext) => T,
    o?: PageOptions
  ): AsyncIterable<Page<T>> {
    const limit = sizeOf(o);
    return offsetPages(
      async (offset) => {
        const ctx = await deps.context(o?.signal);
        const query = { page: Math.floor(offset / limit) + 1, page_size: limit };
        const reply = await session.restGet(path, query, schema, o?.signal);
        // A resume offset inside a page: skip the rows already stored.
        const rows = reply.data.slice(offset % limit);
        const total = reply.meta?.total ?? reply.meta?.pagination?.total ?? reply.total ?? null;
        return { items: rows.map((r) => map(r, ctx)), total, returned: rows.length };
      },
      startOf(o),
      limit
    );
  }

  const invoicesBy = (params: Record<string, string>, o?: PageOptions) =>
    classicPages(
      'GetInvoices',
      // Oldest first, so new invoices land after a stored offset instead of shifting it.
      { userid: clientId, ...params, orderby: 'id', order: 'asc' },
      parseInvoices,
      (r, ctx) => r.invoices.map((row) => to.toInvoice(row, ctx)),
      o
    );

  // Set once a listing by status came back with invoices in other statuses: the provider does
  // not filter (an install that does not know the status asked for). Listing the open
  // invoices apart would then read the whole listing four times over, so it stops: the sync
  // asks instead for the pages holding the invoices it has as open (none listed apart).
  let statusFilterIgnored = false;

  /** One listing per open status, each read whole (no stored pages: they are not kept). */
  async function* openInvoices(o?: PageOptions): AsyncGenerator<Page<Invoice>> {
    const { signal, pageSize } = o ?? {};
    for (const modelStatus of OPEN_INVOICE_STATUSES) {
      if (statusFilterIgnored) return;
      const status = WHMCS_INVOICE_STATUS[modelStatus];
      const options = {
        ...(signal ? { signal } : {}),
        ...(pageSize !== undefined ? { pageSize } : {})
      };
      for await (const page of invoicesBy({ status }, options)) {
        if (page.items.some((invoice) => invoice.status !== modelStatus)) {
          statusFilterIgnored = true;
          return;
        }
        yield page;
      }
    }
  }

  return {
    openInvoices: rest ? null : openInvoices,
    invoices: (o) =>
      rest
        ? restPages('user/invoices', wire.restInvoicesSchema, to.toRestInvoice, o)
        : invoicesBy({}, o),
    domains: (o) =>
      rest
        ? restPages('user/domains', wire.restDomainsSchema, to.toRestDomain, o)
        : classicPages(
            'GetClientsDomains',
            { clientid: clientId },
            parseDomains,
            (r, ctx) => r.domains.map((row) => to.toDomain(row, ctx)),
            o
          ),
    services: (o) =>
      classicPages(
        'GetClientsProducts',
        { clientid: clientId },
        parseProducts,
        (r, ctx) => r.products.map((row) => to.toService(row, ctx)),
        o
      ),
    tickets: (o) =>
      offsetPages(
        async (offset, limit) => {
          const names = await deps.departmentNames(o?.signal);
          const params = {
            clientid: clientId,
            ignore_dept_assignments: 1,
            limitstart: offset,
            limitnum: limit
          };
          return classicPage(
            'GetTickets',
            params,
            parseTickets,
            (reply) =>
              reply.tickets.map((row) => to.toTicketSummary(row, names, deps.serverTimeZone)),
            JSON.stringify([[...names], deps.serverTimeZone]),
            offset,
            limit,
            o
          );
        },
        startOf(o),
        sizeOf(o)
      ),
    transactions: (o) =>
      singlePage(async () => {
        const ctx = await deps.context(o?.signal);
        return classicPage(
          'GetTransactions',
          { clientid: clientId },
          parseTransactions,
          (reply) => reply.transactions.map((row) => to.toTransaction(row, ctx)),
          contextOf(ctx),
          0,
          sizeOf(o),
          o
        );
      }, startOf(o)),
    credits: (o) =>
      singlePage(async () => {
        const ctx = await deps.context(o?.signal);
        return classicPage(
          'GetCredits',
          { clientid: clientId },
          (json) => wire.creditsSchema.safeParse(json),
          (reply) => reply.credits.map((row) => to.toCreditEntry(row, ctx)),
          contextOf(ctx),
          0,
          sizeOf(o),
          o
        );
      }, startOf(o)),
    departments: (o) =>
      singlePage(
        () =>
          classicPage(
            'GetSupportDepartments',
            { ignore_dept_assignments: 1 },
            (json) => wire.departmentsSchema.safeParse(json),
            (reply) => reply.departments.map(to.toDepartment),
            '',
            0,
            sizeOf(o),
            o
          ),
        startOf(o)
      )
  };
}

/** Page size helper shared with usage paging. */
export function usagePageSize(o: PageOptions | undefined, configured: number | undefined): number {
  return pageSizeOf(o?.pageSize, configured ?? DEFAULT_PAGE_SIZE, CLASSIC_MAX_PAGE);
}
