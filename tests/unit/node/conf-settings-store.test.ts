import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/contract';
import { createConfSettingsStore } from '@main/node/conf-settings-store';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

/** The settings store both shells use (Electron's and the web shell's composition roots). */
describe('the conf settings store', () => {
  const dirs: { cleanup: () => void }[] = [];
  const tempDir = () => {
    const dir = makeTempDir('hostdeck-settings-');
    dirs.push(dir);
    return dir.path;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => dir.cleanup()));
  const fileOf = (dir: string) => join(dir, 'settings.json');

  it('writes settings.json in the data directory with the defaults, private to the user', () => {
    const dir = tempDir();
    createConfSettingsStore(dir, new RecordingLogger());
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8'))).toEqual(defaultSettings());
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
  });

  it('returns stored values parsed by the contract schema, from the file', () => {
    const dir = tempDir();
    const store = createConfSettingsStore(dir, new RecordingLogger());
    store.set({ ...defaultSettings(), closeToTray: true, theme: 'dark' });
    expect(store.get()).toMatchObject({ closeToTray: true, theme: 'dark' });
    // A second store over the same folder (the next start) reads what the first wrote.
    expect(createConfSettingsStore(dir, new RecordingLogger()).get()).toMatchObject({
      closeToTray: true,
      theme: 'dark'
    });
  });

  it('falls back to the defaults when the file holds an invalid value, and says so in the log', () => {
    const dir = tempDir();
    const logger = new RecordingLogger();
    const store = createConfSettingsStore(dir, logger);
    writeFileSync(fileOf(dir), JSON.stringify({ ...defaultSettings(), syncIntervalMinutes: 1 }));
    expect(store.get()).toEqual(defaultSettings());
    expect(logger.entries[0]?.level).toBe('warn');
  });

  it('starts on the defaults when the file is not JSON at all', () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), '{ not json');
    const store = createConfSettingsStore(dir, new RecordingLogger());
    expect(store.get()).toEqual(defaultSettings());
  });

  it('refuses to write an invalid value, leaving the file as it was', () => {
    const dir = tempDir();
    const store = createConfSettingsStore(dir, new RecordingLogger());
    expect(() => store.set({ ...defaultSettings(), timeZone: 'Mars/Olympus' })).toThrow();
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8'))).toEqual(defaultSettings());
  });
});
