/**
 * Where Hostdeck keeps its data outside Electron. It matches Electron's `userData` for the
 * product name, so the web shell and the desktop app read the same profiles and cache.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data directory (settings, profiles, caches). */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): string {
  if (env['HOSTDECK_DATA_DIR']) return env['HOSTDECK_DATA_DIR'];
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Hostdeck');
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Hostdeck');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Hostdeck');
}

/** The log directory for a data directory. */
export function logDirFor(dataDir: string): string {
  return join(dataDir, 'logs');
}
