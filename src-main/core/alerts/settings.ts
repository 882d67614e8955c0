import { SETTINGS_DEFAULTS } from '@shared/contract/settings-defaults';
import type { AlertDomain, AlertSettings, NotifyToggles, QuietHours } from './types';

/** Default reminder days before expiry: the setting's default. */
export const DEFAULT_THRESHOLDS: readonly number[] = SETTINGS_DEFAULTS.alertThresholds;

/** How many of the smallest thresholds apply to auto-renew domains when none are configured. */
export const AUTO_RENEW_LAST_THRESHOLDS = 2;

/** The settings a new profile starts with: those of the default settings. */
export const defaultAlertSettings: AlertSettings = alertSettingsFrom(SETTINGS_DEFAULTS);

/**
 * The persisted settings fields the alert rules read. This mirrors the shape of the shared
 * settings contract, so the stored settings object can be passed in as it is, without
 * this module depending on the contract.
 */
export interface StoredAlertSettings {
  readonly timeZone: string;
  readonly alertThresholds: readonly number[];
  readonly alertAllForAutoRenew: boolean;
  readonly quietHours: QuietHours | null;
  readonly notifications: NotifyToggles;
  /** The tray's "pause notifications": nothing pops up, and nothing piles up for later. */
  readonly notificationsPaused: boolean;
  /** Low-credit alert level in minor units; null or absent: no low-credit alert. */
  readonly lowCreditThreshold?: number | null;
}

/** The alert settings for the stored user settings. */
export function alertSettingsFrom(stored: StoredAlertSettings): AlertSettings {
  return {
    thresholds: stored.alertThresholds,
    autoRenewThresholds: null,
    alertAllForAutoRenew: stored.alertAllForAutoRenew,
    quietHours: stored.quietHours,
    notify: stored.notificationsPaused
      ? { domains: false, tickets: false, invoices: false }
      : stored.notifications,
    timeZone: stored.timeZone,
    ...(stored.lowCreditThreshold == null
      ? {}
      : { lowCreditThresholdMinor: stored.lowCreditThreshold })
  };
}

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
  if (domain.autoRenew === true && !settings.alertAllForAutoRenew)
    return autoRenewThresholdsOf(settings);
  return ascendingUnique(settings.thresholds);
}
