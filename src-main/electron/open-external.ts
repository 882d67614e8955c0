/**
 * The single vetted way to hand a link to the operating system. `shell.openExternal` can
 * launch any registered protocol handler (file:, smb:, ms-msdt: … have led to code execution
 * and credential theft in other apps), so every path — IPC, window.open, menus — goes
 * through here and lint bans `shell.openExternal` everywhere else.
 */
import type { Logger } from '../core/ports';
import { vetExternalUrl } from '../core/security/external-url';
import type { ElectronShell } from './electron-types';

/** Opens a URL in the system browser after vetting it; resolves false when refused or failed. */
export type OpenExternal = (url: string) => Promise<boolean>;

/** Builds the helper over Electron's `shell`. */
export function createOpenExternal(
  shell: Pick<ElectronShell, 'openExternal'>,
  logger?: Logger
): OpenExternal {
  return async (url) => {
    const vetted = vetExternalUrl(url);
    if (!vetted.ok) {
      logger?.log('warn', 'refused to open an external link', { reason: vetted.reason });
      return false;
    }
    try {
      // The re-serialised URL is opened, never the raw input.
      await shell.openExternal(vetted.url);
      return true;
    } catch (error) {
      logger?.log('warn', 'the system could not open a link', {
        error: error instanceof Error ? error.message : String(error)
      });
      return false;
    }
  };
}
