/**
 * Domains and alerts: every domain with its expiry and alert state, the alert centre,
 * snooze / acknowledge, and renewal.
 */
import { z } from 'zod';
import { moneyViewSchema } from '../model/common';
import { domainSchema, LAPSED_DOMAIN_STATUSES } from '../model/domain';
import { targetSchema } from '../model/target';
import { alertTextSchema } from './alert-text';
import { defineEvent, defineInvoke } from './define';

/** The kinds of a domain alert: a threshold crossed, or the lapsed status it is in. */
const domainAlertKindSchema = z.enum(['threshold', ...LAPSED_DOMAIN_STATUSES]);

/** The model's domain fields the views carry, declared once in src-shared/model/domain.ts. */
const domain = domainSchema.unwrap().shape;

export const domainViewSchema = z.object({
  id: domain.id,
  name: domain.name,
  status: domain.status,
  expiresOn: domain.expiresOn,
  nextDueOn: domain.nextDueOn,
  /** Whole local days until expiry in the reseller's zone (negative once expired). */
  daysLeft: z.number().int().nullable(),
  autoRenew: domain.autoRenew,
  renewalPrice: moneyViewSchema.nullable(),
  registrar: domain.registrar,
  /** The open alert of this domain, if any. */
  /**
   * The domain's current alert, if any (open, snoozed or acknowledged: check the flags;
   * only `!snoozed && !acknowledged` counts as open).
   */
  alert: z
    .object({
      key: z.string(),
      kind: domainAlertKindSchema,
      /** The threshold crossed, in days; null for post-expiry kinds. */
      threshold: z.number().int().nullable(),
      severity: z.enum(['info', 'warning', 'critical']),
      /** What the alert says, as a code and values (the screen writes the words). */
      text: alertTextSchema,
      /** The same in English, for logs and scripts. */
      message: z.string(),
      snoozed: z.boolean(),
      acknowledged: z.boolean()
    })
    .nullable()
});
export type DomainView = z.output<typeof domainViewSchema>;

export const alertViewSchema = z.object({
  key: z.string(),
  category: z.enum(['domain', 'ticket', 'invoice']),
  severity: z.enum(['info', 'warning', 'critical']),
  /** What the alert says, as a code and values: the screens write it in the chosen language. */
  text: alertTextSchema,
  /** `text`'s title and sentence in English, for logs and scripts; screens use `text`. */
  title: z.string(),
  body: z.string(),
  /** What the alert opens: the domain, invoice or ticket (the account for low credit). */
  target: targetSchema,
  /**
   * What the alert is about as the reseller names it (the domain name, the invoice number,
   * the ticket's subject), so actions can name their object; null for the account itself
   * (low credit).
   */
  subject: z.string().nullable(),
  /** Domain alerts: the domain id (snooze and acknowledge act per domain). */
  domainId: z.string().nullable(),
  snoozed: z.boolean(),
  /** ISO instant the alert first appeared. */
  raisedAt: z.string(),
  /** Domain alerts: whole local days until expiry (negative once past); null otherwise. */
  daysLeft: z.number().int().nullable(),
  /** Domain threshold alerts: the threshold crossed, in days; null otherwise. */
  threshold: z.number().int().nullable(),
  /** Why the alert exists. */
  kind: z.enum([...domainAlertKindSchema.options, 'ticket-reply', 'invoice-overdue', 'low-credit'])
});
export type AlertView = z.output<typeof alertViewSchema>;

/** The alert centre's groups in display order: open alerts by severity, then snoozed ones. */
export const ALERT_GROUP_IDS = ['critical', 'warning', 'info', 'snoozed'] as const;
export const alertGroupIdSchema = z.enum(ALERT_GROUP_IDS);
export type AlertGroupId = z.output<typeof alertGroupIdSchema>;

/** Most alerts one group's page may hold. */
export const ALERT_PAGE_LIMIT = 200;

const alertOffsetSchema = z.number().int().nonnegative().default(0);

export const alertListInputSchema = z.object({
  /** Alerts per group's page. */
  limit: z.number().int().min(1).max(ALERT_PAGE_LIMIT),
  /** Where each group's page starts (0 when left out). */
  offsets: z
    .object({
      critical: alertOffsetSchema,
      warning: alertOffsetSchema,
      info: alertOffsetSchema,
      snoozed: alertOffsetSchema
    })
    .default({ critical: 0, warning: 0, info: 0, snoozed: 0 })
});
export type AlertListInput = z.input<typeof alertListInputSchema>;

/** One group of the alert centre: its page of alerts and how many it holds in all. */
export const alertGroupSchema = z.object({
  id: alertGroupIdSchema,
  /** Alerts in the group. */
  total: z.number().int().nonnegative(),
  /** Where this page starts (the asked offset, pulled back onto the last page). */
  offset: z.number().int().nonnegative(),
  /** The page, most urgent first (snoozed: by severity, then most urgent). */
  alerts: z.array(alertViewSchema)
});
export type AlertGroupPage = z.output<typeof alertGroupSchema>;

/** The counts the status bar and the tray show. */
export const alertSummarySchema = z.object({
  /** Open alerts (not snoozed, not acknowledged). */
  openCount: z.number().int().nonnegative(),
  snoozedCount: z.number().int().nonnegative()
});
export type AlertSummary = z.output<typeof alertSummarySchema>;

/** One entry of a domain's alert history (domains:get), oldest first. */
export const alertHistoryEntrySchema = z.object({
  key: z.string(),
  at: z.string(),
  event: z.enum(['raised', 'notified', 'snoozed', 'acknowledged', 'cleared']),
  /** English (logs, and entries written before the facts below existed). */
  detail: z.string(),
  /** What the alert said then, as a code and values (a summary's for a summarised notification). */
  text: alertTextSchema.nullable(),
  /** Snoozes: 'next-threshold' or the local date `YYYY-MM-DD` it lasts until. */
  until: z.string().nullable()
});

/** Columns `domains:list` sorts by. */
export const DOMAIN_SORT_KEYS = [
  'name',
  'status',
  'expiresOn',
  'daysLeft',
  'autoRenew',
  'nextDueOn',
  'renewalPrice',
  'alert'
] as const;
export type DomainSortKey = (typeof DOMAIN_SORT_KEYS)[number];

/** The largest page `domains:list` returns. */
export const DOMAIN_LIST_LIMIT = 500;

export const domainListInputSchema = z.object({
  /** Expiring from today up to this many days out; null for any expiry. */
  within: z.number().int().min(0).max(36500).nullable().default(null),
  /** A status key (e.g. 'active', 'grace'), or 'all'. */
  status: z.string().trim().min(1).max(50).default('all'),
  autoRenewOffOnly: z.boolean().default(false),
  /** Case-insensitive substring of the domain name. */
  q: z.string().max(200).default(''),
  sort: z.enum(DOMAIN_SORT_KEYS).default('daysLeft'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(DOMAIN_LIST_LIMIT).default(100)
});
export type DomainListInput = z.output<typeof domainListInputSchema>;

/** One month of renewals ahead (computed in the cache). */
export const renewalMonthSchema = z.object({
  /** YYYY-MM */
  month: z.string(),
  count: z.number().int().nonnegative(),
  /** Sum of renewal prices in the summary's currency (minor units). */
  costMinor: z.number().int(),
  /** Renewals this month without a price, or priced in another currency (not in costMinor). */
  unpricedCount: z.number().int().nonnegative()
});
export type RenewalMonth = z.output<typeof renewalMonthSchema>;

export const renewalsAheadSchema = z.object({
  /** The currency most renewals are priced in; null when none has a price. */
  currency: z.string().nullable(),
  /** Twelve entries, starting with today's month. */
  months: z.array(renewalMonthSchema),
  totalCount: z.number().int().nonnegative(),
  totalCostMinor: z.number().int()
});
export type RenewalsAhead = z.output<typeof renewalsAheadSchema>;

export const domainInvokes = {
  'domains:list': defineInvoke(
    'One page of the cached domains matching the filters, in the asked order, with days left and alert state; total counts all matches, and the renewals ahead cover every cached domain.',
    domainListInputSchema,
    z.object({
      domains: z.array(domainViewSchema),
      /** Domains matching the filters. */
      total: z.number().int().nonnegative(),
      /** Every cached domain whatever the filters. */
      cachedCount: z.number().int().nonnegative(),
      /** Cached domains per status key, whatever the filters (the status filter's choices). */
      statusCounts: z.record(z.string(), z.number().int().nonnegative()),
      renewals: renewalsAheadSchema,
      today: z.string()
    })
  ),
  'domains:get': defineInvoke(
    'One domain with its alert history.',
    z.object({ id: z.string().min(1) }),
    z.object({ domain: domainViewSchema, history: z.array(alertHistoryEntrySchema) })
  ),
  'domains:renew': defineInvoke(
    "Renews a domain: the provider's renewal page in the browser, or (demo provider) a renewal followed by a sync.",
    z.object({ id: z.string().min(1) }),
    z.object({
      mode: z.enum(['opened-page', 'renewed', 'page-url']),
      url: z.string().nullable(),
      /** For `renewed`: whether the sync after it already read the new expiry date. */
      synced: z.boolean(),
      /** English, for logs and JSON; screens write the words from mode, domain and synced. */
      message: z.string()
    })
  ),
  'domains:set-auto-renew': defineInvoke(
    "Turns a domain's auto-renew on or off at the provider, then updates the cached domain. Only where the status's capabilities say domainAutoRenewToggle; the provider may still refuse one domain (unsupported: Combell unless the domain allows it).",
    z.object({ id: z.string().min(1), autoRenew: z.boolean() }),
    z.object({ id: z.string(), autoRenew: z.boolean() })
  ),
  'alerts:list': defineInvoke(
    "The alert centre: a page of each non-empty group (open alerts by severity, then snoozed ones), most urgent first, with every group's total and the counts; read from the stored alert pass in SQLite.",
    alertListInputSchema,
    alertSummarySchema.extend({ groups: z.array(alertGroupSchema) })
  ),
  'alerts:summary': defineInvoke(
    'The open and snoozed alert counts (status bar, tray), from the stored alert pass.',
    z.undefined(),
    alertSummarySchema
  ),
  'alerts:snooze': defineInvoke(
    "Snoozes a domain's alert until the next threshold or until the start of a later local date (YYYY-MM-DD). Ticket and invoice alerts cannot be snoozed (invalid-input).",
    z.object({
      key: z.string().min(1),
      until: z.union([z.literal('next-threshold'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
    }),
    z.object({ openCount: z.number().int() })
  ),
  'alerts:acknowledge': defineInvoke(
    'Acknowledges an alert: it leaves the open list (a domain until its next stage; a ticket reply or invoice for good).',
    z.object({ key: z.string().min(1) }),
    z.object({ openCount: z.number().int() })
  )
} as const;

export const domainEvents = {
  'alerts:changed': defineEvent(
    'The open alert count changed (tray, status bar, alert centre).',
    z.object({ openCount: z.number().int() })
  ),
  'alerts:notify': defineEvent(
    'A desktop notification to show; the web shell page shows it with the browser Notification API when allowed.',
    z.object({
      id: z.string(),
      /** What to say, as a code and values: the page writes it in its language. */
      text: alertTextSchema,
      /** `text` in English (logs). */
      title: z.string(),
      body: z.string(),
      /** What a click on it opens; null for nothing in particular. */
      target: targetSchema.nullable()
    })
  )
} as const;
