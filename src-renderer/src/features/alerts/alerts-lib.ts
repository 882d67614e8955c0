/**
 * The alert centre's groups and pages: open alerts by severity (most urgent first), snoozed
 * ones in their own group at the end so they stay findable without competing for attention.
 * Main groups, orders and pages them; each group's page is in the address
 * (`#/alerts?warning=3`), so Back and a reload keep it.
 */
import {
  ALERT_GROUP_IDS,
  type AlertGroupId,
  type AlertListInput,
  type AlertView
} from '@shared/contract';
import { i18n } from '../../lib/i18n';

/** Alerts per group's page. */
export const ALERTS_PAGE_SIZE = 50;

/** A group's heading in the app's language: "Critical", "Critiques", "Kritiek". */
export function groupTitle(id: AlertGroupId): string {
  return i18n.t(`alerts:groups.${id}`);
}

/** Zero-based page of each group, read from the address's query (`?warning=3` is page 3). */
export type GroupPages = Readonly<Record<AlertGroupId, number>>;

export function readGroupPages(query: Readonly<Record<string, string>>): GroupPages {
  const page = (id: AlertGroupId): number => {
    const value = query[id] ?? '';
    return /^[1-9]\d{0,5}$/.test(value) ? Number(value) - 1 : 0;
  };
  return {
    critical: page('critical'),
    warning: page('warning'),
    info: page('info'),
    snoozed: page('snoozed')
  };
}

/** The address's query for `pages` (first pages left out). */
export function writeGroupPages(pages: GroupPages): Record<string, string> {
  const query: Record<string, string> = {};
  for (const id of ALERT_GROUP_IDS) query[id] = pages[id] > 0 ? String(pages[id] + 1) : '';
  return query;
}

/** The `alerts:list` input for the pages shown. */
export function alertListInput(pages: GroupPages): AlertListInput {
  return {
    limit: ALERTS_PAGE_SIZE,
    offsets: {
      critical: pages.critical * ALERTS_PAGE_SIZE,
      warning: pages.warning * ALERTS_PAGE_SIZE,
      info: pages.info * ALERTS_PAGE_SIZE,
      snoozed: pages.snoozed * ALERTS_PAGE_SIZE
    }
  };
}

/** The link text for an alert's item, in the app's language. */
export function itemLinkLabel(category: AlertView['category']): string {
  return i18n.t(`alerts:openItem.${category}`);
}

/**
 * The alert's object as its actions name it, in the app's language: "alpha-shop.com",
 * "invoice 2026-0042", the ticket "Mail bounces", "your credit balance". Passes stored before alerts carried their
 * subject fall back to the title.
 */
export function alertObjectName(alert: AlertView): string {
  if (alert.kind === 'low-credit') return i18n.t('alerts:object.credit');
  if (alert.subject === null) return alert.title;
  switch (alert.category) {
    case 'domain':
      return alert.subject;
    case 'invoice':
      return i18n.t('alerts:object.invoice', { number: alert.subject });
    case 'ticket':
      return i18n.t('alerts:object.ticket', { subject: alert.subject });
  }
}
