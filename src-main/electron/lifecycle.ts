/**
 * App lifecycle rules: single instance, when closing the last window quits, and disposing
 * the core exactly once before quitting.
 */
import type { Logger } from '../core/ports';
import type { ElectronApp } from './electron-types';
import type { QuitState } from './tray';

/**
 * Whether the app quits when its last window closes: not on macOS (platform convention) and
 * not when the user keeps it running in the tray.
 */
export function shouldQuitWhenAllClosed(
  platform: NodeJS.Platform,
  closeToTray: boolean,
  hasTray: boolean
): boolean {
  if (platform === 'darwin') return false;
  return !(closeToTray && hasTray);
}

export interface LifecycleOptions {
  readonly platform: NodeJS.Platform;
  readonly quit: QuitState;
  closeToTray(): boolean;
  hasTray(): boolean;
  /** Shows and focuses the main window (creating it if needed). */
  reveal(): void;
  /** Stops background work and closes the cache. */
  dispose(): Promise<void>;
  readonly logger: Logger;
}

/**
 * Wires `second-instance`, `activate`, `window-all-closed` and `before-quit`. The first
 * `before-quit` is held until the core is disposed (so the SQLite cache closes cleanly),
 * then the quit is re-issued.
 */
export function attachLifecycle(
  app: Pick<ElectronApp, 'on' | 'quit'>,
  options: LifecycleOptions
): void {
  let disposed = false;
  app.on('second-instance', () => options.reveal());
  app.on('activate', () => options.reveal());
  app.on('window-all-closed', () => {
    if (shouldQuitWhenAllClosed(options.platform, options.closeToTray(), options.hasTray()))
      app.quit();
  });
  app.on('before-quit', (event) => {
    options.quit.markQuitting();
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    options
      .dispose()
      .catch((error: unknown) => {
        options.logger.log('error', 'shutting down the core failed', {
          error: error instanceof Error ? error.message : String(error)
        });
      })
      .finally(() => app.quit());
  });
}
