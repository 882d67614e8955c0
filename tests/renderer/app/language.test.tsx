/**
 * The Language setting: picking a language in Settings saves it and switches the app at once
 * (texts and <html lang>), and 'system' follows the OS's languages in Electron.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { systemLanguagesFor } from '@renderer/app/use-language';
import { FakeBridge } from '../fake-bridge';
import { renderReadyApp } from '../render-app';

describe('language', () => {
  it('switches the app to French as soon as Français is picked in Settings, and back', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/settings');
    const { bridge } = await renderReadyApp(new FakeBridge());
    expect(document.documentElement.lang).toBe('en-US');

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');

    expect(await screen.findByLabelText('Langue')).toBeTruthy();
    expect(bridge.settings.language).toBe('fr');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr-BE'));

    await user.selectOptions(screen.getByLabelText('Langue'), 'system');
    expect(await screen.findByLabelText('Language')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en-US'));
  });

  it('starts in the stored language', async () => {
    const bridge = new FakeBridge();
    bridge.settings = { ...bridge.settings, language: 'nl' };
    window.history.replaceState(null, '', '/#/settings');
    await renderReadyApp(bridge);
    expect(await screen.findByLabelText('Taal')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl-BE');
  });

  it('writes the frame in Dutch: navigation, header, status bar', async () => {
    const bridge = new FakeBridge();
    bridge.settings = { ...bridge.settings, language: 'nl' };
    await renderReadyApp(bridge);
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav.textContent).toContain('Overzicht');
    expect(nav.textContent).toContain('Facturen');
    expect(nav.textContent).toContain('Instellingen');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overzicht');
    expect(screen.getByTestId('status-last-sync').textContent).toBe(
      'Laatste synchronisatie: 5 minuten geleden'
    );
    expect(screen.getByTestId('status-online').textContent).toBe('Verbonden');
    expect(within(screen.getByTestId('status-bar')).getByTestId('sync-now').textContent).toBe(
      'Nu synchroniseren'
    );
  });

  it("resolves 'system' against main's list in Electron and the browser's in the web shell", () => {
    const browser = ['en-US'];
    expect(systemLanguagesFor({ shell: 'electron', systemLanguages: ['nl-NL'] }, browser)).toEqual([
      'nl-NL'
    ]);
    expect(systemLanguagesFor({ shell: 'web', systemLanguages: ['nl-NL'] }, browser)).toEqual(
      browser
    );
    expect(systemLanguagesFor(undefined, browser)).toEqual(browser);
  });
});
