/**
 * Where the renderer finds `window.hostdeck`. Electron's preload sets it before any script
 * runs; in a browser (the web shell) we install the HTTP + SSE client on first use.
 */
import type { HostdeckBridge } from '../../../src-shared/contract';
import { createWebBridge, readToken } from './web-bridge';

declare global {
  interface Window {
    hostdeck?: HostdeckBridge;
  }
}

/**
 * Returns the bridge, installing the web client when no preload provided one. Returns null
 * only in a browser opened without the one-time token, where no call could be authorised.
 */
export function getBridge(): HostdeckBridge | null {
  if (window.hostdeck) return window.hostdeck;
  const token = readToken();
  if (token === null) return null;
  const bridge = createWebBridge(token);
  window.hostdeck = bridge;
  return bridge;
}
