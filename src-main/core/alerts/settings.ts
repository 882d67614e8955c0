import { z } from 'zod';
import type { AlertDomain, AlertSettings } from './types';

/**
 * Default reminder days before expiry. ICANN's ERRP asks for about one month and one week
 * before; WHMCS and registrars commonly add 60 days and the last few days.
 */
export const DEFAULT_THRESHOLDS: readonly number[] = [60, 30, 14, 7, 3, 1];

/** How many of the smallest thresholds apply to auto-renew domains when none are configured. */
export const AUTO_RENEW_LAST_THRESHOLDS = 2;

/** The settings a new profile starts with. */
export const defaultAlertSettings: AlertSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  autoRenewThresholds: null,
  alertAllForAutoRenew: false,
  quietHours: null,
  notify: { domains: true, tickets: true, invoices: true },
  timeZone: 'Europe/Brussels'
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const thresholdList = z.array(z.number().int().min(0).max(3650)).min(1);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/** Parses stored or submitted alert settings, filling defaults for anything missing. */
export const alertSettingsSchema = z.object({
  thresholds: thresholdList.default([...DEFAULT_THRESHOLDS]),
  autoRenewThresholds: thresholdList.nullable().default(null),
  alertAllForAutoRenew: z.boolean().default(false),
  quietHours: z.object({ start: clock, end: clock }).nullable().default(null),
  notify: z
    .object({ domains: z.boolean(), tickets: z.boolean(), invoices: z.boolean() })
    .default({ domains: true, tickets: true, invoices: true }),
  timeZone: z.string().refine(isTimeZone, 'unknown IANA time zone').default('Europe/Brussels')
});

function ascendingUnique(values: readonly number[]): readonly number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The thresholds in force for auto-renew domains, ascending. */
export function autoRenewThresholdsOf(settings: AlertSettings): readonly number[] {
  if (settings.autoRenewThresholds !== null) return ascendingUnique(settings.autoRenewThresholds);
  return ascendingUnique(settings.thresholds).slice(0, AUTO_RENEW_LAST_THRESHOLDS);
}

/**
 * The thresholds that apply to one domain, ascending. Auto-renew domains only need the last
 * reminders (in case the renewal fails); unknown auto-renew counts as off.
 */
export function thresholdsFor(domain: AlertDomain, settings: AlertSettings): readonly number[] {
  if (domain.autoRenew === true && !settings.alertAllForAutoRenew) return autoRenewThresholdsOf(settings);
  return ascendingUnique(settings.thresholds);
}
