/**
 * User settings: one zod schema that validates updates from the renderer and gives the
 * defaults. electron-store and conf persist the same shape.
 */
import { z } from 'zod';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)');

/** Checks an IANA zone name with Intl, so a typo cannot reach the PAYU engine. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  /** Light, dark, or follow the operating system. */
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** The reseller's IANA zone: billing months, days and alert days are local to it. */
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone').default('Europe/Brussels'),
  /** Background sync interval in minutes. */
  syncIntervalMinutes: z.number().int().min(5).max(1440).default(30),
  /** Keep running in the tray when the window is closed. */
  closeToTray: z.boolean().default(false),
  /** Start Hostdeck when the user logs in. */
  startAtLogin: z.boolean().default(false),
  /** Which alert categories raise desktop notifications (the alert centre always lists them). */
  notifications: z
    .object({
      domains: z.boolean().default(true),
      tickets: z.boolean().default(true),
      invoices: z.boolean().default(true)
    })
    .default({ domains: true, tickets: true, invoices: true }),
  /** Pause all desktop notifications (tray menu). */
  notificationsPaused: z.boolean().default(false),
  /** Days before expiry at which a domain alerts. */
  alertThresholds: z
    .array(z.number().int().min(0).max(365))
    .min(1)
    .max(12)
    .default([60, 30, 14, 7, 3, 1]),
  /** Alert auto-renewing domains at every threshold, not only the last ones. */
  alertAllForAutoRenew: z.boolean().default(false),
  /** Local hours during which desktop notifications wait (the alert centre still shows them). */
  quietHours: z.object({ start: timeOfDay, end: timeOfDay }).nullable().default(null),
  /** Linux only: allow secrets in the weakly protected basic_text store. */
  allowWeakSecretStorage: z.boolean().default(false)
});

export type Settings = z.output<typeof settingsSchema>;

/** A partial update; nested objects are replaced whole. */
export const settingsUpdateSchema = settingsSchema.partial().strict();
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

/** The defaults, derived from the schema so they cannot drift. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
