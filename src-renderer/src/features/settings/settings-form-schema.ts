/**
 * The settings form's editable text, and its conversion to a `settings:update` input. Range
 * and format checks stay in main's zod schema; here we only reject text that is not numbers
 * at all, so the user gets a precise message before anything is sent.
 */
import type { Settings, SettingsUpdate } from '@shared/contract';
import { minorToDecimalString, parseDecimalToMinor } from '@shared/money';

export interface SettingsDraft {
  readonly theme: Settings['theme'];
  readonly timeZone: string;
  readonly syncIntervalMinutes: string;
  readonly closeToTray: boolean;
  readonly startAtLogin: boolean;
  readonly notifyDomains: boolean;
  readonly notifyTickets: boolean;
  readonly notifyInvoices: boolean;
  readonly notificationsPaused: boolean;
  readonly alertThresholds: string;
  readonly alertAllForAutoRenew: boolean;
  readonly quietHoursEnabled: boolean;
  readonly quietStart: string;
  readonly quietEnd: string;
  readonly allowWeakSecretStorage: boolean;
  readonly pdfCacheScope: Settings['pdfCacheScope'];
  /** The low-credit alert's amount in the account's currency ("50.00"); empty: no alert. */
  readonly lowCreditThreshold: string;
}

/** Fields the form can point an error at. */
export type SettingsField =
  'timeZone' | 'syncIntervalMinutes' | 'alertThresholds' | 'quietHours' | 'lowCreditThreshold';

/** The fields the draft itself can refuse (not numbers at all). */
export type DraftField = 'syncIntervalMinutes' | 'alertThresholds' | 'lowCreditThreshold';

export type DraftConversion =
  | { readonly ok: true; readonly update: SettingsUpdate }
  /** The form words the problem from `field` (settings:draftError.<field>). */
  | { readonly ok: false; readonly field: DraftField };

/** The form's starting text for stored settings. */
export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    theme: settings.theme,
    timeZone: settings.timeZone,
    syncIntervalMinutes: String(settings.syncIntervalMinutes),
    closeToTray: settings.closeToTray,
    startAtLogin: settings.startAtLogin,
    notifyDomains: settings.notifications.domains,
    notifyTickets: settings.notifications.tickets,
    notifyInvoices: settings.notifications.invoices,
    notificationsPaused: settings.notificationsPaused,
    alertThresholds: settings.alertThresholds.join(', '),
    alertAllForAutoRenew: settings.alertAllForAutoRenew,
    quietHoursEnabled: settings.quietHours !== null,
    quietStart: settings.quietHours?.start ?? '22:00',
    quietEnd: settings.quietHours?.end ?? '07:00',
    allowWeakSecretStorage: settings.allowWeakSecretStorage,
    pdfCacheScope: settings.pdfCacheScope,
    lowCreditThreshold:
      settings.lowCreditThreshold === null ? '' : minorToDecimalString(settings.lowCreditThreshold)
  };
}

/** Parses "60, 30, 7" into days; null when any entry is not a whole number. */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** Turns the draft into an update, or says which field is not even a number. */
export function updateFromDraft(draft: SettingsDraft): DraftConversion {
  const interval = draft.syncIntervalMinutes.trim();
  if (!/^\d+$/.test(interval)) {
    return { ok: false, field: 'syncIntervalMinutes' };
  }
  const thresholds = parseThresholds(draft.alertThresholds);
  if (thresholds === null) {
    return { ok: false, field: 'alertThresholds' };
  }
  // A decimal comma (French, Dutch) reads like a point: "50,50" is 50.50.
  const credit = draft.lowCreditThreshold.trim().replace(/^(\d*),(\d+)$/, '$1.$2');
  const creditMinor = credit === '' ? null : parseDecimalToMinor(credit);
  if (credit !== '' && (creditMinor === null || creditMinor < 0)) {
    return { ok: false, field: 'lowCreditThreshold' };
  }
  return {
    ok: true,
    update: {
      theme: draft.theme,
      timeZone: draft.timeZone.trim(),
      syncIntervalMinutes: Number(interval),
      closeToTray: draft.closeToTray,
      startAtLogin: draft.startAtLogin,
      notifications: {
        domains: draft.notifyDomains,
        tickets: draft.notifyTickets,
        invoices: draft.notifyInvoices
      },
      notificationsPaused: draft.notificationsPaused,
      alertThresholds: thresholds,
      alertAllForAutoRenew: draft.alertAllForAutoRenew,
      quietHours: draft.quietHoursEnabled ? { start: draft.quietStart, end: draft.quietEnd } : null,
      allowWeakSecretStorage: draft.allowWeakSecretStorage,
      pdfCacheScope: draft.pdfCacheScope,
      lowCreditThreshold: creditMinor
    }
  };
}

const FIELD_PATTERNS: readonly (readonly [SettingsField, RegExp])[] = [
  ['timeZone', /\btimeZone\b|time zone/i],
  ['syncIntervalMinutes', /\bsyncIntervalMinutes\b|sync interval/i],
  ['alertThresholds', /\balertThresholds\b|threshold/i],
  ['quietHours', /\bquietHours\b|quiet hours/i],
  ['lowCreditThreshold', /\blowCreditThreshold\b|low-credit/i]
];

/**
 * The fields an envelope's message names. Main reports zod issues as "<path>: <message>",
 * so the field paths let the form mark the right inputs invalid.
 */
export function fieldsNamedIn(message: string): ReadonlySet<SettingsField> {
  return new Set(
    FIELD_PATTERNS.filter(([, pattern]) => pattern.test(message)).map(([field]) => field)
  );
}

/** Deep equality for plain JSON values, independent of key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
  );
}

/**
 * The entries of `update` that differ from the settings the form started from. Sending only
 * these means a save cannot undo a change made elsewhere meanwhile (e.g. "Pause notifications"
 * in the tray menu) by writing back the value the form loaded.
 */
export function changedSince(update: SettingsUpdate, base: Settings): SettingsUpdate {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    if (!sameValue(value, base[key as keyof Settings])) changed[key] = value;
  }
  return changed as SettingsUpdate;
}
