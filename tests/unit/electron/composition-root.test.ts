/**
 * src-main/index.ts with the fake electron module in place of the real one: the wiring the
 * unit tests of each adapter cannot see (what happens before ready, what exists after).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/contract';
import { fakeEvent, fakeInvokeEvent, type FakeElectron } from '../../fakes/fake-electron';
import { fakeElectronMain, restoreElectronMain } from './electron-main-kit';

describe('the Electron composition root', () => {
  let dataDir: string;
  let fake: FakeElectron;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hostdeck-root-'));
    fake = fakeElectronMain(dataDir);
  });

  afterEach(async () => {
    restoreElectronMain();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('before ready: enables the sandbox, registers app: as privileged and takes the lock in the data dir', async () => {
    await import('@main/index');
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ]);
    expect(fake.app.paths.get('userData')).toBe(dataDir);
    expect(fake.app.lockRequests).toBe(1);
    expect(fake.windows).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.lockGranted = false;
    await import('@main/index');
    fake.app.markReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.windows).toEqual([]);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('on ready: registers every channel, serves app:, opens one secure window and a tray', async () => {
    await import('@main/index');
    fake.app.markReady();
    await vi.waitFor(() => expect(fake.trays).toHaveLength(1), { timeout: 15_000 });
    // Waking from sleep triggers a sync.
    const powerMonitor = (
      fake.module as unknown as { powerMonitor: { listenerCount(n: string): number } }
    ).powerMonitor;
    await vi.waitFor(() => expect(powerMonitor.listenerCount('resume')).toBe(1), {
      timeout: 15_000
    });

    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.loadedUrl).toBe('app://hostdeck/index.html');
    expect(window.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    });
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/
    );

    // Only our window on our origin gets answers.
    const trusted = await fake.ipcMain.invoke(
      'settings:get',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id),
      undefined
    );
    expect(trusted).toMatchObject({ ok: true });
    const stranger = await fake.ipcMain.invoke(
      'settings:get',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id + 1000),
      undefined
    );
    expect(stranger).toMatchObject({ ok: false, error: { kind: 'forbidden' } });

    // Settings live in <data dir>/settings.json (conf, as in the web shell): a saved change is
    // in the file.
    const saved = await fake.ipcMain.invoke(
      'settings:update',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id),
      { syncIntervalMinutes: 45 }
    );
    expect(saved).toMatchObject({ ok: true, value: { syncIntervalMinutes: 45 } });
    expect(
      JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as unknown
    ).toMatchObject({ syncIntervalMinutes: 45 });

    // The OS's preferred languages reach the page, for the Language setting 'system'.
    fake.app.preferredSystemLanguages = ['nl-BE', 'fr-BE'];
    const status = await fake.ipcMain.invoke(
      'app:get-status',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id),
      undefined
    );
    expect(status).toMatchObject({ ok: true, value: { systemLanguages: ['nl-BE', 'fr-BE'] } });

    // A second launch brings the window back.
    window.hide();
    fake.app.emit('second-instance', fakeEvent(), [], '/');
    expect(window.visible).toBe(true);

    // Quitting disposes the core first, then quits for real.
    const beforeQuit = fakeEvent();
    fake.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
  });

  it('writes the tray in the Language setting and rewrites it when the setting changes', async () => {
    fake.app.preferredSystemLanguages = ['fr-BE'];
    await import('@main/index');
    fake.app.markReady();
    await vi.waitFor(() => expect(fake.trays).toHaveLength(1), { timeout: 15_000 });
    const tray = fake.trays[0]!;
    const labels = (): (string | undefined)[] => tray.menu?.template.map((i) => i.label) ?? [];
    // 'system' follows the OS: French here.
    await vi.waitFor(() => expect(labels()).toContain('Synchroniser maintenant'), {
      timeout: 15_000
    });
    expect(tray.tooltip).toMatch(/^Hostdeck — /);
    expect(labels()).toContain('Quitter');
    const window = fake.windows[0]!;
    const update = await fake.ipcMain.invoke(
      'settings:update',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id),
      { language: 'nl' }
    );
    expect(update).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(labels()).toContain('Nu synchroniseren'), { timeout: 15_000 });
    expect(labels()).toContain('Afsluiten');
    expect(labels()).not.toContain('Quitter');
    fake.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
  });

  it('writes the application menu in the Language setting and rewrites it on a change', async () => {
    fake.app.preferredSystemLanguages = ['nl-BE'];
    await import('@main/index');
    fake.app.markReady();
    const topLabels = (): (string | undefined)[] =>
      fake.applicationMenus.at(-1)?.template.map((item) => item.label) ?? [];
    // 'system' follows the OS: Dutch here, never Electron's English default menu.
    await vi.waitFor(
      () => expect(topLabels()).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster']),
      {
        timeout: 15_000
      }
    );
    const window = fake.windows[0]!;
    const update = await fake.ipcMain.invoke(
      'settings:update',
      fakeInvokeEvent('app://hostdeck/index.html', window.webContents.id),
      { language: 'fr' }
    );
    expect(update).toMatchObject({ ok: true });
    await vi.waitFor(
      () => expect(topLabels()).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre']),
      { timeout: 15_000 }
    );
    fake.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
  });

  it('loads the dev server only in an unpackaged build', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await import('@main/index');
    fake.app.markReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 15_000 });
    expect(fake.windows[0]?.loadedUrl).toBe('http://localhost:5173/');
    fake.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged build', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    fake.app.isPackaged = true;
    const processWithResources = process as NodeJS.Process & { resourcesPath?: string };
    const previous = processWithResources.resourcesPath;
    processWithResources.resourcesPath = path.join(dataDir, 'resources');
    try {
      await import('@main/index');
      fake.app.markReady();
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 15_000 });
      expect(fake.windows[0]?.loadedUrl).toBe('app://hostdeck/index.html');
      fake.app.emit('before-quit', fakeEvent());
      await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
    } finally {
      processWithResources.resourcesPath = previous as string;
    }
  });
});
