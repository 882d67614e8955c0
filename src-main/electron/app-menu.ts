/**
 * The window's application menu, in the Language setting. Without one, Electron installs its
 * own English menu (File, Edit, View, Window, Help with a link to Electron's site). This one
 * keeps the editing and zoom shortcuts, adds Settings, and is rebuilt when the setting
 * changes (`cache:changed` with `settings`), so a switch applies at once.
 */
import type { TFunction } from 'i18next';
import type { ElectronMenuItemOptions, ElectronModule } from './electron-types';

/** `t` of the `menu` namespace. */
export type MenuT = TFunction<'menu'>;

export interface AppMenuOptions {
  readonly platform: NodeJS.Platform;
  /** A packaged build has no developer tools or reload in its menu. */
  readonly isPackaged: boolean;
  /** Opens the window on Settings. */
  onSettings(): void;
  /** A real quit (past close-to-tray), as the tray's Quit. */
  onQuit(): void;
}

/** The menu as a plain template, so it can be checked without Electron. */
export function appMenuTemplate(t: MenuT, options: AppMenuOptions): ElectronMenuItemOptions[] {
  const mac = options.platform === 'darwin';
  const settings: ElectronMenuItemOptions = {
    id: 'settings',
    label: t('file.settings'),
    accelerator: 'CmdOrCtrl+,',
    click: () => options.onSettings()
  };
  const appMenu: ElectronMenuItemOptions[] = mac
    ? [
        {
          label: 'Hostdeck',
          submenu: [
            { role: 'about', label: t('app.about') },
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'hide', label: t('app.hide') },
            { role: 'hideOthers', label: t('app.hideOthers') },
            { role: 'unhide', label: t('app.showAll') },
            { type: 'separator' },
            {
              id: 'quit',
              label: t('app.quit'),
              accelerator: 'Cmd+Q',
              click: () => options.onQuit()
            }
          ]
        }
      ]
    : [
        {
          id: 'file',
          label: t('file.label'),
          submenu: [
            settings,
            { type: 'separator' },
            { role: 'close', label: t('file.closeWindow') },
            { id: 'quit', label: t('file.quit'), click: () => options.onQuit() }
          ]
        }
      ];
  const developer: ElectronMenuItemOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: t('view.reload') },
        { role: 'toggleDevTools', label: t('view.devTools') },
        { type: 'separator' }
      ];
  return [
    ...appMenu,
    {
      id: 'edit',
      label: t('edit.label'),
      submenu: [
        { role: 'undo', label: t('edit.undo') },
        { role: 'redo', label: t('edit.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('edit.cut') },
        { role: 'copy', label: t('edit.copy') },
        { role: 'paste', label: t('edit.paste') },
        { role: 'selectAll', label: t('edit.selectAll') }
      ]
    },
    {
      id: 'view',
      label: t('view.label'),
      submenu: [
        ...developer,
        { role: 'resetZoom', label: t('view.actualSize') },
        { role: 'zoomIn', label: t('view.zoomIn') },
        { role: 'zoomOut', label: t('view.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('view.fullScreen') }
      ]
    },
    {
      id: 'window',
      label: t('window.label'),
      submenu: [
        { role: 'minimize', label: t('window.minimize') },
        { role: 'zoom', label: t('window.zoom') },
        ...(mac
          ? [{ type: 'separator' as const }, { role: 'front' as const, label: t('window.front') }]
          : [])
      ]
    }
  ];
}

/** Sets (or replaces) the application menu in the language of `t`. */
export function applyAppMenu(
  electron: Pick<ElectronModule, 'Menu'>,
  t: MenuT,
  options: AppMenuOptions
): void {
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(appMenuTemplate(t, options)));
}
