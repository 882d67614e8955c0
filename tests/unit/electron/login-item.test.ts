import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyStartAtLogin, autostartDesktopEntry } from '@main/electron/login-item';
import { makeTempDir } from '../../fakes/temp-dir';

describe('start at login', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('writes and removes an XDG autostart entry on Linux', () => {
    const calls: unknown[] = [];
    const deps = {
      app: { setLoginItemSettings: (s: unknown) => calls.push(s) },
      platform: 'linux' as const,
      autostartDir: join(dir.path, 'autostart'),
      execPath: '/opt/Hostdeck/hostdeck'
    };
    applyStartAtLogin(deps, true);
    const file = join(dir.path, 'autostart', 'hostdeck.desktop');
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Hostdeck/hostdeck" --hidden');
    applyStartAtLogin(deps, false);
    expect(existsSync(file)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('uses the login-item API on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const calls: unknown[] = [];
      applyStartAtLogin(
        {
          app: { setLoginItemSettings: (s: unknown) => calls.push(s) },
          platform,
          autostartDir: dir.path,
          execPath: 'x'
        },
        true
      );
      expect(calls).toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
    }
  });

  it('quotes an executable path with spaces and shell characters', () => {
    expect(autostartDesktopEntry('/home/a b/Host$deck')).toContain(
      'Exec="/home/a b/Host\\$deck" --hidden'
    );
  });
});
