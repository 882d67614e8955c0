import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  settingsUpdateSchema,
  type Settings
} from '../../../../src-shared/contract';
import type { SettingsStore } from '../../../../src-main/core/ports';
import { createSettingsService } from '../../../../src-main/core/settings/settings-service';
import { RecordingLogger } from '../../../fakes/recording-logger';

function memoryStore(initial: unknown): SettingsStore<Settings> & { value: unknown } {
  const store = {
    value: initial,
    get: () => store.value as Settings,
    set: (next: Settings) => void (store.value = next)
  };
  return store;
}

describe('the settings service', () => {
  it('changes only the keys a partial update names', () => {
    const store = memoryStore({
      ...defaultSettings(),
      theme: 'dark',
      timeZone: 'America/New_York'
    });
    const service = createSettingsService(store, new RecordingLogger());
    const patch = settingsUpdateSchema.parse({ syncIntervalMinutes: 45 });
    expect(patch).toEqual({ syncIntervalMinutes: 45 });
    const next = service.update(patch);
    expect(next).toMatchObject({
      theme: 'dark',
      timeZone: 'America/New_York',
      syncIntervalMinutes: 45
    });
  });

  it('rejects an unknown time zone and unknown keys', () => {
    expect(settingsUpdateSchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(settingsUpdateSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('falls back to defaults when the stored file holds nonsense, and says so in the log', () => {
    const logger = new RecordingLogger();
    const service = createSettingsService(memoryStore({ theme: 42 }), logger);
    expect(service.get()).toEqual(defaultSettings());
    expect(logger.entries.some((e) => e.level === 'warn')).toBe(true);
  });
});
