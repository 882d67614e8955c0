/**
 * Every setting's default, declared once. The settings schema (settings.ts) fills missing keys
 * from it; core's fallbacks read it too (the reseller's zone where none is given, the alert
 * thresholds). Without zod, so any layer can import it cheaply.
 */
export const SETTINGS_DEFAULTS = {
  theme: 'system',
  language: 'system',
  timeZone: 'Europe/Brussels',
  syncIntervalMinutes: 30,
  closeToTray: false,
  startAtLogin: false,
  notifications: { domains: true, tickets: true, invoices: true },
  notificationsPaused: false,
  /**
   * Days before expiry. ICANN's ERRP asks for about one month and one week before; WHMCS and
   * registrars commonly add 60 days and the last few days.
   */
  alertThresholds: [60, 30, 14, 7, 3, 1],
  alertAllForAutoRenew: false,
  quietHours: null,
  allowWeakSecretStorage: false,
  pdfCacheScope: '24-months',
  lowCreditThreshold: null
} as const;
