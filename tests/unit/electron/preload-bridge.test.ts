import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPreloadBridge, type BridgeIpc } from '../../../src-preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Listener[]>();
  const ipc: BridgeIpc & { emit(channel: string, event: unknown, payload: unknown): void } = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return { ok: true, value: { echoed: channel } };
    },
    on: (channel, listener) =>
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener)
      ),
    emit: (channel, event, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(event, payload);
    }
  };
  return { ipc, invoked, listeners };
}

describe('createPreloadBridge', () => {
  it('exposes exactly shell, invoke and on, frozen', () => {
    const bridge = createPreloadBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'shell']);
    expect(bridge.shell).toBe('electron');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards a contract channel to ipcRenderer.invoke and returns the envelope', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const reply = await createPreloadBridge(ipc).invoke('settings:get', undefined);
    expect(reply).toEqual({ ok: true, value: { echoed: 'settings:get' } });
    expect(invoked).toEqual([{ channel: 'settings:get', args: [undefined] }]);
  });

  it('answers an unknown channel with not-found without touching IPC', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    const reply = await bridge.invoke('secrets:get-api-key' as never, undefined as never);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(invoked).toEqual([]);
  });

  it('turns a missing main handler into an internal envelope instead of a rejection', async () => {
    const { ipc } = fakeIpcRenderer();
    ipc.invoke = () => Promise.reject(new Error("No handler registered for 'settings:get'"));
    expect(await createPreloadBridge(ipc).invoke('settings:get', undefined)).toMatchObject({
      ok: false,
      error: { kind: 'internal' }
    });
  });

  it('passes only the payload to event listeners, never the IpcRendererEvent', () => {
    const { ipc } = fakeIpcRenderer();
    const received: unknown[][] = [];
    createPreloadBridge(ipc).on('app:navigate', (...args: unknown[]) => received.push(args));
    ipc.emit(
      'app:navigate',
      { sender: 'secret-sender', ports: [] },
      {
        target: { kind: 'domains' }
      }
    );
    expect(received).toEqual([[{ target: { kind: 'domains' } }]]);
  });

  it('unsubscribes a listener', () => {
    const { ipc, listeners } = fakeIpcRenderer();
    const off = createPreloadBridge(ipc).on('cache:changed', () => undefined);
    expect(listeners.get('cache:changed')).toHaveLength(1);
    off();
    expect(listeners.get('cache:changed')).toHaveLength(0);
  });

  it('does not subscribe to events outside the contract', () => {
    const { ipc, listeners } = fakeIpcRenderer();
    createPreloadBridge(ipc).on('ELECTRON_BROWSER_REQUIRE' as never, () => undefined);
    expect(listeners.size).toBe(0);
  });
});

describe('src-preload/index', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('exposes only the bridge, as window.hostdeck', async () => {
    const exposed: { key: string; api: Record<string, unknown> }[] = [];
    vi.doMock('electron', () => ({
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api })
      },
      ipcRenderer: fakeIpcRenderer().ipc
    }));
    await import('../../../src-preload/index');
    expect(exposed.map((e) => e.key)).toEqual(['hostdeck']);
    expect(Object.keys(exposed[0]?.api ?? {}).sort()).toEqual(['invoke', 'on', 'shell']);
  });
});
