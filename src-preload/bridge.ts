/**
 * The bridge the preload exposes as `window.hostdeck`: exactly the contract's channels and
 * events, nothing else. The raw ipcRenderer never crosses contextBridge, and the
 * IpcRendererEvent (which carries `sender`) is never forwarded to page code.
 */
import type { HostdeckBridge } from '@shared/contract';
import { EVENT_NAME_LIST, INVOKE_CHANNEL_NAMES } from '@shared/contract/channel-names';
import { err, type Result } from '@shared/result';

/** The ipcRenderer methods the bridge uses; tests pass a recording fake. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const invokeChannels: ReadonlySet<string> = new Set(INVOKE_CHANNEL_NAMES);
const eventNames: ReadonlySet<string> = new Set(EVENT_NAME_LIST);

/** Builds the allow-listed bridge over an ipcRenderer. */
export function createPreloadBridge(ipc: BridgeIpc): HostdeckBridge {
  const invoke = (channel: string, input: unknown): Promise<Result<unknown>> => {
    // Refused here, without touching IPC, so page code cannot probe for other handlers.
    if (!invokeChannels.has(channel))
      return Promise.resolve(err('not-found', `Unknown channel "${String(channel)}".`));
    return ipc.invoke(channel, input).then(
      (envelope) => envelope as Result<unknown>,
      // Main's handlers never reject; this only happens when no handler is registered.
      () => err('internal', `Hostdeck could not reach the main process for ${channel}.`)
    );
  };
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!eventNames.has(event)) return () => undefined;
    // Only the payload crosses over: the IpcRendererEvent carries `sender` and must stay here.
    const forward = (_event: unknown, payload: unknown): void => listener(payload);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };
  // The generic signatures are the contract's; the runtime checks above are what enforce it.
  return Object.freeze({
    shell: 'electron',
    invoke: invoke as HostdeckBridge['invoke'],
    on: on as HostdeckBridge['on']
  });
}
