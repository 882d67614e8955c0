import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, defaultSettings } from '@shared/contract';
import {
  createIpcEventSink,
  createSenderCheck,
  registerContractHandlers
} from '@main/electron/ipc';
import { APP_ORIGIN } from '@main/electron/origin';
import { FakeIpcMain, FakeWebContents, fakeInvokeEvent } from '../../fakes/fake-electron';
import { recordingHandlers, recordingLogger } from './support';

const OUR_WINDOW = 7;

function setup(options: { devOrigin?: string } = {}) {
  const ipcMain = new FakeIpcMain();
  const { handlers, calls } = recordingHandlers();
  const logger = recordingLogger();
  const isTrustedSender = createSenderCheck({
    allowedOrigins: options.devOrigin ? [APP_ORIGIN, options.devOrigin] : [APP_ORIGIN],
    trustedWebContentsIds: () => [OUR_WINDOW]
  });
  const unregister = registerContractHandlers(ipcMain.asIpcMain(), handlers, {
    isTrustedSender,
    logger
  });
  return { ipcMain, calls, logger, unregister };
}

describe('registerContractHandlers', () => {
  it('registers every contract channel exactly once and nothing else', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handleCalls].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(new Set(ipcMain.handleCalls).size).toBe(ipcMain.handleCalls.length);
  });

  it('removes every handler again when unregistered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('lets a call from our window on the app origin reach dispatch and return its envelope', async () => {
    const { ipcMain, calls } = setup();
    const reply = await ipcMain.invoke(
      'settings:get',
      fakeInvokeEvent('app://hostdeck/index.html', OUR_WINDOW),
      undefined
    );
    expect(reply).toEqual({ ok: true, value: defaultSettings() });
    expect(calls.map((c) => c.channel)).toEqual(['settings:get']);
  });

  it('still validates the input of a trusted call with zod', async () => {
    const { ipcMain, calls } = setup();
    const reply = await ipcMain.invoke(
      'settings:update',
      fakeInvokeEvent('app://hostdeck/', OUR_WINDOW),
      { theme: 'neon' }
    );
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['another origin', fakeInvokeEvent('https://example.org/index.html', OUR_WINDOW)],
    ['a look-alike host', fakeInvokeEvent('app://hostdeck.evil/index.html', OUR_WINDOW)],
    ['file:', fakeInvokeEvent('file:///home/user/index.html', OUR_WINDOW)],
    ['a null senderFrame', fakeInvokeEvent(null, OUR_WINDOW)],
    ['an unparsable frame URL', fakeInvokeEvent('not a url', OUR_WINDOW)],
    ['an unknown webContents on our origin', fakeInvokeEvent('app://hostdeck/index.html', 99)]
  ])('refuses a call from %s with forbidden and never runs the handler', async (_label, event) => {
    const { ipcMain, calls, logger } = setup();
    const reply = await ipcMain.invoke('settings:get', event, undefined);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(calls).toEqual([]);
    expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
  });

  it('refuses a sender whose frame getter throws (a disposed frame)', async () => {
    const { ipcMain, calls } = setup();
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { id: OUR_WINDOW }
    };
    expect(await ipcMain.invoke('settings:get', event, undefined)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' }
    });
    expect(calls).toEqual([]);
  });

  it('accepts the dev server origin only when it was given', async () => {
    const dev = setup({ devOrigin: 'http://localhost:5173' });
    const prod = setup();
    const event = fakeInvokeEvent('http://localhost:5173/', OUR_WINDOW);
    expect(await dev.ipcMain.invoke('settings:get', event, undefined)).toMatchObject({ ok: true });
    expect(await prod.ipcMain.invoke('settings:get', event, undefined)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' }
    });
  });
});

describe('createIpcEventSink', () => {
  it('sends each event to every live window and skips destroyed ones', () => {
    const live = new FakeWebContents();
    const gone = new FakeWebContents();
    gone.destroyed = true;
    const sink = createIpcEventSink(() => [live, gone]);
    sink.emit('cache:changed', { scopes: ['settings'] });
    expect(live.sent).toEqual([{ channel: 'cache:changed', args: [{ scopes: ['settings'] }] }]);
    expect(gone.sent).toEqual([]);
  });
});
