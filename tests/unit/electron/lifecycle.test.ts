import { describe, expect, it } from 'vitest';
import { attachLifecycle, shouldQuitWhenAllClosed } from '@main/electron/lifecycle';
import { createQuitState } from '@main/electron/tray';
import { FakeApp, fakeEvent } from '../../fakes/fake-electron';
import { recordingLogger } from './support';

describe('shouldQuitWhenAllClosed', () => {
  it('quits on Windows and Linux unless the app lives on in the tray', () => {
    expect(shouldQuitWhenAllClosed('linux', false, true)).toBe(true);
    expect(shouldQuitWhenAllClosed('win32', true, false)).toBe(true);
    expect(shouldQuitWhenAllClosed('linux', true, true)).toBe(false);
  });

  it('never quits on macOS', () => {
    expect(shouldQuitWhenAllClosed('darwin', false, false)).toBe(false);
  });
});

describe('attachLifecycle', () => {
  function setup(
    platform: NodeJS.Platform = 'linux',
    dispose: () => Promise<void> = async () => undefined
  ) {
    const app = new FakeApp();
    const quit = createQuitState();
    const reveals: number[] = [];
    let disposals = 0;
    attachLifecycle(app.asApp(), {
      platform,
      quit,
      closeToTray: () => false,
      hasTray: () => true,
      reveal: () => reveals.push(1),
      dispose: () => {
        disposals += 1;
        return dispose();
      },
      logger: recordingLogger()
    });
    return { app, quit, reveals, disposals: () => disposals };
  }

  it('focuses the existing window when a second instance starts', () => {
    const { app, reveals } = setup();
    app.emit('second-instance', fakeEvent(), [], '/');
    expect(reveals).toHaveLength(1);
  });

  it('quits when the last window closes on Linux but not on macOS', () => {
    const linux = setup('linux');
    linux.app.emit('window-all-closed');
    expect(linux.app.quitCalls).toBe(1);
    const mac = setup('darwin');
    mac.app.emit('window-all-closed');
    expect(mac.app.quitCalls).toBe(0);
  });

  it('holds the first quit until the core is disposed, then quits for real', async () => {
    const { app, quit, disposals } = setup();
    const first = fakeEvent();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(quit.isQuitting()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quitCalls).toBe(1);
    const second = fakeEvent();
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(disposals()).toBe(1);
  });

  it('still quits when disposing fails', async () => {
    const { app } = setup('linux', async () => {
      throw new Error('cache close failed');
    });
    app.emit('before-quit', fakeEvent());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quitCalls).toBe(1);
  });
});
