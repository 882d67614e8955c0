/**
 * The one wrapper around `ipcMain` and `webContents.send`. Every contract channel is
 * registered here, every call is checked for its sender before zod and the core handler see
 * it, and every event reaches the renderers through `createIpcEventSink`.
 */
import { INVOKE_CHANNELS, type ContractHandlers } from '@shared/contract';
import { err, type Result } from '@shared/result';
import { dispatch } from '../core/dispatch';
import type { EventSink, Logger } from '../core/ports';
import type {
  ElectronIpcMain,
  ElectronIpcMainInvokeEvent,
  ElectronWebContents
} from './electron-types';
import { isAllowedOrigin, originOf } from './origin';

/** What the sender check gets to look at; a structural slice of `IpcMainInvokeEvent`. */
export type IpcSenderEvent = Pick<ElectronIpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export interface RegisterOptions {
  /** True only for calls from the app's own window and origin. */
  isTrustedSender(event: IpcSenderEvent): boolean;
  readonly logger: Logger;
}

export interface SenderCheckOptions {
  /** The app's own origins (`app://hostdeck`, plus the dev server in development). */
  readonly allowedOrigins: readonly string[];
  /** The ids of the webContents of our own windows, read at call time. */
  trustedWebContentsIds(): readonly number[];
}

/** The refusal every untrusted call receives; nothing about the channel's data leaks. */
export const FORBIDDEN_SENDER: Result<never> = err(
  'forbidden',
  'This request did not come from a Hostdeck window.'
);

/**
 * Builds the sender check: the frame must still exist (a navigated or destroyed frame is
 * null, and that is a refusal), its URL must parse to one of our origins, and the sending
 * webContents must be one of our windows (a stray webContents on our origin is not enough).
 */
export function createSenderCheck(options: SenderCheckOptions): (event: IpcSenderEvent) => boolean {
  return (event) => {
    let frameUrl: string;
    try {
      const frame = event.senderFrame;
      if (!frame) return false;
      frameUrl = frame.url;
    } catch {
      // Reading a frame that was disposed mid-call throws in some Electron versions.
      return false;
    }
    if (!isAllowedOrigin(frameUrl, options.allowedOrigins)) return false;
    const senderId = event.sender?.id;
    return typeof senderId === 'number' && options.trustedWebContentsIds().includes(senderId);
  };
}

/**
 * Registers a handler for every channel of the contract (and nothing else). Returns a
 * function that removes them again. Calls never reject: refusals and failures are envelopes.
 */
export function registerContractHandlers(
  ipcMain: Pick<ElectronIpcMain, 'handle' | 'removeHandler'>,
  handlers: ContractHandlers,
  options: RegisterOptions
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, rawInput: unknown) => {
      if (!options.isTrustedSender(event)) {
        options.logger.log('warn', 'refused an IPC call from an untrusted sender', {
          channel,
          origin: safeFrameOrigin(event)
        });
        return FORBIDDEN_SENDER;
      }
      return dispatch(handlers, channel, rawInput, options.logger);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** The sender's origin for the log line, without ever throwing. */
function safeFrameOrigin(event: IpcSenderEvent): string | null {
  try {
    const url = event.senderFrame?.url;
    return url ? originOf(url) : null;
  } catch {
    return null;
  }
}

/**
 * The EventSink port over `webContents.send`: pushes each event to every live window the
 * getter returns (windows come and go, so it is read on every emit).
 */
export function createIpcEventSink(
  getWebContents: () => readonly Pick<ElectronWebContents, 'send' | 'isDestroyed'>[]
): EventSink {
  return {
    emit(event, payload) {
      for (const contents of getWebContents()) {
        if (!contents.isDestroyed()) contents.send(event, payload);
      }
    }
  };
}
