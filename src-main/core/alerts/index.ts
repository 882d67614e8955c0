/** Alert rules: pure functions from domains, tickets, invoices, settings and `now` to alerts. */
export type {
  AlertDomain,
  AlertSettings,
  AlertStage,
  DomainAlert,
  DomainAlertState,
  DomainStatus,
  GenericAlert,
  QuietHours
} from './types';
export {
  DEFAULT_THRESHOLDS,
  alertSettingsFrom,
  autoRenewThresholdsOf,
  defaultAlertSettings
} from './settings';
export {
  acknowledgeDomainAlert,
  domainStanding,
  evaluateDomainAlerts,
  snoozeDomainAlert
} from './domain-alerts';
export {
  domainAlertToGeneric,
  isInvoiceOverdue,
  overdueInvoiceAlert,
  ticketReplyAlert
} from './generic-alerts';
export { SUMMARY_AFTER, isQuietTime, planNotifications } from './notifications';
export { nextThresholdCrossing } from './next-crossing';
