import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsUpdateSchema, type Settings } from '@shared/contract';
import type { SettingsStore } from '@main/core/ports';
import { createSettingsService } from '@main/core/settings/settings-service';
import { createConfSettingsStore } from '@main/node/conf-settings-store';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

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

  describe('kept between reads of settings.json', () => {
    // The default zone is the machine's; the tests move away from it.
    const home = defaultSettings().timeZone;
    const away = home === 'Asia/Tokyo' ? 'America/Chicago' : 'Asia/Tokyo';
    /**
     * Dates settings.json `minutesAgo` back: a file written within the last second is read
     * on every call (its time stamp may not have moved yet), so the tests age it to show
     * what a file nobody has touched for a while does.
     */
    const age = (dir: string, minutesAgo: number) => {
      const at = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(join(dir, 'settings.json'), at, at);
    };

    /** A conf store over `dir` that counts how often settings.json is read through it. */
    function countingStore(dir: string) {
      const inner = createConfSettingsStore(dir, new RecordingLogger());
      const store = {
        reads: 0,
        get: () => {
          store.reads += 1;
          return inner.get();
        },
        set: (next: Settings) => inner.set(next),
        revision: () => inner.revision!()
      };
      return store;
    }

    it('reads and parses the file once while nothing changes it', () => {
      const dir = makeTempDir();
      try {
        const store = countingStore(dir.path);
        age(dir.path, 60);
        const service = createSettingsService(store, new RecordingLogger());
        for (let i = 0; i < 5; i++) expect(service.get().timeZone).toBe(home);
        expect(store.reads).toBe(1);
        // A file written a moment ago is read again until its time stamp can be trusted.
        service.update({ syncIntervalMinutes: 45 });
        // The kernel stamps the write with the machine's clock; stamp it with the process's
        // (the same one, except under faketime) so "a moment ago" holds at any instant.
        age(dir.path, 0);
        expect(service.get().syncIntervalMinutes).toBe(45);
        expect(service.get().syncIntervalMinutes).toBe(45);
        expect(store.reads).toBe(3);
        age(dir.path, 30);
        for (let i = 0; i < 5; i++) expect(service.get().syncIntervalMinutes).toBe(45);
        expect(store.reads).toBe(4);
      } finally {
        dir.cleanup();
      }
    });

    it('returns what was just saved through the service', () => {
      const dir = makeTempDir();
      try {
        const service = createSettingsService(countingStore(dir.path), new RecordingLogger());
        expect(service.get().syncIntervalMinutes).not.toBe(45);
        service.update({ syncIntervalMinutes: 45, timeZone: away });
        expect(service.get()).toMatchObject({ syncIntervalMinutes: 45, timeZone: away });
      } finally {
        dir.cleanup();
      }
    });

    it('sees a change saved by another writer of the same folder (another shell, the CLI)', () => {
      const dir = makeTempDir();
      try {
        const service = createSettingsService(countingStore(dir.path), new RecordingLogger());
        age(dir.path, 60);
        expect(service.get().timeZone).toBe(home);
        const other = createSettingsService(
          createConfSettingsStore(dir.path, new RecordingLogger()),
          new RecordingLogger()
        );
        other.update({ timeZone: away });
        expect(service.get().timeZone).toBe(away);
        age(dir.path, 30);
        expect(service.get().timeZone).toBe(away);
      } finally {
        dir.cleanup();
      }
    });

    it('sees a hand edit of settings.json, even one of the same length written in place', () => {
      const dir = makeTempDir();
      try {
        const service = createSettingsService(countingStore(dir.path), new RecordingLogger());
        service.update({ syncIntervalMinutes: 15 });
        age(dir.path, 60);
        expect(service.get().syncIntervalMinutes).toBe(15);
        const file = join(dir.path, 'settings.json');
        const text = readFileSync(file, 'utf8');
        expect(text).toContain('"syncIntervalMinutes": 15');
        writeFileSync(file, text.replace('"syncIntervalMinutes": 15', '"syncIntervalMinutes": 60'));
        expect(service.get().syncIntervalMinutes).toBe(60);
        // Once settled too: same file, same size, a later time stamp.
        age(dir.path, 30);
        expect(service.get().syncIntervalMinutes).toBe(60);
        writeFileSync(file, text.replace('"syncIntervalMinutes": 15', '"syncIntervalMinutes": 90'));
        age(dir.path, 20);
        expect(service.get().syncIntervalMinutes).toBe(90);
        // Nonsense written by hand falls back to the defaults, as on a first read.
        writeFileSync(file, text.replace('"syncIntervalMinutes": 15', '"syncIntervalMinutes": -1'));
        expect(service.get()).toEqual(defaultSettings());
      } finally {
        dir.cleanup();
      }
    });

    it('hands out settings no caller can change for the others', () => {
      const dir = makeTempDir();
      try {
        const service = createSettingsService(countingStore(dir.path), new RecordingLogger());
        const first = service.get();
        expect(() => {
          (first as { timeZone: string }).timeZone = away;
        }).toThrow();
        expect(service.get().timeZone).toBe(home);
      } finally {
        dir.cleanup();
      }
    });

    it('reads a store that cannot tell its revision on every call', () => {
      const store = memoryStore({ ...defaultSettings(), theme: 'dark' });
      const service = createSettingsService(store, new RecordingLogger());
      expect(service.get().theme).toBe('dark');
      store.value = { ...defaultSettings(), theme: 'light' };
      expect(service.get().theme).toBe('light');
    });
  });
});
