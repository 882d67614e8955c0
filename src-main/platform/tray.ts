/**
 * The tray icon and close-to-tray behaviour. The tray is optional (stock GNOME shows no
 * tray without an extension), so the app stays fully usable and quittable without it.
 */
import path from 'node:path';
import type {
  ElectronBrowserWindow,
  ElectronMenuItemOptions,
  ElectronModule,
  ElectronTray
} from './electron-types';

export interface TrayOptions {
  /** From `trayIconPath`. */
  readonly iconPath: string;
  onOpen(): void;
  onSyncNow(): void;
  onQuit(): void;
  readonly tooltip?: string;
}

/** The context menu, as a plain template so it can be checked without Electron. */
export function trayMenuTemplate(
  options: Pick<TrayOptions, 'onOpen' | 'onSyncNow' | 'onQuit'>
): ElectronMenuItemOptions[] {
  return [
    { id: 'open', label: 'Open Hostdeck', click: () => options.onOpen() },
    { id: 'sync-now', label: 'Sync now', click: () => options.onSyncNow() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => options.onQuit() }
  ];
}

/**
 * The tray image for the platform: macOS gets the monochrome Template image (it adapts to
 * light and dark menu bars); others the colour icon. nativeImage picks `@2x` by itself.
 */
export function trayIconPath(platform: NodeJS.Platform, trayDir: string): string {
  return path.join(trayDir, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}

/** Creates the tray with its menu and tooltip; a click opens the window on Windows/Linux. */
export function createTray(
  electron: Pick<ElectronModule, 'Tray' | 'Menu' | 'nativeImage'>,
  options: TrayOptions
): ElectronTray {
  const image = electron.nativeImage.createFromPath(options.iconPath);
  const tray = new electron.Tray(image);
  tray.setToolTip(options.tooltip ?? 'Hostdeck');
  tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(options)));
  tray.on('click', () => options.onOpen());
  return tray;
}

/** Remembers that a real quit is under way, so `close` stops hiding the window. */
export interface QuitState {
  isQuitting(): boolean;
  markQuitting(): void;
}

/** A fresh quit flag, set by the tray's Quit, the app menu and `before-quit`. */
export function createQuitState(): QuitState {
  let quitting = false;
  return {
    isQuitting: () => quitting,
    markQuitting: () => {
      quitting = true;
    }
  };
}

/**
 * Close-to-tray: closing hides the window instead of destroying it, but only when the user
 * opted in, a tray icon exists to bring it back, and no quit is under way (otherwise "quit"
 * would need two tries).
 */
export function attachCloseToTray(
  window: Pick<ElectronBrowserWindow, 'on' | 'hide'>,
  options: { closeToTray(): boolean; hasTray(): boolean; readonly quit: QuitState }
): void {
  window.on('close', (event) => {
    if (options.quit.isQuitting() || !options.closeToTray() || !options.hasTray()) return;
    event.preventDefault();
    window.hide();
  });
}
