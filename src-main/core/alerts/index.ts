/** Alert rules: pure functions from domains, tickets, invoices, settings and `now` to alerts. */
export type {
  AlertCategory,
  AlertDomain,
  AlertNotification,
  AlertSettings,
  AlertSeverity,
  AlertStage,
  DomainAlert,
  DomainAlertKind,
  DomainAlertState,
  DomainStatus,
  GenericAlert,
  NotificationPlan,
  NotifyToggles,
  QuietHours
} from './types';
export {
  AUTO_RENEW_LAST_THRESHOLDS,
  DEFAULT_THRESHOLDS,
  alertSettingsFrom,
  autoRenewThresholdsOf,
  defaultAlertSettings,
  thresholdsFor
} from './settings';
export type { StoredAlertSettings } from './settings';
export { englishBody, englishTitle, moneyOf } from './messages';
export {
  acknowledgeDomainAlert,
  alertStage,
  domainAlertKey,
  domainStanding,
  evaluateDomainAlerts,
  isThresholdStatus,
  snoozeDomainAlert,
  thresholdAt
} from './domain-alerts';
export type { DomainStanding } from './domain-alerts';
export {
  domainAlertToGeneric,
  isInvoiceOverdue,
  overdueInvoiceAlert,
  ticketReplyAlert
} from './generic-alerts';
export type { OverdueInvoiceInput, TicketReplyInput } from './generic-alerts';
export { SUMMARY_AFTER, isQuietTime, planNotifications, quietHoursEnd } from './notifications';
export type { PlannableAlert } from './notifications';
export { nextThresholdCrossing } from './next-crossing';
