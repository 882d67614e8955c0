import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@shared/contract';
import {
  createElectronSettingsStore,
  type ElectronStoreOptions
} from '@main/electron/settings-store';
import { recordingLogger } from './support';

/** An in-memory electron-store stand-in that records its constructor options. */
function fakeStoreClass() {
  const created: ElectronStoreOptions<Settings>[] = [];
  const instances: { store: Settings }[] = [];
  class FakeStore {
    store: Settings;
    constructor(options: ElectronStoreOptions<Settings>) {
      created.push(options);
      this.store = options.defaults;
      instances.push(this);
    }
  }
  return { FakeStore, created, instances };
}

describe('createElectronSettingsStore', () => {
  it('writes settings.json in the data directory with the defaults', () => {
    const { FakeStore, created } = fakeStoreClass();
    createElectronSettingsStore(FakeStore, { dataDir: '/data', logger: recordingLogger() });
    expect(created).toEqual([
      { name: 'settings', cwd: '/data', defaults: defaultSettings(), clearInvalidConfig: true }
    ]);
  });

  it('returns stored values parsed by the contract schema', () => {
    const { FakeStore } = fakeStoreClass();
    const store = createElectronSettingsStore(FakeStore, {
      dataDir: '/data',
      logger: recordingLogger()
    });
    store.set({ ...defaultSettings(), closeToTray: true, theme: 'dark' });
    expect(store.get()).toMatchObject({ closeToTray: true, theme: 'dark' });
  });

  it('falls back to the defaults when the file holds an invalid value', () => {
    const { FakeStore, instances } = fakeStoreClass();
    const logger = recordingLogger();
    const store = createElectronSettingsStore(FakeStore, { dataDir: '/data', logger });
    (instances[0] as { store: unknown }).store = { ...defaultSettings(), syncIntervalMinutes: 1 };
    expect(store.get()).toEqual(defaultSettings());
    expect(logger.lines[0]?.level).toBe('warn');
  });

  it('refuses to write an invalid value', () => {
    const { FakeStore, instances } = fakeStoreClass();
    const store = createElectronSettingsStore(FakeStore, {
      dataDir: '/data',
      logger: recordingLogger()
    });
    expect(() => store.set({ ...defaultSettings(), timeZone: 'Mars/Olympus' })).toThrow();
    expect(instances[0]?.store).toEqual(defaultSettings());
  });
});
