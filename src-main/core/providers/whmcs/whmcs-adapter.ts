/**
 * The WHMCS provider adapter. Classic mode speaks includes/api.php with admin API
 * credentials scoped to one client id; REST mode logs in to /api/v2 as the client and reads
 * invoices and domains there, and (when the provider allows it, like the demo provider)
 * the remaining entities through classic actions with the bearer token.
 */
import type { ZodType } from 'zod';
import type { Clock, Http, Logger } from '../../ports';
import type {
  AccountSummary,
  ProviderCapabilities,
  Ticket,
  TicketSummary
} from '../../../../src-shared/model';
import type {
  PageOptions,
  ProviderAdapter,
  ProviderEntity,
  ProviderEntityMap,
  Page,
  UsageQuery,
  UsagePage
} from '../provider';
import { AuthError, NotFoundError, UnsupportedError, ValidationError } from '../errors';
import type { WhmcsAdapterConfig } from './config';
import { createClassicClient, type ClassicAuth } from './classic-client';
import { createRestClient } from './rest-client';
import { withClientMarker } from './client-marker';
import { downloadInvoicePdf } from './invoice-pdf';
import { offsetPages, pageSizeOf, singlePage } from './paging';
import { usagePages } from './usage';
import { testConnectionOf } from './connection-test';
import * as wire from './schemas';
import * as to from './normalize';

/** The WHMCS adapter: the common interface plus login completion and marker lookups. */
export interface WhmcsAdapter extends ProviderAdapter {
  readonly kind: 'whmcs' | 'whmcs-rest';
  /** Finishes a REST login that threw SecondFactorRequiredError. */
  completeSecondFactor(challenge: string, code: string): Promise<void>;
  /** The current REST token (to keep across restarts in the SecretStore), null in classic mode. */
  sessionToken(): string | null;
  /** Finds a ticket this app opened with `marker` (searched by subject, then thread). */
  findTicketByMarker(
    subject: string,
    marker: string,
    signal?: AbortSignal
  ): Promise<TicketSummary | null>;
  getInvoicePdf(
    id: string,
    signal?: AbortSignal
  ): ReturnType<NonNullable<ProviderAdapter['getInvoicePdf']>>;
  getUsage(query: UsageQuery): AsyncIterable<UsagePage>;
}

const DEFAULT_PAGE_SIZE = 100;
const CLASSIC_MAX_PAGE = 250;
const REST_MAX_PAGE = 500;

/** Builds a WHMCS adapter over an Http port (wrap it with createResilientHttp for retries). */
export function createWhmcsAdapter(
  config: WhmcsAdapterConfig,
  deps: { readonly http: Http; readonly clock: Clock; readonly logger?: Logger }
): WhmcsAdapter {
  const { auth } = config;
  const rest = auth.mode === 'rest' ? createRestClient({ baseUrl: config.baseUrl, ...deps }) : null;
  const bridged = auth.mode === 'classic' || config.classicActionsWithBearer === true;
  const clientId = auth.clientId;
  const usageMode = config.usage ?? 'auto';
  let token: string | null = auth.mode === 'rest' ? (auth.token ?? null) : null;
  let usageProbed: boolean | null = null;
  let account: Promise<AccountSummary> | null = null;
  let departmentNames: Promise<ReadonlyMap<string, string>> | null = null;

  const classicAuth = (): ClassicAuth => {
    if (auth.mode === 'classic') return { kind: 'credentials', ...auth };
    if (token === null) throw new AuthError('Not logged in to the provider');
    return { kind: 'bearer', token };
  };
  const classicClient = createClassicClient({
    baseUrl: config.baseUrl,
    http: deps.http,
    clock: deps.clock,
    auth: classicAuth
  });

  async function login(): Promise<string> {
    if (auth.mode !== 'rest' || rest === null)
      throw new AuthError('Login applies to REST mode only');
    token = await rest.login(auth.email, auth.password);
    return token;
  }

  /** Runs `fn` with a REST session; an expired token gets one fresh login, never more. */
  async function withSession<T>(fn: (token: string) => Promise<T>): Promise<T> {
    if (auth.mode === 'classic') return fn('');
    const hadToken = token !== null;
    const current = token ?? (await login());
    try {
      return await fn(current);
    } catch (error) {
      if (!(error instanceof AuthError) || !hadToken) throw error;
      token = null;
      return fn(await login());
    }
  }

  const classic: typeof classicClient = {
    call(action, params, schema, options) {
      if (!bridged)
        throw new UnsupportedError(`${action} is not available with a WHMCS REST login`);
      return withSession(() => classicClient.call(action, params, schema, options));
    }
  };

  function today(): string {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: config.timeZone ?? 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
    }).format(new Date(deps.clock.now()));
  }

  async function context(signal?: AbortSignal): Promise<to.NormalizeContext> {
    // REST-only mode cannot read the account; XXX is ISO 4217's "no currency" code.
    const currency = bridged ? (await cachedAccount(signal)).currency : (config.currency ?? 'XXX');
    return { currency, today: today() };
  }

  function cachedAccount(signal?: AbortSignal): Promise<AccountSummary> {
    account ??= fetchAccount(signal).catch((error: unknown) => {
      account = null;
      throw error;
    });
    return account;
  }

  async function fetchAccount(signal?: AbortSignal): Promise<AccountSummary> {
    const reply = await classic.call(
      'GetClientsDetails',
      { clientid: clientId, stats: false },
      wire.clientDetailsSchema,
      { idempotent: true, signal }
    );
    return to.toAccount(reply, config.currency);
  }

  function departments(signal?: AbortSignal): Promise<ReadonlyMap<string, string>> {
    departmentNames ??= classic
      .call('GetSupportDepartments', { ignore_dept_assignments: true }, wire.departmentsSchema, {
        idempotent: true,
        signal
      })
      .then((r) => new Map(r.departments.map((d) => [d.id, d.name])))
      .catch((error: unknown) => {
        departmentNames = null;
        throw error;
      });
    return departmentNames;
  }

  const size = (o?: PageOptions): number =>
    pageSizeOf(
      o?.pageSize,
      config.pageSize ?? DEFAULT_PAGE_SIZE,
      rest ? REST_MAX_PAGE : CLASSIC_MAX_PAGE
    );
  const start = (o?: PageOptions): number => Math.max(0, Math.floor(o?.startOffset ?? 0));

  /** A classic listing paged by limitstart/limitnum. */
  function classicPages<T, R>(
    action: string,
    params: Record<string, string | number | boolean | undefined>,
    schema: ZodType<{ totalresults?: number; numreturned?: number } & R>,
    rows: (reply: R, ctx: to.NormalizeContext) => readonly T[],
    o?: PageOptions
  ): AsyncIterable<Page<T>> {
    return offsetPages(
      async (offset, limit) => {
        const ctx = await context(o?.signal);
        const reply = await classic.call(
          action,
          { ...params, limitstart: offset, limitnum: limit },
          schema,
          { idempotent: true, signal: o?.signal }
        );
        return {
          items: rows(reply, ctx),
          total: reply.totalresults ?? null,
          returned: reply.numreturned
        };
      },
      start(o),
      size(o)
    );
  }

  /** A REST /user collection paged by page/page_size (1-based pages). */
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
    const limit = size(o);
    return offsetPages(
      async (offset) => {
        const ctx = await context(o?.signal);
        const reply = await withSession((t) =>
          rest!.get(
            path,
            { page: Math.floor(offset / limit) + 1, page_size: limit },
            t,
            schema,
            o?.signal
          )
        );
        // A resume offset inside a page: skip the rows already stored.
        const rows = reply.data.slice(offset % limit);
        const total = reply.meta?.total ?? reply.meta?.pagination?.total ?? reply.total ?? null;
        return { items: rows.map((r) => map(r, ctx)), total, returned: rows.length };
      },
      start(o),
      limit
    );
  }

  const lists: {
    readonly [E in ProviderEntity]: (o?: PageOptions) => AsyncIterable<Page<ProviderEntityMap[E]>>;
  } = {
    invoices: (o) =>
      rest
        ? restPages('user/invoices', wire.restInvoicesSchema, to.toRestInvoice, o)
        : classicPages(
            'GetInvoices',
            { userid: clientId, orderby: 'id', order: 'asc' },
            wire.invoicesSchema,
            (r, ctx) => r.invoices.map((row) => to.toInvoice(row, ctx)),
            o
          ),
    domains: (o) =>
      rest
        ? restPages('user/domains', wire.restDomainsSchema, (row) => to.toRestDomain(row), o)
        : classicPages(
            'GetClientsDomains',
            { clientid: clientId },
            wire.domainsSchema,
            (r, ctx) => r.domains.map((row) => to.toDomain(row, ctx)),
            o
          ),
    services: (o) =>
      classicPages(
        'GetClientsProducts',
        { clientid: clientId },
        wire.productsSchema,
        (r, ctx) => r.products.map((row) => to.toService(row, ctx)),
        o
      ),
    tickets: (o) =>
      offsetPages(
        async (offset, limit) => {
          const names = await departments(o?.signal);
          const reply = await classic.call(
            'GetTickets',
            {
              clientid: clientId,
              ignore_dept_assignments: true,
              limitstart: offset,
              limitnum: limit
            },
            wire.ticketsSchema,
            { idempotent: true, signal: o?.signal }
          );
          return {
            items: reply.tickets.map((row) => to.toTicketSummary(row, names)),
            total: reply.totalresults ?? null,
            returned: reply.numreturned
          };
        },
        start(o),
        size(o)
      ),
    // GetTransactions, GetCredits and GetSupportDepartments are not paged by WHMCS.
    transactions: (o) =>
      singlePage(async () => {
        const ctx = await context(o?.signal);
        const reply = await classic.call(
          'GetTransactions',
          { clientid: clientId },
          wire.transactionsSchema,
          { idempotent: true, signal: o?.signal }
        );
        return reply.transactions.map((row) => to.toTransaction(row, ctx));
      }, start(o)),
    credits: (o) =>
      singlePage(async () => {
        const ctx = await context(o?.signal);
        const reply = await classic.call('GetCredits', { clientid: clientId }, wire.creditsSchema, {
          idempotent: true,
          signal: o?.signal
        });
        return reply.credits.map((c) => ({
          id: c.id,
          date: c.date,
          description: c.description,
          amount: { amountMinor: c.amount, currency: ctx.currency },
          relatedId: c.relid.trim() === '' || c.relid === '0' ? null : c.relid
        }));
      }, start(o)),
    departments: (o) =>
      singlePage(async () => {
        const reply = await classic.call(
          'GetSupportDepartments',
          { ignore_dept_assignments: true },
          wire.departmentsSchema,
          { idempotent: true, signal: o?.signal }
        );
        return reply.departments.map(to.toDepartment);
      }, start(o))
  };

  async function getTicket(id: string, signal?: AbortSignal): Promise<Ticket> {
    const reply = await classic.call(
      'GetTicket',
      { ticketid: id, repliessort: 'ASC' },
      wire.ticketDetailSchema,
      { idempotent: true, signal }
    );
    // The admin API sees every client's tickets: never hand out another client's thread.
    if (clientId !== undefined && reply.userid !== '' && reply.userid !== clientId)
      throw new NotFoundError(`Ticket ${id} Not Found`);
    return to.toTicket(reply);
  }

  function capabilities(): ProviderCapabilities {
    const usage =
      bridged && (usageMode === 'enabled' || (usageMode === 'auto' && usageProbed === true));
    return {
      account: bridged,
      invoices: true,
      invoicePdf: bridged,
      credit: bridged,
      transactions: bridged,
      domains: true,
      domainRenew: false,
      services: bridged,
      tickets: bridged,
      ticketAttachments: false,
      usageSnapshots: usage,
      multiAccount: false
    };
  }

  const adapter: WhmcsAdapter = {
    kind: auth.mode === 'classic' ? 'whmcs' : 'whmcs-rest',
    capabilities,
    testConnection: () =>
      testConnectionOf({
        verify: async () => {
          if (rest) await withSession(async () => undefined);
          if (bridged) {
            account = null;
            await cachedAccount();
          } else {
            for await (const page of lists.invoices({ pageSize: 1 })) return void page;
          }
        },
        probeUsage: bridged && usageMode === 'auto' ? probeUsage : null,
        capabilities
      }),
    getAccount: (signal) => {
      account = null;
      return cachedAccount(signal);
    },
    pages: (entity, options) => lists[entity](options),
    listInvoices: (o) => lists.invoices(o),
    listDomains: (o) => lists.domains(o),
    listServices: (o) => lists.services(o),
    listTickets: (o) => lists.tickets(o),
    listTransactions: (o) => lists.transactions(o),
    listDepartments: (o) => lists.departments(o),
    listCredits: (o) => lists.credits(o),

    async getInvoice(id, signal) {
      const ctx = await context(signal);
      const reply = await classic.call('GetInvoice', { invoiceid: id }, wire.invoiceDetailSchema, {
        idempotent: true,
        signal
      });
      if (clientId !== undefined && reply.userid !== '' && reply.userid !== clientId)
        throw new NotFoundError(`Invoice ID Not Found`);
      return to.toInvoiceDetail(reply, ctx);
    },

    getTicket,

    async openTicket(input) {
      if (input.subject.trim() === '' || input.message.trim() === '')
        throw new ValidationError('Subject and message are required');
      const priority = input.priority
        ? input.priority[0]!.toUpperCase() + input.priority.slice(1)
        : undefined;
      const reply = await classic.call(
        'OpenTicket',
        {
          deptid: input.departmentId,
          subject: input.subject,
          message: withClientMarker(input.message, input.clientMarker),
          clientid: clientId,
          priority
        },
        wire.openTicketSchema,
        { idempotent: false }
      );
      return { id: reply.id, publicId: reply.tid === '' ? reply.id : reply.tid };
    },

    async replyToTicket(ticketId, input) {
      if (input.message.trim() === '') throw new ValidationError('Message is required');
      await classic.call(
        'AddTicketReply',
        {
          ticketid: ticketId,
          message: withClientMarker(input.message, input.clientMarker),
          clientid: clientId
        },
        wire.successOnlySchema,
        { idempotent: false }
      );
    },

    async findReplyByMarker(ticketId, marker, signal) {
      const ticket = await getTicket(ticketId, signal);
      return (
        ticket.messages.find((m) => m.author.kind === 'customer' && m.clientMarker === marker) ??
        null
      );
    },

    async findTicketByMarker(subject, marker, signal) {
      const reply = await classic.call(
        'GetTickets',
        { clientid: clientId, subject, ignore_dept_assignments: true, limitnum: 25 },
        wire.ticketsSchema,
        { idempotent: true, signal }
      );
      for (const row of reply.tickets) {
        const ticket = await getTicket(row.id, signal);
        if (ticket.messages[0]?.clientMarker === marker)
          return to.toTicketSummary(row, await departments(signal));
      }
      return null;
    },

    getInvoicePdf(id, signal) {
      if (!bridged)
        return Promise.reject(
          new UnsupportedError('Invoice PDFs need classic API access to the provider')
        );
      return withSession(() =>
        downloadInvoicePdf(
          { baseUrl: config.baseUrl, http: deps.http, clock: deps.clock, classic: classicClient },
          clientId,
          id,
          signal
        )
      );
    },

    getUsage: (query) => usage(query),

    async completeSecondFactor(challenge, code) {
      if (rest === null) throw new AuthError('Second factors apply to REST logins only');
      token = await rest.completeSecondFactor(challenge, code);
    },

    sessionToken: () => token
  };

  async function* usage(query: UsageQuery): AsyncGenerator<UsagePage> {
    if (!bridged || usageMode === 'disabled')
      throw new UnsupportedError('Usage data is not available from this provider');
    try {
      for await (const page of usagePages(
        classic,
        { ...query, clientId },
        start(query),
        size(query)
      )) {
        usageProbed = true;
        yield page;
      }
    } catch (error) {
      if (error instanceof UnsupportedError) usageProbed = false;
      throw error;
    }
  }

  async function probeUsage(): Promise<void> {
    const hour = Math.floor(deps.clock.now() / 3_600_000) * 3_600_000;
    const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
    try {
      for await (const page of usage({ from: iso(hour - 3_600_000), to: iso(hour), pageSize: 1 }))
        return void page;
    } catch (error) {
      // Only "Command Not Found" decides the capability; other failures leave it unknown.
      if (!(error instanceof UnsupportedError))
        deps.logger?.log('warn', 'usage probe failed', { error: String(error) });
    }
  }

  return adapter;
}
