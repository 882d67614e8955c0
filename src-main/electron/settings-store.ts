/**
 * SettingsStore over electron-store, writing the same `settings.json` in the data directory
 * as the web shell's conf adapter. Values are validated with the contract's zod schema on
 * every read and write, so a hand-edited file can never inject a bad value.
 */
import { defaultSettings, settingsSchema, type Settings } from '@shared/contract';
import type { Logger, SettingsStore } from '../core/ports';
import { fileRevision } from '../node/file-revision';

/** The part of an electron-store instance this adapter uses. */
export interface KeyValueFile<T> {
  store: T;
  /** The file it persists to (electron-store's `path`). */
  readonly path?: string;
}

/** The electron-store options passed through (a subset of its constructor options). */
export interface ElectronStoreOptions<T> {
  readonly name: string;
  readonly cwd: string;
  readonly defaults: T;
  readonly clearInvalidConfig: boolean;
}

/**
 * electron-store's class, injected: it imports 'electron' itself, so only the composition
 * root may load it (tests pass an in-memory class).
 */
export type ElectronStoreClass = new (
  options: ElectronStoreOptions<Settings>
) => KeyValueFile<Settings>;

/** Creates the settings store persisted as `<dataDir>/settings.json`. */
export function createElectronSettingsStore(
  Store: ElectronStoreClass,
  options: { readonly dataDir: string; readonly logger: Logger }
): SettingsStore<Settings> {
  const file = new Store({
    name: 'settings',
    cwd: options.dataDir,
    defaults: defaultSettings(),
    // Schema problems are handled below with defaults; a throwing constructor would stop the app.
    clearInvalidConfig: true
  });
  return {
    get() {
      const parsed = settingsSchema.safeParse(file.store);
      if (parsed.success) return parsed.data;
      options.logger.log('warn', 'stored settings were invalid; using defaults', {
        issues: parsed.error.issues.length
      });
      return defaultSettings();
    },
    set(next) {
      file.store = settingsSchema.parse(next);
    },
    // Without a file path (an in-memory stand-in) there is no revision: read on every call.
    ...(file.path === undefined ? {} : { revision: () => fileRevision(file.path ?? '') })
  };
}
