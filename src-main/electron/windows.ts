/**
 * The main window and the guards every webContents gets: secure webPreferences, no
 * navigation away from the app, no new windows (links go to the vetted open-external
 * helper), no <webview>, and a session that denies every permission but notifications.
 */
import type { Logger } from '../core/ports';
import type {
  ElectronBrowserWindow,
  ElectronModule,
  ElectronSession,
  ElectronWebContents
} from './electron-types';
import type { OpenExternal } from './open-external';
import { isAllowedOrigin } from './origin';

/** The only webPreferences a Hostdeck window is ever created with (plus `preload`). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false
} as const;

/** The permissions the UI may use; everything else (camera, geolocation, …) is denied. */
export const ALLOWED_PERMISSIONS: readonly string[] = ['notifications'];

export interface GuardOptions {
  /** The app's own origins; navigation anywhere else is prevented. */
  readonly allowedOrigins: readonly string[];
  readonly openExternal: OpenExternal;
  readonly logger?: Logger;
}

export interface MainWindowOptions extends GuardOptions {
  /** Absolute path of the built preload (CommonJS, because the preload is sandboxed). */
  readonly preloadPath: string;
  /** `app://hostdeck/index.html`, or the dev server URL in development. */
  readonly rendererUrl: string;
  /** Window icon (Linux/Windows); macOS takes the bundle icon. */
  readonly iconPath?: string;
  readonly title?: string;
}

type GuardableContents = Pick<ElectronWebContents, 'on' | 'setWindowOpenHandler'>;

// A webContents can be guarded twice (the window's own call and app 'web-contents-created');
// once is enough.
const guarded = new WeakSet<object>();

/**
 * Attaches the navigation, window-open and webview guards to one webContents. `window.open`
 * is always denied; an https/mailto target is handed to the vetted helper instead.
 */
export function guardWebContents(contents: GuardableContents, options: GuardOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const refuseForeign = (event: { preventDefault(): void; url: string }): void => {
    if (isAllowedOrigin(event.url, options.allowedOrigins)) return;
    event.preventDefault();
    options.logger?.log('warn', 'blocked navigation away from the app');
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // openExternal vets again; this branch only avoids logging a refusal for in-app links.
    if (!isAllowedOrigin(url, options.allowedOrigins)) void options.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Answers a permission request or check: only an allow-listed permission, asked for by one
 * of the app's own origins, passes.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  allowedOrigins: readonly string[]
): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isAllowedOrigin(requestingUrl, allowedOrigins);
}

/**
 * Electron grants every permission by default; this denies all but notifications for our own
 * origin, both for requests (prompts) and checks (synchronous queries such as
 * `navigator.permissions`).
 */
export function hardenSession(
  session: Pick<ElectronSession, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  allowedOrigins: readonly string[]
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, allowedOrigins))
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, allowedOrigins)
  );
}

/**
 * Creates the main window with the secure preferences, guards it and loads the renderer.
 * The window stays hidden until its first paint so it never flashes white.
 */
export function createMainWindow(
  electron: Pick<ElectronModule, 'BrowserWindow'>,
  options: MainWindowOptions
): ElectronBrowserWindow {
  const window = new electron.BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: options.title ?? 'Hostdeck',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath }
  });
  hardenSession(window.webContents.session, options.allowedOrigins);
  guardWebContents(window.webContents, options);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    options.logger?.log('error', 'the window could not load the renderer', {
      error: error instanceof Error ? error.message : String(error)
    });
  });
  return window;
}

/** Brings a window back from hidden or minimised and focuses it (second instance, tray, notification). */
export function revealWindow(
  window: Pick<ElectronBrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>
): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
