/**
 * The slices of the Electron module the platform adapters need. Each adapter takes only the
 * pieces it uses as a parameter, so the composition root (src-main/index.ts) is the only file
 * that imports 'electron' at runtime and tests can pass a recording fake instead.
 */

/** The whole `electron` main-process module, as a type only. */
export type ElectronModule = typeof import('electron');

export type ElectronApp = ElectronModule['app'];
export type ElectronIpcMain = ElectronModule['ipcMain'];
export type ElectronProtocol = ElectronModule['protocol'];
export type ElectronSafeStorage = ElectronModule['safeStorage'];
export type ElectronShell = ElectronModule['shell'];
export type ElectronBrowserWindow = import('electron').BrowserWindow;
export type ElectronWebContents = import('electron').WebContents;
export type ElectronSession = import('electron').Session;
export type ElectronIpcMainInvokeEvent = import('electron').IpcMainInvokeEvent;
export type ElectronTray = import('electron').Tray;
export type ElectronMenuItemOptions = import('electron').MenuItemConstructorOptions;
