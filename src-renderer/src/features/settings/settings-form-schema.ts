/**
 * The settings form's values (text, as the inputs give it) and the zod schema react-hook-form
 * validates them with: the contract's own field schemas for the choices and switches, and for
 * the typed text only "is it a number at all", turned into a `settings:update` input. Ranges,
 * formats and zones stay main's to check; its refusals come back as issues by path, which
 * `formFieldsAt` maps onto the inputs.
 */
import { z } from 'zod';
import { settingsUpdateSchema, type Settings, type SettingsUpdate } from '@shared/contract';
import { minorToDecimalString, parseDecimalToMinor } from '@shared/money';
import type { InputIssue } from '@shared/result';

/** The contract's rule for one setting (the update schema holds them all, optional). */
const rule = settingsUpdateSchema.shape;

/** Parses "60, 30, 7" into days; null when any entry is not a whole number. */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/**
 * A low-credit amount in minor units of a currency with `digits` of them (the account's: JPY 0,
 * EUR 2), null for empty (no alert), undefined when it is not an amount. A decimal comma
 * (French, Dutch) reads like a point: "50,50" is 50.50.
 */
function creditMinor(text: string, digits: number): number | null | undefined {
  const credit = text.trim().replace(/^(\d*),(\d+)$/, '$1.$2');
  if (credit === '') return null;
  const minor = parseDecimalToMinor(credit, digits);
  return minor === null || minor < 0 ? undefined : minor;
}

/**
 * The form's fields that text can make unreadable; each issue's message is the field's name,
 * which the form words as `settings:draftError.<field>`.
 */
export const TEXT_CHECKED_FIELDS = [
  'syncIntervalMinutes',
  'alertThresholds',
  'lowCreditThreshold'
] as const;

/** The form's inputs, each with its rule. */
const formInputs = z.object({
  theme: rule.theme.unwrap(),
  timeZone: z.string(),
  syncIntervalMinutes: z.string().regex(/^\s*\d+\s*$/, 'syncIntervalMinutes'),
  closeToTray: rule.closeToTray.unwrap(),
  startAtLogin: rule.startAtLogin.unwrap(),
  notifyDomains: z.boolean(),
  notifyTickets: z.boolean(),
  notifyInvoices: z.boolean(),
  notificationsPaused: rule.notificationsPaused.unwrap(),
  alertThresholds: z.string().refine((text) => parseThresholds(text) !== null, 'alertThresholds'),
  alertAllForAutoRenew: rule.alertAllForAutoRenew.unwrap(),
  quietHoursEnabled: z.boolean(),
  quietStart: z.string(),
  quietEnd: z.string(),
  allowWeakSecretStorage: rule.allowWeakSecretStorage.unwrap(),
  pdfCacheScope: rule.pdfCacheScope.unwrap(),
  /** The low-credit alert's amount in the account's currency ("50.00"); empty: no alert. */
  lowCreditThreshold: z.string()
});

/**
 * The settings form for an account whose currency has `digits` minor digits (EUR 2, JPY 0;
 * 2 before the account is known): its values in, a `settings:update` input out.
 */
export function settingsFormSchemaFor(digits: number) {
  return formInputs
    .extend({
      lowCreditThreshold: formInputs.shape.lowCreditThreshold.refine(
        (text) => creditMinor(text, digits) !== undefined,
        'lowCreditThreshold'
      )
    })
    .transform((values) => toUpdate(values, digits));
}

function toUpdate(values: z.output<typeof formInputs>, digits: number): SettingsUpdate {
  return {
    theme: values.theme,
    timeZone: values.timeZone.trim(),
    syncIntervalMinutes: Number(values.syncIntervalMinutes.trim()),
    closeToTray: values.closeToTray,
    startAtLogin: values.startAtLogin,
    notifications: {
      domains: values.notifyDomains,
      tickets: values.notifyTickets,
      invoices: values.notifyInvoices
    },
    notificationsPaused: values.notificationsPaused,
    alertThresholds: parseThresholds(values.alertThresholds) ?? [],
    alertAllForAutoRenew: values.alertAllForAutoRenew,
    quietHours: values.quietHoursEnabled
      ? { start: values.quietStart, end: values.quietEnd }
      : null,
    allowWeakSecretStorage: values.allowWeakSecretStorage,
    pdfCacheScope: values.pdfCacheScope,
    lowCreditThreshold: creditMinor(values.lowCreditThreshold, digits) ?? null
  };
}

/** What the form's inputs hold. */
export type SettingsFormValues = z.input<typeof formInputs>;
export type SettingsFormField = keyof SettingsFormValues;

/** The form's starting values for stored settings (money in a currency with `digits`). */
export function formValuesFrom(settings: Settings, digits: number): SettingsFormValues {
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
      settings.lowCreditThreshold === null
        ? ''
        : minorToDecimalString(settings.lowCreditThreshold, digits)
  };
}

/** Settings whose form input has another name or is split in several. */
const INPUTS_OF: Partial<Record<keyof Settings, Readonly<Record<string, SettingsFormField>>>> = {
  notifications: { domains: 'notifyDomains', tickets: 'notifyTickets', invoices: 'notifyInvoices' },
  quietHours: { start: 'quietStart', end: 'quietEnd' }
};

const isFormField = (key: unknown): key is SettingsFormField =>
  typeof key === 'string' && Object.hasOwn(formInputs.shape, key);

/**
 * The inputs main's refusal points at, from its issues' paths: `['timeZone']` is the time
 * zone, `['quietHours', 'start']` the start time, `['quietHours']` both times.
 */
export function formFieldsAt(issues: readonly InputIssue[]): SettingsFormField[] {
  const fields = new Set<SettingsFormField>();
  for (const { path } of issues) {
    const [key, inner] = path;
    const split = typeof key === 'string' ? INPUTS_OF[key as keyof Settings] : undefined;
    if (split) {
      const one = typeof inner === 'string' ? split[inner] : undefined;
      for (const field of one ? [one] : Object.values(split)) fields.add(field);
    } else if (isFormField(key)) fields.add(key);
  }
  return [...fields];
}

/** Deep equality for plain JSON values, independent of key order. */
function sameValue(a: unknown, b: unknown): boolean {
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
