/**
 * The WHMCS provider adapter. Classic mode speaks includes/api.php with admin API
 * credentials scoped to one client id; REST mode logs in to /api/v2 as the client and reads
 * invoices and domains there, and (when the provider allows it, like the demo provider)
 * the remaining entities through classic actions with the bearer token.
 */
import { z } from 'zod';
import type { Clock, Http, Logger } from '../../ports';
import { HOUR_MS, localDate } from '../../time';
import type { AccountSummary, ProviderCapabilities, Ticket } from '@shared/model';
import type {
  InvoicePdf,
  ProviderAdapter,
  TicketActions,
  TicketFile,
  UsagePage,
  UsageQuery
} from '../provider';
import { NotFoundError, ProtocolError, UnsupportedError, ValidationError } from '../errors';
import type { WhmcsAdapterConfig } from './config';
import { createClientAreaLink } from './client-area-sso';
import { withClientMarker } from './client-marker';
import { testConnectionOf } from './connection-test';
import { downloadInvoicePdf } from './invoice-pdf';
import { createListings, startOf, usagePageSize, type EntityListings } from './listings';
import { createWhmcsSession } from './auth-session';
import { parseTicketDetail } from './ticket-detail-reply';
import { parseInvoiceDetail } from './fast-replies';
import { usagePages } from './usage';
import { describeIssues } from './wire';
import * as wire from './schemas';
import * as to from './normalize';

/** A reply the caller reads itself (the client still refuses non-objects and WHMCS errors). */
const anyReply = z.unknown();

/** A failure someone else reports. */
function ignoreFailure(): void {}

/** The WHMCS adapter: the common interface plus login completion and marker lookups. */
export interface WhmcsAdapter extends ProviderAdapter, TicketActions {
  /** WHMCS has tickets: the adapter itself. */
  ticketActions(): TicketActions;
  /** Finishes a REST login that threw SecondFactorRequiredError. */
  completeSecondFactor(challenge: string, code: string): Promise<void>;
  /** The current REST token (to keep across restarts in the SecretStore), null in classic mode. */
  sessionToken(): string | null;
  getInvoicePdf(id: string, signal?: AbortSignal): Promise<InvoicePdf>;
  getUsage(query: UsageQuery): AsyncIterable<UsagePage>;
}

/** WHMCS's `attachments` parameter: base64 of a JSON array of {name, data (base64)}. */
function attachmentsParam(files: readonly TicketFile[] | undefined): string | undefined {
  if (!files || files.length === 0) return undefined;
  const list = files.map((f) => ({ name: f.name, data: f.dataBase64 }));
  return Buffer.from(JSON.stringify(list), 'utf8').toString('base64');
}

/** Builds a WHMCS adapter over an Http port (wrap it with createResilientHttp for retries). */
export function createWhmcsAdapter(
  config: WhmcsAdapterConfig,
  deps: { readonly http: Http; readonly clock: Clock; readonly logger?: Logger }
): WhmcsAdapter {
  const session = createWhmcsSession(config, deps);
  const { classic, clientId, bridged } = session;
  const usageMode = config.usage ?? 'auto';
  const serverTimeZone = config.serverTimeZone ?? 'UTC';
  const read = (signal?: AbortSignal) => ({ idempotent: true, signal });
  let usageSeen: boolean | null = null;
  let account: Promise<AccountSummary> | null = null;
  let departmentNames: Promise<ReadonlyMap<string, string>> | null = null;

  /** Shares one in-flight request; a failure is not cached. */
  function once<T>(
    get: () => Promise<T> | null,
    set: (p: Promise<T> | null) => void,
    load: () => Promise<T>
  ): Promise<T> {
    const existing = get();
    if (existing) return existing;
    const fresh = load().catch((error: unknown) => {
      set(null);
      throw error;
    });
    set(fresh);
    return fresh;
  }

  /** The account as read, while the read it came from is still the current one. */
  let accountRead: {
    readonly of: Promise<AccountSummary>;
    readonly summary: AccountSummary;
  } | null = null;
  const remember = (read: Promise<AccountSummary>): void => {
    read.then((summary) => (accountRead = { of: read, summary }), ignoreFailure);
  };

  const cachedAccount = (signal?: AbortSignal): Promise<AccountSummary> =>
    once(
      () => account,
      (p) => {
        account = p;
        if (p) remember(p);
      },
      async () => {
        const params = { clientid: clientId };
        const reply = await classic.call(
          'GetClientsDetails',
          params,
          wire.clientDetailsSchema,
          read(signal)
        );
        return to.toAccount(reply, config.currency);
      }
    );

  const departments = (signal?: AbortSignal): Promise<ReadonlyMap<string, string>> =>
    once(
      () => departmentNames,
      (p) => (departmentNames = p),
      async () => {
        const params = { ignore_dept_assignments: 1 };
        const reply = await classic.call(
          'GetSupportDepartments',
          params,
          wire.departmentsSchema,
          read(signal)
        );
        return new Map(reply.departments.map((d) => [d.id, d.name]));
      }
    );

  // Asked once per invoice read; a zone's offsets are whole seconds, so its date is the
  // same for every instant of one UTC second.
  let todayOf: { readonly second: number; readonly date: string } | null = null;
  function today(): string {
    const now = deps.clock.now();
    const second = Math.floor(now / 1000);
    if (todayOf?.second !== second)
      todayOf = { second, date: localDate(now, config.timeZone ?? 'UTC') };
    return todayOf.date;
  }

  /**
   * What normalizing needs; at once when the account is known (a sync asks once per invoice
   * detail, and each wait on the way costs it CPU).
   */
  function context(signal?: AbortSignal): to.NormalizeContext | Promise<to.NormalizeContext> {
    // REST-only mode cannot read the account; XXX is ISO 4217's "no currency" code.
    if (!bridged) return { currency: config.currency ?? 'XXX', today: today(), serverTimeZone };
    if (account !== null && accountRead?.of === account)
      return { currency: accountRead.summary.currency, today: today(), serverTimeZone };
    return cachedAccount(signal).then((summary) => ({
      currency: summary.currency,
      today: today(),
      serverTimeZone
    }));
  }

  const lists = createListings(session, {
    pageSize: config.pageSize,
    serverTimeZone,
    context,
    departmentNames: departments
  });

  async function getTicket(id: string, signal?: AbortSignal): Promise<Ticket> {
    // Read here, not by the client's schema: parseTicketDetail is the schema without zod's
    // cost for a reply of the usual shape (a full sync reads one per ticket).
    const json = await classic.call(
      'GetTicket',
      { ticketid: id, repliessort: 'ASC' },
      anyReply,
      read(signal)
    );
    const parsed = parseTicketDetail(json);
    if (!parsed.success)
      throw new ProtocolError(`Unexpected WHMCS GetTicket reply: ${describeIssues(parsed.error)}`);
    const reply = parsed.data;
    // The admin API sees every client's tickets: never hand out another client's thread.
    if (!ownedByClient(reply.userid)) throw new NotFoundError(`Ticket ${id} Not Found`);
    return to.toTicket(reply, serverTimeZone);
  }

  function ownedByClient(userid: string): boolean {
    return clientId === undefined || userid === '' || userid === clientId;
  }

  function capabilities(): ProviderCapabilities {
    const usage =
      bridged && (usageMode === 'enabled' || (usageMode === 'auto' && usageSeen === true));
    return {
      account: bridged,
      invoices: true,
      invoicePdf: bridged,
      credit: bridged,
      transactions: bridged,
      domains: true,
      domainRenew: bridged && config.domainRenewAction === true,
      domainRenewalPage: true,
      domainAutoRenewToggle: false,
      services: bridged,
      tickets: bridged,
      ticketAttachments: false,
      usageSnapshots: usage,
      usageRecording: false,
      multiAccount: false
    };
  }

  async function* usage(query: UsageQuery): AsyncGenerator<UsagePage> {
    if (!bridged || usageMode === 'disabled')
      throw new UnsupportedError('Usage data is not available from this provider');
    try {
      for await (const page of usagePages(
        classic,
        { ...query, clientId },
        startOf(query),
        usagePageSize(query, config.pageSize)
      )) {
        usageSeen = true;
        yield page;
      }
    } catch (error) {
      if (error instanceof UnsupportedError) usageSeen = false;
      throw error;
    }
  }

  /** Asks for the last full hour; only "Command Not Found" decides the capability. */
  async function probeUsage(): Promise<void> {
    const hour = Math.floor(deps.clock.now() / HOUR_MS) * HOUR_MS;
    const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
    try {
      for await (const page of usage({ from: iso(hour - HOUR_MS), to: iso(hour), pageSize: 1 }))
        return void page;
    } catch (error) {
      if (!(error instanceof UnsupportedError))
        deps.logger?.log('warn', 'usage probe failed', { error: String(error) });
    }
  }

  async function verifyConnection(): Promise<void> {
    await session.ensureLoggedIn();
    if (bridged) {
      account = null;
      await cachedAccount();
      return;
    }
    for await (const page of lists.invoices({ pageSize: 1 })) return void page;
  }

  const adapter: WhmcsAdapter = {
    ticketActions: () => adapter,
    capabilities,
    testConnection: () =>
      testConnectionOf({
        verify: verifyConnection,
        probeUsage: bridged && usageMode === 'auto' ? probeUsage : null,
        capabilities
      }),
    getAccount: (signal) => {
      account = null;
      return cachedAccount(signal);
    },
    pages: (entity, options) => (lists as EntityListings)[entity](options),
    ...(lists.openInvoices ? { openInvoices: lists.openInvoices } : {}),

    async getInvoice(id, signal) {
      const known = context(signal);
      const ctx = known instanceof Promise ? await known : known;
      // Read here, not by the client's schema: parseInvoiceDetail is the schema without zod's
      // cost for a reply of the usual shape (a full sync reads one per invoice).
      const json = await classic.call('GetInvoice', { invoiceid: id }, anyReply, read(signal));
      const parsed = parseInvoiceDetail(json);
      if (!parsed.success)
        throw new ProtocolError(
          `Unexpected WHMCS GetInvoice reply: ${describeIssues(parsed.error)}`
        );
      const reply = parsed.data;
      if (!ownedByClient(reply.userid)) throw new NotFoundError('Invoice ID Not Found');
      return to.toInvoiceDetail(reply, ctx);
    },

    getTicket,

    async openTicket(input) {
      if (input.subject.trim() === '' || input.message.trim() === '') {
        throw new ValidationError('Subject and message are required');
      }
      const priority =
        input.priority && input.priority.charAt(0).toUpperCase() + input.priority.slice(1);
      const message = withClientMarker(input.message, input.clientMarker);
      const params = {
        deptid: input.departmentId,
        subject: input.subject,
        message,
        clientid: clientId,
        priority,
        serviceid: input.relatedServiceId,
        domainid: input.relatedDomainId,
        markdown: true,
        attachments: attachmentsParam(input.attachments)
      };
      const reply = await classic.call('OpenTicket', params, wire.openTicketSchema, {
        idempotent: false
      });
      return { id: reply.id, publicId: reply.tid === '' ? reply.id : reply.tid };
    },

    async replyToTicket(ticketId, input) {
      if (input.message.trim() === '') throw new ValidationError('Message is required');
      const message = withClientMarker(input.message, input.clientMarker);
      const params = {
        ticketid: ticketId,
        message,
        clientid: clientId,
        markdown: true,
        attachments: attachmentsParam(input.attachments)
      };
      await classic.call('AddTicketReply', params, wire.successOnlySchema, { idempotent: false });
    },

    async closeTicket(ticketId) {
      // Closing twice leaves the ticket closed, so a retry is safe.
      await classic.call(
        'UpdateTicket',
        { ticketid: ticketId, status: 'Closed' },
        wire.successOnlySchema,
        { idempotent: true }
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
      const params = { clientid: clientId, subject, ignore_dept_assignments: 1, limitnum: 25 };
      const reply = await classic.call('GetTickets', params, wire.ticketsSchema, read(signal));
      for (const row of reply.tickets) {
        const ticket = await getTicket(row.id, signal);
        if (ticket.messages[0]?.clientMarker === marker)
          return to.toTicketSummary(row, await departments(signal), serverTimeZone);
      }
      return null;
    },

    async getInvoicePdf(id, signal) {
      if (!bridged)
        throw new UnsupportedError('Invoice PDFs need classic API access to the provider');
      return downloadInvoicePdf(
        { baseUrl: config.baseUrl, http: deps.http, clock: deps.clock, classic },
        clientId,
        id,
        signal
      );
    },

    async clientAreaLink(target, signal) {
      if (!bridged)
        throw new UnsupportedError('Client-area links need classic API access to the provider');
      return createClientAreaLink({ baseUrl: config.baseUrl, classic }, clientId, target, signal);
    },

    getUsage: (query) => usage(query),
    async renewDomain(domainId) {
      if (!(bridged && config.domainRenewAction === true)) {
        throw new UnsupportedError('This provider renews domains through its own website.');
      }
      // Not idempotent: a retried renewal would add a second year.
      await classic.call(
        'DomainRenew',
        { domainid: domainId, regperiod: 1 },
        wire.successOnlySchema,
        { idempotent: false }
      );
    },
    completeSecondFactor: (challenge, code) => session.completeSecondFactor(challenge, code),
    sessionToken: () => session.token()
  };
  return adapter;
}
