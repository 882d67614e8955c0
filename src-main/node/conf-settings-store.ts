/**
 * SettingsStore over `conf` (the library electron-store is built on), for the web shell, the
 * CLI and tests. Like the electron-store adapter it writes `settings.json` in the data
 * directory, and the contract's zod schema validates every read (in the settings service),
 * so both shells hold the file to the same rules.
 */
import Conf from 'conf';
import { defaultSettings, type Settings } from '@shared/contract';
import type { SettingsStore } from '../core/ports';
import { fileRevision } from './file-revision';

/** Creates a settings store persisted as `settings.json` in `dir`. */
export function createConfSettingsStore(dir: string): SettingsStore<Settings> {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    projectName: 'hostdeck',
    defaults: defaultSettings(),
    // The zod schema is applied on every read; conf's own validation would throw on a
    // hand-edited file and stop the app, which is worse than falling back to defaults.
    clearInvalidConfig: true,
    // Private to the user, like everything in the data folder.
    configFileMode: 0o600
  });
  return {
    get: () => conf.store,
    set: (next) => {
      conf.store = next;
    },
    revision: () => fileRevision(conf.path)
  };
}
