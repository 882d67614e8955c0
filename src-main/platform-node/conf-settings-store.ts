/**
 * SettingsStore over `conf` (the library electron-store is built on), for the web shell, the
 * CLI and tests. The JSON Schema comes from the contract's zod schema, so the file on disk
 * is validated by the same rules in both shells.
 */
import Conf from 'conf';
import { z } from 'zod';
import { defaultSettings, settingsSchema, type Settings } from '../../src-shared/contract';
import type { SettingsStore } from '../core/ports';

/** JSON Schema properties for conf/electron-store, derived from the zod schema. */
export function settingsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return schema.properties ?? {};
}

/** Creates a settings store persisted as `settings.json` in `dir`. */
export function createConfSettingsStore(dir: string): SettingsStore<Settings> {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    projectName: 'hostdeck',
    defaults: defaultSettings(),
    // The zod schema is applied on every read; conf's own validation would throw on a
    // hand-edited file and stop the app, which is worse than falling back to defaults.
    clearInvalidConfig: true
  });
  return {
    get: () => conf.store,
    set: (next) => {
      conf.store = next;
    }
  };
}
