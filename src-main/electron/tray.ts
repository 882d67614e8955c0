/**
 * The tray icon and close-to-tray behaviour. The tray is optional (stock GNOME shows no
 * tray without an extension), so the app stays fully usable and quittable without it.
 */
import path from 'node:path';
import type { TFunction } from 'i18next';
import { createI18n } from '@shared/i18n/create-i18n';
import type { Target } from '@shared/model/target';
import type { TrayContent } from '../core/alerts/tray-content';
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
  /** Opens the window on a target (a domain from the "Expiring soon" list). */
  onNavigate?(target: Target): void;
  /** Pauses or resumes desktop notifications. */
  onTogglePause?(paused: boolean): void;
  readonly tooltip?: string;
}

/** What the tray shows besides its fixed items: facts, worded here in the chosen language. */
export type TrayState = TrayContent;
export { soonestExpiring } from '../core/alerts/tray-content';

/** `t` of the `tray` namespace. */
export type TrayT = TFunction<'tray'>;

const EMPTY_STATE: TrayState = {
  openAlerts: 0,
  soonest: [],
  notificationsPaused: false,
  unreadTickets: 0
};

let englishT: TrayT | null = null;
/** English words, for a tray built before the language is known (and tests). */
function english(): TrayT {
  englishT ??= createI18n('en').getFixedT('en', 'tray');
  return englishT;
}

/** The Tickets page, where unread tickets are marked. */
export const TICKETS_TARGET: Target = { kind: 'tickets' };

/** The tooltip: the app name, how many alerts are open and how many tickets are unread. */
export function trayTooltip(state: TrayState, t: TrayT = english()): string {
  const status =
    state.openAlerts === 0 ? t('noOpenAlerts') : t('openAlerts', { count: state.openAlerts });
  return state.unreadTickets > 0
    ? t('tooltipWithUnread', { status, unread: t('unreadTickets', { count: state.unreadTickets }) })
    : t('tooltip', { status });
}

/** The context menu, as a plain template so it can be checked without Electron. */
export function trayMenuTemplate(
  options: Pick<TrayOptions, 'onOpen' | 'onSyncNow' | 'onQuit' | 'onNavigate' | 'onTogglePause'>,
  state: TrayState = EMPTY_STATE,
  t: TrayT = english()
): ElectronMenuItemOptions[] {
  const expiring: ElectronMenuItemOptions[] =
    state.soonest.length === 0
      ? []
      : [
          { type: 'separator' },
          { id: 'expiring-header', label: t('menu.expiringSoon'), enabled: false },
          ...state.soonest.map((d, i) => ({
            id: `expiring-${i}`,
            label:
              d.daysLeft === 0
                ? t('menu.expiresToday', { domain: d.domain })
                : t('menu.expiresIn', { domain: d.domain, count: d.daysLeft }),
            click: () => options.onNavigate?.(d.target)
          }))
        ];
  return [
    {
      id: 'open',
      label:
        state.openAlerts > 0
          ? t('menu.openWithAlerts', { count: state.openAlerts })
          : t('menu.open'),
      click: () => options.onOpen()
    },
    { id: 'sync-now', label: t('menu.syncNow'), click: () => options.onSyncNow() },
    ...(state.unreadTickets > 0
      ? [
          {
            id: 'unread-tickets',
            label: t('unreadTickets', { count: state.unreadTickets }),
            click: () => options.onNavigate?.(TICKETS_TARGET)
          }
        ]
      : []),
    ...expiring,
    { type: 'separator' },
    {
      id: 'pause-notifications',
      label: t('menu.pauseNotifications'),
      type: 'checkbox',
      checked: state.notificationsPaused,
      click: () => options.onTogglePause?.(!state.notificationsPaused)
    },
    { type: 'separator' },
    { id: 'quit', label: t('menu.quit'), click: () => options.onQuit() }
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
  platform: NodeJS.Platform,
  t: TrayT = english()
): void {
  tray.setToolTip(trayTooltip(state, t));
  tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(options, state, t)));
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
  options: TrayOptions,
  t: TrayT = english()
): ElectronTray {
  const image = electron.nativeImage.createFromPath(options.iconPath);
  const tray = new electron.Tray(image);
  tray.setToolTip(options.tooltip ?? 'Hostdeck');
  tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(options, EMPTY_STATE, t)));
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
