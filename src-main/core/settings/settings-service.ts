/**
 * Reads and updates settings through the SettingsStore port. Every value is parsed with the
 * contract's schema, so a hand-edited or older settings file can never inject a bad value.
 */
import {
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsUpdate
} from '../../../src-shared/contract';
import type { Logger, SettingsStore } from '../ports';

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsUpdate): Settings;
}

/** Wraps a store with schema validation; unreadable stored settings fall back to defaults. */
export function createSettingsService(
  store: SettingsStore<Settings>,
  logger: Logger
): SettingsService {
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse(store.get());
    if (parsed.success) return parsed.data;
    logger.log('warn', 'stored settings were invalid; using defaults', {
      issues: parsed.error.issues.length
    });
    return defaultSettings();
  };
  return {
    get: read,
    update(patch) {
      const next = settingsSchema.parse({ ...read(), ...patch });
      store.set(next);
      return next;
    }
  };
}
