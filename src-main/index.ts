/**
 * Electron composition root: the only file that imports 'electron'. It builds the core's
 * ports from Electron APIs and the src-main/node adapters, registers the contract on IPC,
 * serves the renderer on app://hostdeck and owns the app lifecycle. No product rules here.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  shell,
  Tray
} from 'electron';
import { dispatch } from './core/dispatch';
import { systemClock, type Logger } from './core/ports';
import { createServices, type Services } from './core/create-core';
import { createDemoProviderPort } from './node/demo-provider-port';
import { createFileLogger } from './node/file-logger';
import { createHeapReleaser } from './node/heap-release';
import { createKeytarSecretStore, probeKeytar } from './node/keytar-secret-store';
import { createNodeHttp } from './node/node-http';
import { logDirFor } from './node/paths';
import { lockDownDataDir } from './node/private-data-dir';
import { createIpcEventSink, createSenderCheck, registerContractHandlers } from './electron/ipc';
import { attachBackgroundTriggers } from './electron/background';
import { applyAppMenu, type AppMenuOptions } from './electron/app-menu';
import { attachLifecycle } from './electron/lifecycle';
import { applyStartAtLogin } from './electron/login-item';
import { createMainWords } from './electron/main-words';
import { createElectronNotifier } from './electron/notifier';
import { createOpenExternal } from './electron/open-external';
import { APP_ENTRY_URL, appOrigins } from './electron/origin';
import { registerAppScheme, serveAppProtocol } from './electron/protocol';
import { createElectronSecretStore } from './electron/secret-store';
import { createConfSettingsStore } from './node/conf-settings-store';
import {
  attachCloseToTray,
  createQuitState,
  createTray,
  trayIconPath,
  updateTray,
  type TrayOptions,
  type TrayState
} from './electron/tray';
import { trayContent } from './core/alerts/tray-content';
import type { ContractEventName, ContractEventPayload } from '@shared/contract';
import { CHANNEL_SCOPES, type CacheScope } from '@shared/contract/cache-scopes';
import { createMainWindow, guardWebContents, revealWindow } from './electron/windows';

const APP_ID = 'be.hostdeck.app';
const KEYCHAIN_SERVICE = 'Hostdeck';

// Only an unpackaged (dev) build may load the renderer from electron-vite's dev server.
// An empty value counts as unset, so a blank variable can never yield an empty loadURL.
const devRendererUrl = app.isPackaged
  ? undefined
  : process.env['ELECTRON_RENDERER_URL'] || undefined;
// Tests point the app at a temp dir. Set before the single-instance lock, which is per userData.
const dataDirOverride = process.env['HOSTDECK_DATA_DIR'];
if (dataDirOverride) app.setPath('userData', path.resolve(dataDirOverride));
// Before Chromium or the single-instance lock write there: 0700 folder, 0600 files.
const dataDirPrivacy = lockDownDataDir(app.getPath('userData'));

app.enableSandbox();
registerAppScheme(protocol);
// Windows drops toasts from apps without an AppUserModelID.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// out/main/index.js → out/preload, out/renderer; icons ship as extraResources when packaged.
const outDir = path.join(import.meta.dirname, '..');
const resourcesDir = app.isPackaged
  ? process.resourcesPath
  : path.join(app.getAppPath(), 'resources');

const quit = createQuitState();
let services: Services | null = null;
let appLogger: Logger = {
  log: (level, message, fields) => console[level === 'debug' ? 'log' : level](message, fields ?? '')
};
let closeDemoProvider: () => Promise<void> = async () => undefined;
let mainWindow: BrowserWindow | null = null;
let tray: Tray | null = null;
let openWindow: (() => void) | null = null;
let closeToTray = (): boolean => false;
let refreshTray: () => Promise<void> = async () => undefined;

/**
 * What the tray shows is read through these channels (refreshTray), so it is written again
 * when any scope they read changes, as the renderer's queries are refetched: the scopes come
 * from the channels' own declarations, not from a list kept here.
 */
const TRAY_CHANNELS = ['alerts:summary', 'domains:list', 'settings:get', 'tickets:list'] as const;
const TRAY_READS: ReadonlySet<CacheScope> = new Set(
  TRAY_CHANNELS.flatMap((channel) => CHANNEL_SCOPES[channel].reads)
);
let refreshAppMenu: () => void = () => undefined;
let applyLoginItem: () => void = () => undefined;

const liveWindow = (): BrowserWindow | null =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  attachLifecycle(app, {
    platform: process.platform,
    quit,
    closeToTray: () => closeToTray(),
    hasTray: () => tray !== null,
    reveal: () => openWindow?.(),
    dispose: async () => {
      await services?.dispose();
      await closeDemoProvider();
    },
    // The file logger exists only after ready; until then lines go to the console.
    logger: { log: (level, message, fields) => appLogger.log(level, message, fields) }
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Hostdeck could not start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const logDir = logDirFor(dataDir);
  const logger = createFileLogger(logDir);
  appLogger = logger;
  for (const failure of dataDirPrivacy.failures)
    logger.log('warn', 'could not make a data file private', failure);
  const settings = createConfSettingsStore(dataDir, logger);
  closeToTray = () => settings.get().closeToTray;
  const { store: secrets } = await createElectronSecretStore({
    safeStorage,
    platform: process.platform,
    dataDir,
    allowWeakSecretStorage: settings.get().allowWeakSecretStorage,
    keytar: {
      probe: () => probeKeytar(KEYCHAIN_SERVICE),
      create: () => createKeytarSecretStore(KEYCHAIN_SERVICE)
    },
    logger
  });

  const allowedOrigins = appOrigins(devRendererUrl);
  const openExternal = createOpenExternal(shell, logger);
  const ipcEvents = createIpcEventSink(() => {
    const window = liveWindow();
    return window ? [window.webContents] : [];
  });
  // Main-side listeners ride on the same events the renderer gets: the tray follows alert
  // counts, and start-at-login follows the settings.
  const events = {
    emit<E extends ContractEventName>(event: E, payload: ContractEventPayload<E>): void {
      ipcEvents.emit(event, payload);
      const scopes =
        event === 'cache:changed' ? (payload as ContractEventPayload<'cache:changed'>).scopes : [];
      if (event === 'alerts:changed' || scopes.some((scope) => TRAY_READS.has(scope)))
        void refreshTray();
      if (scopes.includes('settings')) {
        applyLoginItem();
        refreshAppMenu();
      }
    }
  };
  const iconPath = path.join(resourcesDir, 'icon.png');
  // Notifications and the tray speak the Language setting, resolved against the OS's languages.
  const words = createMainWords(
    () => settings.get().language,
    () => app.getPreferredSystemLanguages()
  );
  const notifier = createElectronNotifier(
    { Notification },
    {
      platform: process.platform,
      iconPath,
      logger,
      words,
      onActivate: (target) => {
        openWindow?.();
        if (target) events.emit('app:navigate', { target });
      }
    }
  );

  // Not in the middle of a sync or a call: the end of each asks again.
  const heap = createHeapReleaser({ logger, busy: () => services?.busy() === true });
  const demoProvider = createDemoProviderPort();
  closeDemoProvider = () => demoProvider.close();
  services = createServices({
    shell: 'electron',
    version: app.getVersion(),
    dataDir,
    logDir,
    clock: systemClock,
    http: createNodeHttp(),
    secrets,
    settings,
    notifier,
    events,
    logger,
    openExternal,
    demoProvider,
    // A first start with no profile opens on the demo provider, as in the web shell.
    autoDemo: true,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    releaseMemory: () => heap.releaseSoon()
  });
  const handlers = services.handlers;
  registerContractHandlers(ipcMain, handlers, {
    isTrustedSender: createSenderCheck({
      allowedOrigins,
      trustedWebContentsIds: () => {
        const window = liveWindow();
        return window ? [window.webContents.id] : [];
      }
    }),
    logger
  });
  serveAppProtocol(protocol, path.join(outDir, 'renderer'));
  // Any webContents created later (devtools aside) gets the same navigation guards.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { allowedOrigins, openExternal, logger })
  );

  const createWindow = (): BrowserWindow => {
    const window = createMainWindow(
      { BrowserWindow },
      {
        preloadPath: path.join(outDir, 'preload', 'index.cjs'),
        rendererUrl: devRendererUrl ?? APP_ENTRY_URL,
        allowedOrigins,
        openExternal,
        logger,
        iconPath
      }
    );
    attachCloseToTray(window, { closeToTray, hasTray: () => tray !== null, quit });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  };
  openWindow = () => {
    const window = liveWindow();
    if (window) revealWindow(window);
    else mainWindow = createWindow();
  };
  mainWindow = createWindow();

  // The application menu speaks the Language setting too (Electron's own menu is English).
  const appMenuOptions: AppMenuOptions = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    onSettings: () => {
      openWindow?.();
      events.emit('app:navigate', { target: { kind: 'settings' } });
    },
    onQuit: () => {
      quit.markQuitting();
      app.quit();
    }
  };
  refreshAppMenu = () => applyAppMenu({ Menu }, words.menu(), appMenuOptions);
  refreshAppMenu();

  const trayActions: Pick<
    TrayOptions,
    'onOpen' | 'onSyncNow' | 'onQuit' | 'onNavigate' | 'onTogglePause'
  > = {
    onOpen: () => openWindow?.(),
    onSyncNow: () => syncNow('tray'),
    onQuit: () => {
      quit.markQuitting();
      app.quit();
    },
    onNavigate: (target) => {
      openWindow?.();
      events.emit('app:navigate', { target });
    },
    onTogglePause: (paused) =>
      void dispatch(handlers, 'settings:update', { notificationsPaused: paused }, logger)
  };
  refreshTray = async () => {
    if (!tray) return;
    // Handlers are called directly (main's own read, no renderer input to validate); a
    // failure (no profile yet) just leaves that part of the tray empty.
    const [alerts, domains, current, tickets] = await Promise.allSettled([
      handlers['alerts:summary'](undefined),
      // The soonest expiries still ahead: the first page of those within a century.
      handlers['domains:list']({
        within: 36500,
        status: 'all',
        autoRenewOffOnly: false,
        q: '',
        sort: 'daysLeft',
        dir: 'asc',
        offset: 0,
        limit: 5
      }),
      handlers['settings:get'](undefined),
      // Only the counts are wanted: one row is the smallest page.
      handlers['tickets:list']({
        status: 'all',
        sort: 'last-reply',
        dir: 'desc',
        offset: 0,
        limit: 1
      })
    ]);
    const state: TrayState = trayContent({
      openAlerts: alerts.status === 'fulfilled' ? alerts.value.openCount : null,
      domains: domains.status === 'fulfilled' ? domains.value.domains : null,
      notificationsPaused:
        current.status === 'fulfilled' ? current.value.notificationsPaused : null,
      unreadTickets: tickets.status === 'fulfilled' ? tickets.value.unreadCount : null
    });
    if (tray) updateTray({ Menu }, tray, trayActions, state, process.platform, words.tray());
  };
  try {
    tray = createTray(
      { Tray, Menu, nativeImage },
      {
        iconPath: trayIconPath(process.platform, path.join(resourcesDir, 'tray')),
        ...trayActions
      },
      words.tray()
    );
    void refreshTray();
  } catch (error) {
    // The tray is optional: the app stays usable (and close-to-tray stays off) without it.
    logger.log('warn', 'no tray icon on this desktop', {
      error: error instanceof Error ? error.message : String(error)
    });
  }

  // Through dispatch like any renderer call, so input defaults and error envelopes apply.
  function syncNow(reason: string): void {
    void dispatch(handlers, 'sync:run-now', { mode: 'incremental' }, logger).then((result) => {
      if (!result.ok)
        logger.log('warn', 'sync failed', {
          reason,
          kind: result.error.kind,
          message: result.error.message
        });
    });
  }
  // Waking up syncs at once and restarts the background wait (an hourly image is due).
  attachBackgroundTriggers({ powerMonitor, net }, { onTrigger: () => services?.wake() });
  applyLoginItem = () =>
    applyStartAtLogin(
      {
        app,
        platform: process.platform,
        autostartDir: path.join(
          process.env['XDG_CONFIG_HOME'] ?? path.join(app.getPath('home'), '.config'),
          'autostart'
        ),
        execPath: process.env['APPIMAGE'] ?? process.execPath
      },
      settings.get().startAtLogin
    );
  // Only packaged builds register themselves; a dev build at login would start electron itself.
  if (app.isPackaged) applyLoginItem();
  else applyLoginItem = () => undefined;

  services.start();
}
