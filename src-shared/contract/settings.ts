/**
 * User settings: one zod schema that validates updates from the renderer and fills the
 * defaults (settings-defaults.ts). conf persists the same shape in both shells.
 */
import { z } from 'zod';
import { LANGUAGE_SETTINGS } from '../i18n/languages';
import { SETTINGS_DEFAULTS } from './settings-defaults';

export { SETTINGS_DEFAULTS } from './settings-defaults';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)');

// Building a formatter costs about a millisecond, and settings are parsed on every read.
const knownZones = new Set<string>();

/** Checks an IANA zone name with Intl, so a typo cannot reach the PAYU engine. */
export function isValidTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

/** Each setting's rule, without defaults (zod 4 fills defaults even in .partial()). */
const settingFields = {
  /** Light, dark, or follow the operating system. */
  theme: z.enum(['system', 'light', 'dark']),
  /**
   * The interface language: 'system' follows the OS's preferred languages (Electron) or the
   * browser's (web shell), English when none of them is French or Dutch.
   */
  language: z.enum(LANGUAGE_SETTINGS),
  /** The reseller's IANA zone: billing months, days and alert days are local to it. */
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone'),
  /** Background sync interval in minutes. */
  syncIntervalMinutes: z.number().int().min(5).max(1440),
  /** Keep running in the tray when the window is closed. */
  closeToTray: z.boolean(),
  /** Start Hostdeck when the user logs in. */
  startAtLogin: z.boolean(),
  /** Which alert categories raise desktop notifications (the alert centre always lists them). */
  notifications: z.object({ domains: z.boolean(), tickets: z.boolean(), invoices: z.boolean() }),
  /** Pause all desktop notifications (tray menu). */
  notificationsPaused: z.boolean(),
  /** Days before expiry at which a domain alerts. */
  alertThresholds: z.array(z.number().int().min(0).max(365)).min(1).max(12),
  /** Alert auto-renewing domains at every threshold, not only the last ones. */
  alertAllForAutoRenew: z.boolean(),
  /** Local hours during which desktop notifications wait (the alert centre still shows them). */
  quietHours: z.object({ start: timeOfDay, end: timeOfDay }).nullable(),
  /** Linux only: allow secrets in the weakly protected basic_text store. */
  allowWeakSecretStorage: z.boolean(),
  /** Which invoice PDFs are kept for offline use: unpaid ones and the last 24 months, or all. */
  pdfCacheScope: z.enum(['24-months', 'all']),
  /**
   * Alert when the credit balance falls below this amount, in minor units of the account's
   * currency (1000 = 10.00); null: no low-credit alert.
   */
  lowCreditThreshold: z.number().int().min(0).max(1_000_000_000).nullable()
};

/** The full settings: every missing key takes its default. */
export const settingsSchema = z.object({
  theme: settingFields.theme.default(SETTINGS_DEFAULTS.theme),
  language: settingFields.language.default(SETTINGS_DEFAULTS.language),
  timeZone: settingFields.timeZone.default(SETTINGS_DEFAULTS.timeZone),
  syncIntervalMinutes: settingFields.syncIntervalMinutes.default(
    SETTINGS_DEFAULTS.syncIntervalMinutes
  ),
  closeToTray: settingFields.closeToTray.default(SETTINGS_DEFAULTS.closeToTray),
  startAtLogin: settingFields.startAtLogin.default(SETTINGS_DEFAULTS.startAtLogin),
  notifications: settingFields.notifications.default({ ...SETTINGS_DEFAULTS.notifications }),
  notificationsPaused: settingFields.notificationsPaused.default(
    SETTINGS_DEFAULTS.notificationsPaused
  ),
  alertThresholds: settingFields.alertThresholds.default([...SETTINGS_DEFAULTS.alertThresholds]),
  alertAllForAutoRenew: settingFields.alertAllForAutoRenew.default(
    SETTINGS_DEFAULTS.alertAllForAutoRenew
  ),
  quietHours: settingFields.quietHours.default(SETTINGS_DEFAULTS.quietHours),
  allowWeakSecretStorage: settingFields.allowWeakSecretStorage.default(
    SETTINGS_DEFAULTS.allowWeakSecretStorage
  ),
  pdfCacheScope: settingFields.pdfCacheScope.default(SETTINGS_DEFAULTS.pdfCacheScope),
  lowCreditThreshold: settingFields.lowCreditThreshold.default(SETTINGS_DEFAULTS.lowCreditThreshold)
});

export type Settings = z.output<typeof settingsSchema>;

/** A partial update; nested objects are replaced whole. */
export const settingsUpdateSchema = z.object(settingFields).partial().strict();
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

/** The defaults, derived from the schema so they cannot drift. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
