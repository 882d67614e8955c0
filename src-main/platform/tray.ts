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
  /** Opens the window on a route (a domain from the "Expiring soon" list). */
  onNavigate?(route: string): void;
  /** Pauses or resumes desktop notifications. */
  onTogglePause?(paused: boolean): void;
  readonly tooltip?: string;
}

/** What the tray shows besides its fixed items. */
export interface TrayState {
  readonly openAlerts: number;
  /** The soonest expiring domains, already worded ("example.com — in 3 days"). */
  readonly soonest: readonly { readonly label: string; readonly route: string }[];
  readonly notificationsPaused: boolean;
  /** Tickets with a staff reply not yet opened. */
  readonly unreadTickets: number;
}

const EMPTY_STATE: TrayState = {
  openAlerts: 0,
  soonest: [],
  notificationsPaused: false,
  unreadTickets: 0
};

/** The Tickets page, where unread tickets are marked. */
export const TICKETS_ROUTE = 'tickets';

/** What the tray needs of a domain (a `domains:list` row). */
export interface TrayDomain {
  readonly id: string;
  readonly name: string;
  readonly daysLeft: number | null;
}

/**
 * The renderer route of one domain's page. The id is percent-encoded as one segment, so an
 * id with `/`, `#`, `?`, `%` or spaces reaches the page intact (the router decodes it).
 */
export function domainRoute(id: string): string {
  return `domains/${encodeURIComponent(id)}`;
}

/** The tray's "Expiring soon" list: live domains, soonest first, at most `limit`. */
export function soonestExpiring(domains: readonly TrayDomain[], limit = 5): TrayState['soonest'] {
  return domains
    .filter((d) => d.daysLeft !== null && d.daysLeft >= 0)
    .sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0))
    .slice(0, limit)
    .map((d) => ({
      label: `${d.name} — ${d.daysLeft === 0 ? 'expires today' : `in ${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'}`}`,
      route: domainRoute(d.id)
    }));
}

function unreadLabel(count: number): string {
  return `${count} unread ticket${count === 1 ? '' : 's'}`;
}

/** The tooltip: the app name, how many alerts are open and how many tickets are unread. */
export function trayTooltip(state: TrayState): string {
  const alerts =
    state.openAlerts === 0
      ? 'no open alerts'
      : `${state.openAlerts} open alert${state.openAlerts === 1 ? '' : 's'}`;
  const unread = state.unreadTickets > 0 ? `, ${unreadLabel(state.unreadTickets)}` : '';
  return `Hostdeck — ${alerts}${unread}`;
}

/** The context menu, as a plain template so it can be checked without Electron. */
export function trayMenuTemplate(
  options: Pick<TrayOptions, 'onOpen' | 'onSyncNow' | 'onQuit' | 'onNavigate' | 'onTogglePause'>,
  state: TrayState = EMPTY_STATE
): ElectronMenuItemOptions[] {
  const expiring: ElectronMenuItemOptions[] =
    state.soonest.length === 0
      ? []
      : [
          { type: 'separator' },
          { id: 'expiring-header', label: 'Expiring soon', enabled: false },
          ...state.soonest.map((d, i) => ({
            id: `expiring-${i}`,
            label: d.label,
            click: () => options.onNavigate?.(d.route)
          }))
        ];
  return [
    {
      id: 'open',
      label: state.openAlerts > 0 ? `Open Hostdeck (${state.openAlerts} alerts)` : 'Open Hostdeck',
      click: () => options.onOpen()
    },
    { id: 'sync-now', label: 'Sync now', click: () => options.onSyncNow() },
    ...(state.unreadTickets > 0
      ? [
          {
            id: 'unread-tickets',
            label: unreadLabel(state.unreadTickets),
            click: () => options.onNavigate?.(TICKETS_ROUTE)
          }
        ]
      : []),
    ...expiring,
    { type: 'separator' },
    {
      id: 'pause-notifications',
      label: 'Pause notifications',
      type: 'checkbox',
      checked: state.notificationsPaused,
      click: () => options.onTogglePause?.(!state.notificationsPaused)
    },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => options.onQuit() }
  ];
}

/**
 * Shows new alert counts and domains. Linux trays only pick up menu changes through a new
 * setContextMenu call, so the whole menu is rebuilt each time.
 */
export function updateTray(
  electron: Pick<ElectronModule, 'Menu'>,
  tray: Pick<ElectronTray, 'setToolTip' | 'setContextMenu' | 'setTitle'>,
  options: Pick<TrayOptions, 'onOpen' | 'onSyncNow' | 'onQuit' | 'onNavigate' | 'onTogglePause'>,
  state: TrayState,
  platform: NodeJS.Platform
): void {
  tray.setToolTip(trayTooltip(state));
  tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(options, state)));
  // macOS shows text next to the menu-bar icon; elsewhere the tooltip carries the count.
  if (platform === 'darwin') tray.setTitle(state.openAlerts > 0 ? String(state.openAlerts) : '');
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
