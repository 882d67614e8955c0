import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attachCloseToTray,
  createQuitState,
  createTray,
  soonestExpiring,
  trayIconPath,
  trayMenuTemplate,
  updateTray
} from '@main/electron/tray';
import { createI18n } from '@shared/i18n/create-i18n';
import type { Target } from '@shared/model/target';
import { FakeBrowserWindow, createFakeElectron, fakeEvent } from '../../fakes/fake-electron';

function recordedActions() {
  const actions: string[] = [];
  return {
    actions,
    options: {
      onOpen: () => actions.push('open'),
      onSyncNow: () => actions.push('sync'),
      onQuit: () => actions.push('quit')
    }
  };
}

describe('trayMenuTemplate', () => {
  it('offers Open Hostdeck, Sync now and Quit, each wired to its action', () => {
    const { actions, options } = recordedActions();
    const template = trayMenuTemplate(options);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open Hostdeck',
      'Sync now',
      'separator',
      'Pause notifications',
      'separator',
      'Quit'
    ]);
    for (const item of template) item.click?.({} as never, undefined, {} as never);
    expect(actions).toEqual(['open', 'sync', 'quit']);
  });
});

describe('createTray', () => {
  it('creates one tray with the icon, tooltip and menu, and opens the window on click', () => {
    const electron = createFakeElectron();
    const { actions, options } = recordedActions();
    createTray(electron.module, { ...options, iconPath: '/res/tray/tray.png' });
    const tray = electron.trays[0];
    expect(electron.trays).toHaveLength(1);
    expect(tray?.image).toEqual({ path: '/res/tray/tray.png' });
    expect(tray?.tooltip).toBe('Hostdeck');
    expect(tray?.menu?.template.map((item) => item.id ?? item.type)).toEqual([
      'open',
      'sync-now',
      'separator',
      'pause-notifications',
      'separator',
      'quit'
    ]);
    tray?.emit('click');
    expect(actions).toEqual(['open']);
  });
});

describe('trayIconPath', () => {
  it('uses the Template image on macOS and the colour icon elsewhere', () => {
    expect(trayIconPath('darwin', '/res/tray')).toBe(path.join('/res/tray', 'trayTemplate.png'));
    expect(trayIconPath('linux', '/res/tray')).toBe(path.join('/res/tray', 'tray.png'));
    expect(trayIconPath('win32', '/res/tray')).toBe(path.join('/res/tray', 'tray.png'));
  });
});

describe('attachCloseToTray', () => {
  function setup(closeToTray: boolean, hasTray: boolean) {
    const window = new FakeBrowserWindow({});
    window.visible = true;
    const quit = createQuitState();
    attachCloseToTray(window.asWindow(), {
      closeToTray: () => closeToTray,
      hasTray: () => hasTray,
      quit
    });
    return { window, quit };
  }

  it('hides instead of closing when close-to-tray is on and a tray exists', () => {
    const { window } = setup(true, true);
    const event = fakeEvent();
    window.emit('close', event);
    expect(event.defaultPrevented).toBe(true);
    expect(window.visible).toBe(false);
  });

  it('lets the window close once a quit is under way', () => {
    const { window, quit } = setup(true, true);
    quit.markQuitting();
    const event = fakeEvent();
    window.emit('close', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it.each([
    [false, true],
    [true, false]
  ])('lets the window close when closeToTray=%s and hasTray=%s', (closeToTray, hasTray) => {
    const { window } = setup(closeToTray, hasTray);
    const event = fakeEvent();
    window.emit('close', event);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('the tray with alerts', () => {
  const state = {
    openAlerts: 3,
    soonest: [
      { domain: 'shop.example', daysLeft: 0, target: { kind: 'domain' as const, id: '7' } },
      { domain: 'blog.example', daysLeft: 3, target: { kind: 'domain' as const, id: '9' } }
    ],
    notificationsPaused: false,
    unreadTickets: 0
  };

  it('shows the open alert count in the tooltip and the first menu item', () => {
    const electron = createFakeElectron();
    const { options } = recordedActions();
    const tray = createTray(electron.module, { ...options, iconPath: '/t.png' });
    updateTray(electron.module, tray, options, state, 'linux');
    const fake = electron.trays[0]!;
    expect(fake.tooltip).toBe('Hostdeck — 3 open alerts');
    expect(fake.menu?.template[0]?.label).toBe('Open Hostdeck (3 alerts)');
    updateTray(electron.module, tray, options, { ...state, openAlerts: 0 }, 'linux');
    expect(fake.tooltip).toBe('Hostdeck — no open alerts');
  });

  it('counts unread tickets in the tooltip and offers them in the menu, opening the Tickets page', () => {
    const electron = createFakeElectron();
    const navigated: Target[] = [];
    const { options } = recordedActions();
    const actions = { ...options, onNavigate: (target: Target) => navigated.push(target) };
    const tray = createTray(electron.module, { ...actions, iconPath: '/t.png' });
    updateTray(electron.module, tray, actions, { ...state, unreadTickets: 2 }, 'linux');
    const fake = electron.trays[0]!;
    expect(fake.tooltip).toBe('Hostdeck — 3 open alerts, 2 unread tickets');
    const item = fake.menu?.template.find((i) => i.id === 'unread-tickets');
    expect(item?.label).toBe('2 unread tickets');
    item?.click?.();
    expect(navigated).toEqual([{ kind: 'tickets' }]);
    updateTray(
      electron.module,
      tray,
      actions,
      { ...state, openAlerts: 0, unreadTickets: 1 },
      'linux'
    );
    expect(fake.tooltip).toBe('Hostdeck — no open alerts, 1 unread ticket');
    updateTray(electron.module, tray, actions, { ...state, unreadTickets: 0 }, 'linux');
    expect(fake.menu?.template.some((i) => i.id === 'unread-tickets')).toBe(false);
  });

  it('lists the soonest expiring domains, each opening its page', () => {
    const navigated: Target[] = [];
    const { options } = recordedActions();
    const template = trayMenuTemplate({ ...options, onNavigate: (r) => navigated.push(r) }, state);
    const labels = template.map((i) => i.label ?? i.type);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Expiring soon',
        'shop.example — expires today',
        'blog.example — in 3 days'
      ])
    );
    template.find((i) => i.id === 'expiring-1')?.click?.({} as never, undefined, {} as never);
    expect(navigated).toEqual([{ kind: 'domain', id: '9' }]);
    expect(template.find((i) => i.id === 'expiring-header')?.enabled).toBe(false);
  });

  it('speaks French and Dutch, with their plurals', () => {
    const electron = createFakeElectron();
    const { options } = recordedActions();
    const tray = createTray(electron.module, { ...options, iconPath: '/t.png' });
    const fake = electron.trays[0]!;
    const fr = createI18n('fr').getFixedT('fr', 'tray');
    updateTray(electron.module, tray, options, { ...state, unreadTickets: 1 }, 'linux', fr);
    expect(fake.tooltip).toBe('Hostdeck — 3 alertes ouvertes, 1 ticket non lu');
    expect(fake.menu?.template.map((i) => i.label ?? i.type)).toEqual([
      'Ouvrir Hostdeck (3 alertes)',
      'Synchroniser maintenant',
      '1 ticket non lu',
      'separator',
      'Échéances proches',
      'shop.example — expire aujourd’hui',
      'blog.example — dans 3 jours',
      'separator',
      'Suspendre les notifications',
      'separator',
      'Quitter'
    ]);
    const nl = createI18n('nl').getFixedT('nl', 'tray');
    const oneDay = { ...state, openAlerts: 1, soonest: [{ ...state.soonest[1]!, daysLeft: 1 }] };
    updateTray(electron.module, tray, options, oneDay, 'linux', nl);
    expect(fake.tooltip).toBe('Hostdeck — 1 open melding');
    expect(fake.menu?.template.map((i) => i.label ?? i.type)).toEqual(
      expect.arrayContaining(['Hostdeck openen (1 melding)', 'blog.example — over 1 dag'])
    );
  });

  it('toggles pausing notifications from its checkbox', () => {
    const toggles: boolean[] = [];
    const { options } = recordedActions();
    const pause = (paused: boolean) =>
      trayMenuTemplate(
        { ...options, onTogglePause: (p) => toggles.push(p) },
        { ...state, notificationsPaused: paused }
      ).find((i) => i.id === 'pause-notifications')!;
    expect(pause(false).checked).toBe(false);
    pause(false).click?.({} as never, undefined, {} as never);
    expect(pause(true).checked).toBe(true);
    pause(true).click?.({} as never, undefined, {} as never);
    expect(toggles).toEqual([true, false]);
  });
});

describe('targets from the tray', () => {
  const odd = [
    { id: 'a/b?c#d%e f', name: 'ünïcode-ドメイン.example', daysLeft: 2 },
    { id: '%E0%A4%A', name: 'percent.example', daysLeft: 0 },
    { id: '17', name: 'plain.example', daysLeft: 40 },
    { id: 'gone', name: 'expired.example', daysLeft: -3 },
    { id: 'unknown', name: 'no-date.example', daysLeft: null }
  ];

  it('opens the right domain page whatever characters its id holds', () => {
    const electron = createFakeElectron();
    const navigated: Target[] = [];
    const { options } = recordedActions();
    const actions = { ...options, onNavigate: (target: Target) => navigated.push(target) };
    const tray = createTray(electron.module, { ...actions, iconPath: '/t.png' });
    const state = {
      openAlerts: 0,
      soonest: soonestExpiring(odd),
      notificationsPaused: false,
      unreadTickets: 0
    };
    updateTray(electron.module, tray, actions, state, 'linux');

    const menu = electron.trays[0]!.menu!.template;
    const expiring = menu.filter((item) => /^expiring-\d+$/.test(item.id ?? ''));
    expect(expiring.map((item) => item.label)).toEqual([
      'percent.example — expires today',
      'ünïcode-ドメイン.example — in 2 days',
      'plain.example — in 40 days'
    ]);
    for (const item of expiring) item.click?.();

    // Each target carries the id as it is; the renderer alone turns it into an address
    // (tests/renderer/target-route.test.ts), so no `/`, `#`, `?` or `%` of an id is lost here.
    expect(navigated).toEqual([
      { kind: 'domain', id: '%E0%A4%A' },
      { kind: 'domain', id: 'a/b?c#d%e f' },
      { kind: 'domain', id: '17' }
    ]);
  });
});
