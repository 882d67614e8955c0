/**
 * The entity table: per synced entity, its model schema, the cache scope a change of it
 * touches, the provider capabilities it needs, the columns the cache indexes next to the JSON
 * and, for the exportable ones, the export's order and columns. The sync's entity list and its
 * scopes and support, the cache's list tables and their columns, and the export's entities
 * and columns all derive from here (the names and their order: src-shared/contract/sync-entities.ts).
 */
import type { SQLInputValue } from 'node:sqlite';
import type { z } from 'zod';
import type { CacheScope } from '@shared/contract/cache-scopes';
import type { SyncEntity } from '@shared/contract/sync-entities';
import {
  accountSummarySchema,
  creditEntrySchema,
  departmentSchema,
  domainSchema,
  invoiceDetailSchema,
  invoiceSchema,
  serviceSchema,
  ticketSummarySchema,
  transactionSchema,
  usageWindowSchema,
  type ProviderCapabilities
} from '@shared/model';
import { moneyToDecimalString, type Money } from '@shared/money';
import type { CsvCell } from '../export/csv';
import type { ProviderEntity } from '../providers/provider';

/** What every synced entity declares. */
export interface EntitySpec {
  /** The model its items are (the one declaration, in src-shared/model). */
  readonly model: z.ZodType;
  /** The cache scope a sync that changed it announces. */
  readonly scope: CacheScope;
  /** The provider capabilities it needs, all of them: without one the sync skips it. */
  readonly capabilities: readonly (keyof ProviderCapabilities)[];
}

/** One export column: its CSV header and the cell of an item. */
export type ExportColumn<T> = readonly [header: string, cell: (item: T) => CsvCell];

/** How an entity is exported: the cache's order (an SQL ORDER BY) and the CSV's columns. */
export interface ExportSpec<T> {
  readonly orderBy: string;
  readonly columns: readonly ExportColumn<T>[];
}

/** An entity listed page by page into its own cache table (id, indexed columns, json, run_id). */
export interface ListSpec<T> extends EntitySpec {
  readonly model: z.ZodType<T>;
  /** The columns the cache keeps next to the JSON, for filtering and sorting in SQL. */
  readonly columns: (item: T) => Record<string, SQLInputValue>;
  readonly export?: ExportSpec<T>;
}

const list = <T>(spec: ListSpec<T>): ListSpec<T> => spec;
const exported = <T>(
  spec: ListSpec<T> & { readonly export: ExportSpec<T> }
): ListSpec<T> & { readonly export: ExportSpec<T> } => spec;

/** Money as a plain decimal in its currency's digits in exports ("1234.50", JPY "1234"). */
const decimal = (m: Money | null): CsvCell => (m ? moneyToDecimalString(m) : null);

/** The listed entities, each in its cache table; exports list them in this order. */
export const LIST_ENTITIES = {
  invoices: exported({
    model: invoiceSchema,
    scope: 'invoices',
    capabilities: ['invoices'],
    columns: (i) => ({
      number: i.number,
      issued_on: i.issuedOn,
      due_on: i.dueOn,
      status: i.status,
      total_minor: i.total.amountMinor,
      currency: i.total.currency,
      // The list's balance (REST); the invoice details step fills it in where the list has none.
      balance_minor: i.balance?.amountMinor ?? null
    }),
    export: {
      orderBy: 'issued_on DESC, id DESC',
      columns: [
        ['id', (i) => i.id],
        ['number', (i) => i.number],
        ['issued_on', (i) => i.issuedOn],
        ['due_on', (i) => i.dueOn],
        ['status', (i) => i.status],
        ['overdue', (i) => i.isOverdue],
        ['currency', (i) => i.total.currency],
        ['subtotal', (i) => decimal(i.subtotal)],
        ['tax', (i) => decimal(i.tax)],
        ['total', (i) => decimal(i.total)],
        ['balance', (i) => decimal(i.balance)],
        ['paid_at', (i) => i.paidAt]
      ]
    }
  }),
  transactions: list({
    model: transactionSchema,
    scope: 'invoices',
    capabilities: ['transactions'],
    columns: (t) => ({ date: t.date, invoice_id: t.invoiceId })
  }),
  domains: exported({
    model: domainSchema,
    scope: 'domains',
    capabilities: ['domains'],
    columns: (d) => ({
      name: d.name,
      status: d.status,
      expires_on: d.expiresOn,
      next_due_on: d.nextDueOn,
      auto_renew: d.autoRenew === null ? null : d.autoRenew ? 1 : 0
    }),
    export: {
      orderBy: 'expires_on IS NULL, expires_on, name',
      columns: [
        ['id', (d) => d.id],
        ['name', (d) => d.name],
        ['status', (d) => d.status],
        ['expires_on', (d) => d.expiresOn],
        ['next_due_on', (d) => d.nextDueOn],
        ['auto_renew', (d) => d.autoRenew],
        ['registrar', (d) => d.registrar],
        ['renewal_price', (d) => decimal(d.recurringAmount)],
        ['currency', (d) => d.recurringAmount?.currency ?? null]
      ]
    }
  }),
  services: list({
    model: serviceSchema,
    scope: 'services',
    capabilities: ['services'],
    columns: (s) => ({ name: s.name, status: s.status })
  }),
  departments: list({
    model: departmentSchema,
    scope: 'tickets',
    capabilities: ['tickets'],
    columns: (d) => ({ name: d.name })
  }),
  tickets: exported({
    model: ticketSummarySchema,
    scope: 'tickets',
    capabilities: ['tickets'],
    columns: (t) => ({
      public_id: t.publicId,
      subject: t.subject,
      status: t.status,
      department_id: t.departmentId,
      opened_at: t.openedAt,
      last_reply_at: t.lastReplyAt
    }),
    export: {
      orderBy: 'last_reply_at DESC, id DESC',
      columns: [
        ['id', (t) => t.id],
        ['number', (t) => t.publicId],
        ['subject', (t) => t.subject],
        ['department', (t) => t.departmentName ?? t.departmentId],
        ['status', (t) => t.status],
        ['priority', (t) => t.priority],
        ['opened_at', (t) => t.openedAt],
        ['last_reply_at', (t) => t.lastReplyAt]
      ]
    }
  }),
  credits: list({
    model: creditEntrySchema,
    scope: 'invoices',
    capabilities: ['credit'],
    columns: (c) => ({ date: c.date, amount_minor: c.amount.amountMinor })
  })
} as const;

export type ListEntity = keyof typeof LIST_ENTITIES;

/** The model type of each listed entity's items. */
export type ListEntityMap = {
  readonly [E in ListEntity]: z.output<(typeof LIST_ENTITIES)[E]['model']>;
};

/** Every synced entity: the listed ones and the steps with their own storage. */
export const ENTITY_TABLE: { readonly [E in SyncEntity]: EntitySpec } = {
  account: { model: accountSummarySchema, scope: 'account', capabilities: ['account'] },
  ...LIST_ENTITIES,
  // The adapter must also be able to read usage (sync-engine checks getUsage).
  usage: { model: usageWindowSchema, scope: 'usage', capabilities: ['usageSnapshots'] },
  // GetInvoice is a classic action like GetTransactions, whose payments it carries.
  'invoice-details': {
    model: invoiceDetailSchema,
    scope: 'invoices',
    capabilities: ['invoices', 'transactions']
  }
};

/** The listed entities that export, in LIST_ENTITIES' order. */
export type Exportable = {
  readonly [E in ListEntity]: (typeof LIST_ENTITIES)[E] extends { readonly export: object }
    ? E
    : never;
}[ListEntity];

/** Whether the provider's capabilities cover everything `entity` needs. */
export function entitySupported(entity: SyncEntity, capabilities: ProviderCapabilities): boolean {
  return ENTITY_TABLE[entity].capabilities.every((capability) => capabilities[capability]);
}

// Compile-time checks: every listed entity is one the sync reads and one a provider pages.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listedAreSynced: ListEntity extends SyncEntity ? true : false = true;
const listedArePaged: Same<ListEntity, ProviderEntity> = true;
void listedAreSynced;
void listedArePaged;
