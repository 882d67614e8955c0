/**
 * A recording stand-in for the `electron` main-process module. There is no Electron binary
 * on CI machines, so the platform adapters take Electron's APIs as a parameter and tests
 * pass this instead. Each fake records what was called so tests can assert on it.
 */
import type {
  ElectronApp,
  ElectronBrowserWindow,
  ElectronIpcMain,
  ElectronModule,
  ElectronSession,
  ElectronWebContents
} from '@main/electron/electron-types';

type Listener = (...args: unknown[]) => unknown;

/** A minimal EventEmitter with the `on`/`once`/`emit` shape Electron objects have. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(name, wrapped);
      return listener(...args);
    };
    return this.on(name, wrapped);
  }

  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener)
    );
    return this;
  }

  emit(name: string, ...args: unknown[]): boolean {
    const current = this.listeners.get(name) ?? [];
    for (const listener of current) listener(...args);
    return current.length > 0;
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An Electron-style event whose `preventDefault` is observable. */
export interface FakeEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Builds an event for `will-navigate` and friends. */
export function fakeEvent(url = ''): FakeEvent {
  const event: FakeEvent = {
    url,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    }
  };
  return event;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string }
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string
) => boolean;

/** Records the permission handlers a session was given. */
export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }

  /** This fake typed as an Electron Session. */
  asSession(): ElectronSession {
    return this as unknown as ElectronSession;
  }
}

let nextWebContentsId = 1;

/** A webContents recording sends and its window-open handler. */
export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;

  constructor(readonly session: FakeSession = new FakeSession()) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** This fake typed as Electron's WebContents. */
  asWebContents(): ElectronWebContents {
    return this as unknown as ElectronWebContents;
  }
}

/** A BrowserWindow recording its options, loaded URL and visibility. */
export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  /** This fake typed as a BrowserWindow. */
  asWindow(): ElectronBrowserWindow {
    return this as unknown as ElectronBrowserWindow;
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain that, like Electron, refuses a second handler for the same channel. */
export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly handleCalls: string[] = [];

  handle(channel: string, handler: InvokeHandler): void {
    this.handleCalls.push(channel);
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** This fake typed as Electron's ipcMain, for passing to platform functions. */
  asIpcMain(): ElectronIpcMain {
    return this as unknown as ElectronIpcMain;
  }

  /** Calls a registered handler the way Electron would for `ipcRenderer.invoke`. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

/** Builds an IPC invoke event from a frame URL (or a null frame) and a sender id. */
export function fakeInvokeEvent(
  frameUrl: string | null,
  senderId: number
): { senderFrame: { url: string } | null; sender: { id: number } } {
  return { senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: { id: senderId } };
}

/** Everything a fake electron module records, plus the module-shaped view of it. */
export interface FakeElectron {
  readonly app: FakeApp;
  readonly safeStorage: FakeSafeStorage;
  readonly windows: FakeBrowserWindow[];
  readonly ipcMain: FakeIpcMain;
  readonly openedExternally: string[];
  readonly notifications: FakeNotificationInstance[];
  readonly trays: FakeTrayInstance[];
  /** Every `Menu.setApplicationMenu` call's menu, last one last. */
  readonly applicationMenus: FakeMenu[];
  readonly privilegedSchemes: unknown[];
  readonly protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  notificationsSupported: boolean;
  /** The fake typed as the real module, for passing to platform functions. */
  readonly module: ElectronModule;
}

/** A recorded Notification. */
export interface FakeNotificationInstance extends FakeEmitter {
  readonly options: { title: string; body: string; icon?: string };
  shown: boolean;
  closed: boolean;
}

/** A menu built by the fake `Menu.buildFromTemplate`: its template as given. */
export interface FakeMenuItem {
  readonly id?: string;
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly click?: () => void;
  readonly submenu?: FakeMenuItem[];
}
export interface FakeMenu {
  readonly template: FakeMenuItem[];
}

/** A recorded Tray. */
export interface FakeTrayInstance extends FakeEmitter {
  readonly image: unknown;
  tooltip: string | null;
  menu: { template: { id?: string; label?: string; type?: string; click?: () => void }[] } | null;
  title: string;
}

/** Creates a fresh fake electron module; nothing is shared between tests. */
export function createFakeElectron(): FakeElectron {
  const windows: FakeBrowserWindow[] = [];
  const notifications: FakeNotificationInstance[] = [];
  const trays: FakeTrayInstance[] = [];
  const applicationMenus: FakeMenu[] = [];
  const openedExternally: string[] = [];
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const ipcMain = new FakeIpcMain();
  const app = new FakeApp();
  const safeStorage = new FakeSafeStorage(true);

  const fake = {
    app,
    safeStorage,
    windows,
    ipcMain,
    openedExternally,
    notifications,
    trays,
    applicationMenus,
    privilegedSchemes,
    protocolHandlers,
    notificationsSupported: true
  } as Omit<FakeElectron, 'module'> & { notificationsSupported: boolean };

  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(options);
      windows.push(this);
    }
  }

  class Notification extends FakeEmitter implements FakeNotificationInstance {
    shown = false;
    closed = false;
    static isSupported(): boolean {
      return fake.notificationsSupported;
    }
    constructor(readonly options: { title: string; body: string; icon?: string }) {
      super();
      notifications.push(this);
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      this.closed = true;
      this.emit('close', {});
    }
  }

  class Tray extends FakeEmitter implements FakeTrayInstance {
    tooltip: string | null = null;
    menu: FakeTrayInstance['menu'] = null;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
    setToolTip(text: string): void {
      this.tooltip = text;
    }
    setContextMenu(menu: FakeTrayInstance['menu']): void {
      this.menu = menu;
    }
    setTitle(title: string): void {
      this.title = title;
    }
    title = '';
  }

  const module = {
    app,
    safeStorage,
    BrowserWindow,
    Notification,
    Tray,
    ipcMain,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: FakeMenu | null) => {
        if (menu) applicationMenus.push(menu);
      }
    },
    powerMonitor: new FakeEmitter(),
    net: { isOnline: () => true },
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    shell: {
      openExternal: (url: string) => {
        openedExternally.push(url);
        return Promise.resolve();
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        protocolHandlers.set(scheme, handler);
      }
    }
  };

  return Object.assign(fake, { module: module as unknown as ElectronModule });
}

/** A fake `app`: records lifecycle calls; `markReady()` resolves `whenReady()`. */
export class FakeApp extends FakeEmitter {
  quitCalls = 0;
  exitCodes: number[] = [];
  isPackaged = false;
  sandboxEnabled = false;
  lockGranted = true;
  lockRequests = 0;
  readonly paths = new Map<string, string>();
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  setAppUserModelId(): void {}
  readonly loginItemSettings: unknown[] = [];
  setLoginItemSettings(settings: unknown): void {
    this.loginItemSettings.push(settings);
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/fake/${name}`;
  }
  getAppPath(): string {
    return '/fake/app';
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  /** The OS's preferred languages; tests set them to check the Language setting 'system'. */
  preferredSystemLanguages: string[] = ['en-US'];
  getPreferredSystemLanguages(): string[] {
    return [...this.preferredSystemLanguages];
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return this.lockGranted;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Fires `ready`, as Electron does once it has initialised. */
  markReady(): void {
    this.emit('ready');
    this.resolveReady();
  }
  /** This fake typed as Electron's app. */
  asApp(): ElectronApp {
    return this as unknown as ElectronApp;
  }
}

/**
 * A fake safeStorage whose "encryption" is base64 + reversal: visibly not plaintext, and
 * reversible, so the ciphertext file can be checked for leaks.
 */
export class FakeSafeStorage {
  plainTextOptIn = false;
  failDecrypt = false;
  constructor(
    public available: boolean,
    public backend:
      | 'basic_text'
      | 'gnome_libsecret'
      | 'kwallet'
      | 'kwallet5'
      | 'kwallet6'
      | 'unknown' = 'gnome_libsecret'
  ) {}

  isEncryptionAvailable(): boolean {
    return this.available || (this.plainTextOptIn && this.backend === 'basic_text');
  }
  getSelectedStorageBackend(): FakeSafeStorage['backend'] {
    return this.backend;
  }
  setUsePlainTextEncryption(value: boolean): void {
    this.plainTextOptIn = value;
  }
  encryptString(plain: string): Buffer {
    return Buffer.from(
      Buffer.from(plain, 'utf8').toString('base64').split('').reverse().join(''),
      'utf8'
    );
  }
  decryptString(cipher: Buffer): string {
    if (this.failDecrypt)
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.'
      );
    return Buffer.from(cipher.toString('utf8').split('').reverse().join(''), 'base64').toString(
      'utf8'
    );
  }
}
