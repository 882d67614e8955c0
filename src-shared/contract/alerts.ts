/**
 * Alerts: the alert centre's groups and views, the counts the status bar and the tray show,
 * snooze / acknowledge, a domain's alert history, and the alert events.
 */
import { z } from 'zod';
import { LAPSED_DOMAIN_STATUSES } from '../model/domain';
import { targetSchema } from '../model/target';
import { alertTextSchema } from './alert-text';
import { defineEvent, defineInvoke } from './define';

/** The kinds of a domain alert: a threshold crossed, or the lapsed status it is in. */
export const domainAlertKindSchema = z.enum(['threshold', ...LAPSED_DOMAIN_STATUSES]);

/** How urgent an alert is. */
export const alertSeveritySchema = z.enum(['info', 'warning', 'critical']);

export const alertViewSchema = z.object({
  key: z.string(),
  category: z.enum(['domain', 'ticket', 'invoice']),
  severity: alertSeveritySchema,
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

export const alertInvokes = {
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

export const alertEvents = {
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
