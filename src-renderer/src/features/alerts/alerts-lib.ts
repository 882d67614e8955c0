/**
 * Grouping for the alert centre: open alerts by severity (most urgent first), snoozed ones
 * in their own group at the end so they stay findable without competing for attention.
 */
import type { AlertView } from '../../../../src-shared/contract';

/** One group of the alert centre. */
export interface AlertGroup {
  readonly id: 'critical' | 'warning' | 'info' | 'snoozed';
  readonly title: string;
  readonly alerts: readonly AlertView[];
}

const SEVERITY_ORDER = ['critical', 'warning', 'info'] as const;
const TITLES = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
  snoozed: 'Snoozed'
} as const;

/**
 * Non-empty groups in display order. Order inside a group is main's ("most urgent first"),
 * except that snoozed alerts are re-sorted by severity.
 */
export function groupAlerts(alerts: readonly AlertView[]): AlertGroup[] {
  const open = alerts.filter((alert) => !alert.snoozed);
  const groups: AlertGroup[] = SEVERITY_ORDER.map((severity) => ({
    id: severity,
    title: TITLES[severity],
    alerts: open.filter((alert) => alert.severity === severity)
  }));
  const snoozed = alerts
    .map((alert, index) => ({ alert, index }))
    .filter(({ alert }) => alert.snoozed)
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.alert.severity) - SEVERITY_ORDER.indexOf(b.alert.severity) ||
        a.index - b.index
    )
    .map(({ alert }) => alert);
  groups.push({ id: 'snoozed', title: TITLES.snoozed, alerts: snoozed });
  return groups.filter((group) => group.alerts.length > 0);
}

/** The link text for an alert's item. */
export function itemLinkLabel(category: AlertView['category']): string {
  return category === 'domain'
    ? 'Open domain'
    : category === 'ticket'
      ? 'Open ticket'
      : 'Open invoice';
}

/**
 * The alert's object as its actions name it: "alpha-shop.com", "invoice 2026-0042", the
 * ticket "Mail bounces", "your credit balance". Passes stored before alerts carried their
 * subject fall back to the title.
 */
export function alertObjectName(alert: AlertView): string {
  if (alert.kind === 'low-credit') return 'your credit balance';
  if (alert.subject === null) return alert.title;
  switch (alert.category) {
    case 'domain':
      return alert.subject;
    case 'invoice':
      return `invoice ${alert.subject}`;
    case 'ticket':
      return `the ticket “${alert.subject}”`;
  }
}
