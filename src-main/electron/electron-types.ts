/**
 * The slices of the Electron module the platform adapters need. Each adapter takes only the
 * pieces it uses as a parameter, so the composition root (src-main/index.ts) is the only file
 * that imports 'electron' at runtime and tests can pass a recording fake instead. This file's
 * import is type-only and erased at build time.
 */
import type * as Electron from 'electron';

/** The whole `electron` main-process module, as a type only. */
export type ElectronModule = typeof Electron;

export type ElectronApp = ElectronModule['app'];
export type ElectronIpcMain = ElectronModule['ipcMain'];
export type ElectronProtocol = ElectronModule['protocol'];
export type ElectronSafeStorage = ElectronModule['safeStorage'];
export type ElectronShell = ElectronModule['shell'];
export type ElectronBrowserWindow = Electron.BrowserWindow;
export type ElectronWebContents = Electron.WebContents;
export type ElectronSession = Electron.Session;
export type ElectronIpcMainInvokeEvent = Electron.IpcMainInvokeEvent;
export type ElectronTray = Electron.Tray;
export type ElectronMenuItemOptions = Electron.MenuItemConstructorOptions;
