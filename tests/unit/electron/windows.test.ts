import { describe, expect, it } from 'vitest';
import { createOpenExternal } from '@main/electron/open-external';
import { APP_ENTRY_URL, APP_ORIGIN } from '@main/electron/origin';
import {
  createMainWindow,
  guardWebContents,
  hardenSession,
  revealWindow
} from '@main/electron/windows';
import {
  FakeSession,
  FakeWebContents,
  createFakeElectron,
  fakeEvent
} from '../../fakes/fake-electron';

function openWindow() {
  const electron = createFakeElectron();
  const window = createMainWindow(electron.module, {
    preloadPath: '/app/out/preload/index.cjs',
    rendererUrl: APP_ENTRY_URL,
    allowedOrigins: [APP_ORIGIN],
    openExternal: createOpenExternal(electron.module.shell)
  });
  const fake = electron.windows[0];
  if (!fake) throw new Error('no window was created');
  return { electron, window, fake };
}

describe('createMainWindow', () => {
  it('creates every window with the secure webPreferences and our preload', () => {
    const { electron } = openWindow();
    expect(electron.windows).toHaveLength(1);
    for (const window of electron.windows) {
      expect(window.options['webPreferences']).toEqual({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        preload: '/app/out/preload/index.cjs'
      });
    }
  });

  it('loads the renderer URL and stays hidden until ready-to-show', () => {
    const { fake } = openWindow();
    expect(fake.loadedUrl).toBe('app://hostdeck/index.html');
    expect(fake.visible).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.visible).toBe(true);
  });

  it.each([
    'https://example.org/',
    'https://hostdeck.example.org/',
    'file:///etc/passwd',
    'app://hostdeck.evil/'
  ])('prevents navigation to %s', (url) => {
    const { fake } = openWindow();
    const event = fakeEvent(url);
    fake.webContents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('allows navigation within the app origin', () => {
    const { fake } = openWindow();
    const event = fakeEvent('app://hostdeck/index.html#/domains');
    fake.webContents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('prevents redirects away from the app as well', () => {
    const { fake } = openWindow();
    const event = fakeEvent('https://example.org/');
    fake.webContents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('prevents attaching a webview', () => {
    const { fake } = openWindow();
    const event = fakeEvent();
    fake.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open and hands an https link to the vetted helper', async () => {
    const { electron, fake } = openWindow();
    expect(
      fake.webContents.windowOpenHandler?.({ url: 'https://billing.example.com/invoice/42' })
    ).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(electron.openedExternally).toEqual(['https://billing.example.com/invoice/42']);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker.example/share',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'http://example.org/'
  ])('denies window.open of %s without opening anything', async (url) => {
    const { electron, fake } = openWindow();
    expect(fake.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(electron.openedExternally).toEqual([]);
  });

  it('denies every permission except notifications, for requests and checks', () => {
    const { fake } = openWindow();
    const session = fake.webContents.session;
    const answers: Record<string, boolean> = {};
    for (const permission of [
      'notifications',
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen'
    ]) {
      session.requestHandler?.(
        fake.webContents,
        permission,
        (granted) => {
          answers[permission] = granted;
        },
        { requestingUrl: 'app://hostdeck/index.html' }
      );
      expect(session.checkHandler?.(fake.webContents, permission, 'app://hostdeck')).toBe(
        permission === 'notifications'
      );
    }
    expect(answers).toEqual({
      notifications: true,
      media: false,
      geolocation: false,
      'clipboard-read': false,
      openExternal: false,
      fullscreen: false
    });
  });

  it('denies notifications to any origin but the app', () => {
    const { fake } = openWindow();
    const session = fake.webContents.session;
    let granted: boolean | null = null;
    session.requestHandler?.(
      fake.webContents,
      'notifications',
      (answer) => {
        granted = answer;
      },
      { requestingUrl: 'https://example.org/' }
    );
    expect(granted).toBe(false);
    expect(session.checkHandler?.(fake.webContents, 'notifications', 'https://example.org')).toBe(
      false
    );
    expect(session.checkHandler?.(fake.webContents, 'notifications', '')).toBe(false);
  });
});

describe('guardWebContents', () => {
  it('guards a webContents only once even when called twice', () => {
    const contents = new FakeWebContents();
    const options = { allowedOrigins: [APP_ORIGIN], openExternal: async () => true };
    guardWebContents(contents.asWebContents(), options);
    guardWebContents(contents.asWebContents(), options);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('hardenSession', () => {
  it('installs both permission handlers', () => {
    const session = new FakeSession();
    hardenSession(session.asSession(), [APP_ORIGIN]);
    expect(session.requestHandler).not.toBeNull();
    expect(session.checkHandler).not.toBeNull();
  });
});

describe('revealWindow', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const { fake, window } = openWindow();
    fake.minimized = true;
    revealWindow(window);
    expect(fake).toMatchObject({ minimized: false, visible: true, focused: true });
  });
});
