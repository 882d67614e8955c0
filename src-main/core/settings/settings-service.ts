/**
 * Reads and updates settings through the SettingsStore port. Every value is parsed with the
 * contract's schema, so a hand-edited or older settings file can never inject a bad value.
 */
import {
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsUpdate
} from '@shared/contract';
import { invalidInput } from '../errors';
import type { Logger, SettingsStore } from '../ports';

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsUpdate): Settings;
}

/**
 * Wraps a store with schema validation; unreadable stored settings fall back to defaults.
 * Handlers ask for settings on every call, so the parsed value is kept while the store's
 * revision stays the same (a write by this service, another process or a hand edit changes
 * it); a store without revisions is read and parsed every time.
 */
export function createSettingsService(
  store: SettingsStore<Settings>,
  logger: Logger
): SettingsService {
  let kept: { readonly revision: string; readonly settings: Settings } | null = null;
  const parse = (): Settings => storedSettingsOrDefaults(store.get(), logger);
  const read = (): Settings => {
    if (!store.revision) return parse();
    const revision = store.revision();
    if (kept?.revision === revision) return kept.settings;
    // Parsed after taking the revision: a write in between only makes the next call read again.
    const settings = deepFreeze(parse());
    kept = { revision, settings };
    return settings;
  };
  return {
    get: read,
    update(patch) {
      // Callers other than dispatch (the tray, the CLI) reach here unchecked: a refusal names
      // its fields by path, like dispatch's.
      const parsed = settingsSchema.safeParse({ ...read(), ...patch });
      if (!parsed.success) throw invalidInput('Invalid settings', parsed.error);
      const next = parsed.data;
      kept = null;
      store.set(next);
      return next;
    }
  };
}

/**
 * Stored settings checked by the contract's schema; anything it refuses (a hand-edited or
 * older file) gives the defaults, with a warning in the log. Stores and the service share it.
 */
export function storedSettingsOrDefaults(stored: unknown, logger: Logger): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  logger.log('warn', 'stored settings were invalid; using defaults', {
    issues: parsed.error.issues.length
  });
  return defaultSettings();
}

/** `value` frozen all the way down: one kept object is handed to every caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
