/**
 * The provider adapter interface, in the normalized model, as narrow parts: the reader (what
 * sync, connect and the read-side handlers call), the domain actions (renew and auto-renew)
 * and the ticket actions (what the ticket outbox calls; none for a provider without tickets).
 * Paging is hidden behind async iterables of pages so the sync engine can write each page in
 * one transaction together with `nextOffset` and resume from it later.
 */
import type { ConnectionFailureReason } from '@shared/contract';
import type {
  AccountSummary,
  CreditEntry,
  Department,
  Domain,
  Invoice,
  InvoiceDetail,
  ProviderCapabilities,
  Service,
  Ticket,
  TicketMessage,
  TicketSummary,
  Transaction,
  UsageWindow
} from '@shared/model';

/** Entities that can be listed page by page, with the model type of their items. */
export interface ProviderEntityMap {
  readonly invoices: Invoice;
  readonly domains: Domain;
  readonly services: Service;
  readonly tickets: TicketSummary;
  readonly transactions: Transaction;
  readonly departments: Department;
  readonly credits: CreditEntry;
}

export type ProviderEntity = keyof ProviderEntityMap;

/** One page of a listing. `nextOffset` is null after the last page; `total` is null when unknown. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly offset: number;
  readonly nextOffset: number | null;
  readonly total: number | null;
  /** A fingerprint of the raw reply this page was read from (listings that can give one). */
  readonly hash?: string;
  /**
   * Set when the reply was byte-identical to a page the cache already holds (`knownPages`):
   * `items` is then empty and was not read; these are the ids that page lists.
   */
  readonly known?: KnownPage;
  /** With `known`: the page was not asked for at all (`KnownPages.skippable`). */
  readonly skipped?: true;
}

/** What the cache remembers of one listing page it stored: its ids and where the next starts. */
export interface KnownPage {
  /** The ids the page lists, in order (a store may read them only when asked). */
  readonly ids: readonly string[];
  /** How many rows the page lists. */
  readonly count: number;
  readonly nextOffset: number | null;
  readonly total: number | null;
}

/** Pages already stored, by offset, page size and raw-reply fingerprint. */
export interface KnownPages {
  lookup(offset: number, pageSize: number, hash: string): KnownPage | null;
  /**
   * A stored page the caller does not need asked for again now, read under `context` (what
   * the page's reading depends on besides its reply, as in `lookup`'s hash), or null. The
   * listing yields it as known and skipped, without a request.
   */
  skippable?(offset: number, pageSize: number, context: string): KnownPage | null;
}

/** Where to start and how big pages should be (the adapter may cap or ignore pageSize). */
export interface PageOptions {
  readonly startOffset?: number;
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
  /** Pages the caller already stored: an identical reply is not read again (see Page.known). */
  readonly knownPages?: KnownPages;
}

/** One page of usage: the window's metadata with this page's share of the intervals. */
export interface UsagePage {
  readonly window: UsageWindow;
  readonly offset: number;
  readonly nextOffset: number | null;
  readonly total: number | null;
}

/** Range of usage to fetch: whole UTC hours, `to` exclusive. */
export interface UsageQuery extends PageOptions {
  readonly from: string;
  readonly to: string;
}

/** Why a connection test failed: the contract's reasons, declared once. */
export type { ConnectionFailureReason };

/** Outcome of testConnection; a failure never throws. */
export type ConnectionTestResult =
  | { readonly ok: true; readonly capabilities: ProviderCapabilities }
  | {
      readonly ok: false;
      readonly reason: ConnectionFailureReason;
      readonly message: string;
      /** Set when reason is 'second-factor': pass it to completeSecondFactor. */
      readonly challenge?: string;
    };

/** A file attached to a ticket message. */
export interface TicketFile {
  readonly name: string;
  /** The file's bytes, base64-encoded. */
  readonly dataBase64: string;
}

/** Input to open a ticket. `clientMarker` lets the outbox find it again after an ambiguous failure. */
export interface OpenTicketInput {
  readonly departmentId: string;
  readonly subject: string;
  /** Markdown, as the provider renders it. */
  readonly message: string;
  readonly priority?: 'low' | 'medium' | 'high';
  readonly relatedServiceId?: string;
  readonly relatedDomainId?: string;
  readonly attachments?: readonly TicketFile[];
  readonly clientMarker?: string;
}

/** Input to reply to a ticket. */
export interface ReplyInput {
  /** Markdown, as the provider renders it. */
  readonly message: string;
  readonly attachments?: readonly TicketFile[];
  readonly clientMarker?: string;
}

/** A downloaded invoice PDF. */
export interface InvoicePdf {
  readonly bytes: Uint8Array;
  readonly filename: string;
}

/** Where a one-time client-area login lands. */
export type ClientAreaTarget =
  | { readonly kind: 'invoice-payment'; readonly invoiceId: string }
  | { readonly kind: 'service-control-panel'; readonly serviceId: string };

/**
 * What sync, connect and the read-side handlers call: reads only, never a write at the
 * provider. Methods throw the typed errors of ./errors.
 */
export interface ProviderReader {
  /** What this connection can serve right now (may change after testConnection probes). */
  capabilities(): ProviderCapabilities;
  /** Checks credentials and reachability; never throws for expected failures. */
  testConnection(): Promise<ConnectionTestResult>;
  getAccount(signal?: AbortSignal): Promise<AccountSummary>;
  /** Pages of any listable entity, starting at `startOffset` (a previously stored nextOffset). */
  pages<E extends ProviderEntity>(
    entity: E,
    options?: PageOptions
  ): AsyncIterable<Page<ProviderEntityMap[E]>>;
  /**
   * Pages of the invoices that may still change (not paid, cancelled or refunded), in as many
   * listings as the provider needs, each from its start. An incremental sync reads these
   * instead of asking again for the pages of settled invoices (see SETTLED_RECHECK_MS).
   */
  openInvoices?(options?: Pick<PageOptions, 'pageSize' | 'signal'>): AsyncIterable<Page<Invoice>>;
  getInvoice(id: string, signal?: AbortSignal): Promise<InvoiceDetail>;
  getTicket(id: string, signal?: AbortSignal): Promise<Ticket>;
  getInvoicePdf?(id: string, signal?: AbortSignal): Promise<InvoicePdf>;
  /** A one-time single sign-on link into the provider's client area (valid about a minute). */
  clientAreaLink?(target: ClientAreaTarget, signal?: AbortSignal): Promise<string>;
  getUsage?(query: UsageQuery): AsyncIterable<UsagePage>;
}

/**
 * What the ticket outbox calls: the ticket writes, and the marker lookups that let the outbox
 * send each write exactly once. Methods throw the typed errors of ./errors.
 */
export interface TicketActions {
  /** Opens a ticket; returns its internal id and public number. */
  openTicket(input: OpenTicketInput): Promise<{ readonly id: string; readonly publicId: string }>;
  /** Posts a reply as the customer (it reopens a closed ticket). Not idempotent: never retried automatically. */
  replyToTicket(ticketId: string, input: ReplyInput): Promise<void>;
  /** Closes a ticket; closing a closed ticket is harmless. */
  closeTicket(ticketId: string): Promise<void>;
  /** Finds a ticket this app opened with `marker` (among recent tickets with that subject), or null. */
  findTicketByMarker(
    subject: string,
    marker: string,
    signal?: AbortSignal
  ): Promise<TicketSummary | null>;
  /** Re-reads the thread and returns the message carrying `marker`, or null. */
  findReplyByMarker(
    ticketId: string,
    marker: string,
    signal?: AbortSignal
  ): Promise<TicketMessage | null>;
}

/** What the domain renew and auto-renew call, each only where the capabilities say so. */
export interface DomainActions {
  /** Renews a domain for one year (providers whose capabilities say domainRenew). */
  renewDomain?(domainId: string): Promise<void>;
  /** Turns a domain's auto-renew on or off (providers whose capabilities say domainAutoRenewToggle). */
  setDomainAutoRenew?(domainName: string, willRenew: boolean, signal?: AbortSignal): Promise<void>;
}

/** A hosting provider, normalized: its reader, its domain actions and its ticket actions. */
export interface ProviderAdapter extends ProviderReader, DomainActions {
  /** The ticket writes, or null when the provider has no tickets (capabilities say tickets: false). */
  ticketActions(): TicketActions | null;
}
