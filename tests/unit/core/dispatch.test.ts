import { describe, expect, it } from 'vitest';
import { defaultSettings, type ContractHandlers, type Settings } from '@shared/contract';
import { dispatch } from '@main/core/dispatch';
import { createSettingsService } from '@main/core/settings/settings-service';
import type { SettingsStore } from '@main/core/ports';
import { RecordingLogger } from '../../fakes/recording-logger';

function memoryStore(): SettingsStore<Settings> & { value: Settings } {
  const store = {
    value: defaultSettings(),
    get: () => store.value,
    set: (next: Settings) => void (store.value = next)
  };
  return store;
}

/** The settings channels over a real settings service; every other channel is absent. */
function settingsHandlers(store = memoryStore()) {
  const service = createSettingsService(store, new RecordingLogger());
  const handlers = {
    'settings:get': async () => service.get(),
    'settings:update': async (patch: Parameters<typeof service.update>[0]) => service.update(patch)
  } as unknown as ContractHandlers;
  return { handlers, store, service };
}

describe('dispatch refusing invalid input', () => {
  it('lists every refused value by its path, with code and kind invalid-input', async () => {
    const { handlers, store } = settingsHandlers();
    const result = await dispatch(
      handlers,
      'settings:update',
      {
        timeZone: 'Mars/Olympus',
        syncIntervalMinutes: 2,
        quietHours: { start: '25:00', end: '07:00' },
        alertThresholds: [30, 'soon']
      },
      new RecordingLogger()
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid-input');
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([
      ['timeZone'],
      ['syncIntervalMinutes'],
      ['alertThresholds', 1],
      ['quietHours', 'start']
    ]);
    expect(result.error.issues?.[0]?.message).toBe('Unknown time zone');
    // The English message still names them, for logs and JSON.
    expect(result.error.message).toMatch(
      /^Invalid input for settings:update: timeZone: Unknown time zone; syncIntervalMinutes: /
    );
    expect(store.value).toEqual(defaultSettings());
  });

  it('gives an empty path for a refused input as a whole (an unknown key)', async () => {
    const { handlers } = settingsHandlers();
    const result = await dispatch(
      handlers,
      'settings:update',
      { colour: 'red' },
      new RecordingLogger()
    );
    expect(result.ok ? null : result.error.issues).toEqual([
      { path: [], message: expect.stringContaining('colour') }
    ]);
  });

  it('sends no issues with other failures', async () => {
    const { handlers } = settingsHandlers();
    const unknown = await dispatch(handlers, 'settings:nonsense', {}, new RecordingLogger());
    expect(unknown.ok ? null : unknown.error).toEqual({
      kind: 'not-found',
      message: 'Unknown channel "settings:nonsense".',
      code: 'unknown-channel'
    });
  });

  it('passes the issues of core validation through (settings the service refuses)', async () => {
    // A store holding a valid file; the service is asked for a value only its full schema sees.
    const store = memoryStore();
    const { service } = settingsHandlers(store);
    const handlers = {
      'settings:update': async () => service.update({ quietHours: { start: '7am', end: '08:00' } })
    } as unknown as ContractHandlers;
    const result = await dispatch(handlers, 'settings:update', {}, new RecordingLogger());
    expect(result.ok ? null : result.error).toMatchObject({
      kind: 'invalid-input',
      code: 'invalid-input',
      issues: [{ path: ['quietHours', 'start'], message: 'Use HH:MM (24-hour)' }]
    });
    expect(store.value).toEqual(defaultSettings());
  });
});
