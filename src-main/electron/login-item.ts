/**
 * Start at login. macOS and Windows have a login-item API; Linux uses an XDG autostart
 * `.desktop` file, which is what desktop environments read at session start.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElectronApp } from './electron-types';

export interface LoginItemDeps {
  readonly app: Pick<ElectronApp, 'setLoginItemSettings'>;
  readonly platform: NodeJS.Platform;
  /** `$XDG_CONFIG_HOME/autostart` (Linux). */
  readonly autostartDir: string;
  /** The executable to start (the AppImage path when running from one). */
  readonly execPath: string;
  readonly fs?: {
    mkdirSync: typeof mkdirSync;
    writeFileSync: typeof writeFileSync;
    rmSync: typeof rmSync;
  };
}

/** The autostart entry; `--hidden` starts Hostdeck in the tray without a window. */
export function autostartDesktopEntry(execPath: string): string {
  const quoted = `"${execPath.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Hostdeck',
    `Exec=${quoted} --hidden`,
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n');
}

/** Turns start-at-login on or off for the platform. */
export function applyStartAtLogin(deps: LoginItemDeps, enabled: boolean): void {
  if (deps.platform === 'darwin' || deps.platform === 'win32') {
    deps.app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] });
    return;
  }
  const fs = deps.fs ?? { mkdirSync, writeFileSync, rmSync };
  const file = join(deps.autostartDir, 'hostdeck.desktop');
  if (enabled) {
    fs.mkdirSync(deps.autostartDir, { recursive: true });
    fs.writeFileSync(file, autostartDesktopEntry(deps.execPath));
  } else {
    fs.rmSync(file, { force: true });
  }
}
