/**
 * The window's application menu: in the chosen language (never Electron's English default),
 * the editing and zoom shortcuts kept, Settings and Quit doing what they say, developer
 * items only in an unpackaged build, and the macOS app menu.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ElectronMenuItemOptions } from '@main/electron/electron-types';
import { appMenuTemplate, type AppMenuOptions } from '@main/electron/app-menu';
import { createI18n } from '@shared/i18n/create-i18n';
import type { Language } from '@shared/i18n/languages';

const menuT = (language: Language) => createI18n(language).getFixedT(language, 'menu');

function options(overrides: Partial<AppMenuOptions> = {}): AppMenuOptions {
  return {
    platform: 'linux',
    isPackaged: true,
    onSettings: vi.fn(),
    onQuit: vi.fn(),
    ...overrides
  };
}

const labels = (items: readonly ElectronMenuItemOptions[]): (string | undefined)[] =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label);

function submenu(items: readonly ElectronMenuItemOptions[], id: string): ElectronMenuItemOptions[] {
  const found = items.find((item) => item.id === id)?.submenu;
  if (!Array.isArray(found)) throw new Error(`no submenu ${id}`);
  return found as ElectronMenuItemOptions[];
}

describe('the application menu', () => {
  it('speaks French, every item labelled', () => {
    const menu = appMenuTemplate(menuT('fr'), options());
    expect(labels(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre']);
    expect(labels(submenu(menu, 'file'))).toEqual(['Paramètres…', 'Fermer la fenêtre', 'Quitter']);
    expect(labels(submenu(menu, 'edit'))).toEqual([
      'Annuler',
      'Rétablir',
      'Couper',
      'Copier',
      'Coller',
      'Tout sélectionner'
    ]);
    // No item is left to Electron's English role label.
    const all = menu.flatMap((item) => [
      item,
      ...((item.submenu as ElectronMenuItemOptions[]) ?? [])
    ]);
    for (const item of all) if (item.type !== 'separator') expect(item.label).toBeTruthy();
  });

  it('speaks Dutch', () => {
    const menu = appMenuTemplate(menuT('nl'), options());
    expect(labels(menu)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster']);
    expect(labels(submenu(menu, 'view'))).toEqual([
      'Werkelijke grootte',
      'Inzoomen',
      'Uitzoomen',
      'Volledig scherm'
    ]);
  });

  it('keeps the clipboard and zoom roles, and opens Settings or quits for real', () => {
    const opts = options();
    const menu = appMenuTemplate(menuT('en'), opts);
    expect(
      submenu(menu, 'edit')
        .map((item) => item.role)
        .filter(Boolean)
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const file = submenu(menu, 'file');
    const settings = file.find((item) => item.id === 'settings')!;
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    (settings.click as () => void)();
    expect(opts.onSettings).toHaveBeenCalledOnce();
    (file.find((item) => item.id === 'quit')!.click as () => void)();
    expect(opts.onQuit).toHaveBeenCalledOnce();
  });

  it('has reload and developer tools only in an unpackaged build', () => {
    const roles = (packaged: boolean) =>
      submenu(appMenuTemplate(menuT('en'), options({ isPackaged: packaged })), 'view').map(
        (item) => item.role
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('on macOS, starts with the app menu in the language', () => {
    const menu = appMenuTemplate(menuT('fr'), options({ platform: 'darwin' }));
    expect(menu[0]?.label).toBe('Hostdeck');
    expect(labels(menu[0]!.submenu as ElectronMenuItemOptions[])).toEqual([
      'À propos de Hostdeck',
      'Paramètres…',
      'Masquer Hostdeck',
      'Masquer les autres',
      'Tout afficher',
      'Quitter Hostdeck'
    ]);
    expect(menu.some((item) => item.id === 'file')).toBe(false);
  });
});
