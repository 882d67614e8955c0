/**
 * SettingsStore over `conf`, for both shells, the CLI and tests: `settings.json` in the data
 * directory, private to the user. The contract's zod schema checks every read (a hand-edited
 * or older file falls back to the defaults, with a warning in the log) and every write (an
 * invalid value is refused before it reaches the file).
 */
import Conf from 'conf';
import { defaultSettings, settingsSchema, type Settings } from '@shared/contract';
import type { Logger, SettingsStore } from '../core/ports';
import { storedSettingsOrDefaults } from '../core/settings/settings-service';
import { fileRevision } from './file-revision';

/** Creates a settings store persisted as `settings.json` in `dir`. */
export function createConfSettingsStore(dir: string, logger: Logger): SettingsStore<Settings> {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    projectName: 'hostdeck',
    defaults: defaultSettings(),
    // The zod schema is applied below; conf's own validation would throw on a hand-edited
    // file and stop the app, which is worse than falling back to defaults.
    clearInvalidConfig: true,
    // Private to the user, like everything in the data folder.
    configFileMode: 0o600
  });
  return {
    get: () => storedSettingsOrDefaults(conf.store, logger),
    set(next) {
      conf.store = settingsSchema.parse(next);
    },
    revision: () => fileRevision(conf.path)
  };
}
