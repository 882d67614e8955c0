/**
 * Domains: every domain with its expiry and alert state, its alert history, renewal and the
 * auto-renew switch. The alert centre and the alert events are contract/alerts.ts's.
 */
import { z } from 'zod';
import { moneyViewSchema } from '../model/common';
import { domainSchema } from '../model/domain';
import { alertHistoryEntrySchema, alertSeveritySchema, domainAlertKindSchema } from './alerts';
import { alertTextSchema } from './alert-text';
import { defineInvoke } from './define';

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
      severity: alertSeveritySchema,
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
    "Renews a domain as the provider's capabilities say: through its API, followed by a sync (domainRenew: the demo provider); else its client area's renewal page in the browser (domainRenewalPage: WHMCS); else unsupported, renew in the provider's panel (Combell).",
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
  )
} as const;
