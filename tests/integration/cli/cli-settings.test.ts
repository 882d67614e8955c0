import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@shared/contract';
import { createSettingsService } from '@main/core/settings/settings-service';
import { createConfSettingsStore } from '@main/node/conf-settings-store';
import { RecordingLogger } from '../../fakes/recording-logger';
import { runCommand as run, tempDataDirs } from '../../fakes/cli-kit';

/** `hostdeck settings [get]` and `hostdeck settings set`, on the app's own settings file. */
describe('hostdeck settings', () => {
  const dirs = tempDataDirs();

  it('prints the defaults where nothing was saved, and creates nothing', async () => {
    for (const args of [['settings'], ['settings', 'get']]) {
      const shown = await run([...args, '--data-dir', dirs.dataDir]);
      expect(shown.code, shown.err).toBe(0);
      expect(JSON.parse(shown.out)).toEqual(defaultSettings());
    }
    expect(existsSync(dirs.dataDir)).toBe(false);
  });

  it('changes settings as the Settings page does; the app reads what was written', async () => {
    const changed = await run([
      'settings',
      'set',
      'timeZone',
      'America/New_York',
      'alertThresholds',
      '[45,10]',
      'quietHours',
      '{"start":"22:00","end":"07:00"}',
      'closeToTray',
      'false',
      'lowCreditThreshold',
      '2500',
      '--data-dir',
      dirs.dataDir
    ]);
    expect(changed.code, changed.err).toBe(0);
    const expected: Settings = {
      ...defaultSettings(),
      timeZone: 'America/New_York',
      alertThresholds: [45, 10],
      quietHours: { start: '22:00', end: '07:00' },
      closeToTray: false,
      lowCreditThreshold: 2500
    };
    expect(JSON.parse(changed.out)).toEqual(expected);
    // The app's own store over the same folder reads the same settings.
    const logger = new RecordingLogger();
    const app = createSettingsService(createConfSettingsStore(dirs.dataDir, logger), logger);
    expect(app.get()).toEqual(expected);
    // Private to the user, like everything in the data folder.
    expect(statSync(join(dirs.dataDir, 'settings.json')).mode & 0o777).toBe(0o600);
    // And what the app changes next, the command prints.
    app.update({ language: 'nl' });
    const shown = await run(['settings', '--data-dir', dirs.dataDir]);
    expect(JSON.parse(shown.out)).toEqual({ ...expected, language: 'nl' });
  });

  it('refuses an unknown name or a refused value with exit 2, and writes nothing', async () => {
    await run(['settings', 'set', 'theme', 'dark', '--data-dir', dirs.dataDir]);
    const before = readFileSync(join(dirs.dataDir, 'settings.json'), 'utf8');
    const refusals = [
      [['timeZone', 'Mars/Olympus'], /timeZone: Unknown time zone/],
      [['syncIntervalMinutes', '1'], /syncIntervalMinutes/],
      [['theme', 'light', 'colour', 'blue'], /refused: .*colour/],
      [['quietHours', '{"start":"25:00","end":"07:00"}'], /quietHours\.start: Use HH:MM/],
      [['theme'], /expected NAME VALUE pairs/]
    ] as const;
    for (const [pairs, message] of refusals) {
      const refused = await run(['settings', 'set', ...pairs, '--data-dir', dirs.dataDir]);
      expect(refused.code, pairs.join(' ')).toBe(2);
      expect(refused.out).toBe('');
      expect(refused.err).toMatch(message);
    }
    expect(readFileSync(join(dirs.dataDir, 'settings.json'), 'utf8')).toBe(before);
  });
});
