/**
 * Where the renderer finds `window.hostdeck`. Electron's preload sets it before any script
 * runs; in a browser (the web shell) we install the HTTP + SSE client on first use. The web
 * shell only serves this script to a browser holding its cookie, so the page starts
 * authorised; if the server later refuses it (restarted with a new token), the app says how
 * to get back in.
 */
import type { HostdeckBridge } from '@shared/contract';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    hostdeck?: HostdeckBridge;
  }
}

let accessRefused = false;
const accessListeners = new Set<() => void>();

/** Returns the bridge, installing the web client when no preload provided one. */
export function getBridge(): HostdeckBridge {
  if (window.hostdeck) return window.hostdeck;
  const bridge = createWebBridge({ onAccessRefused: refuseAccess });
  window.hostdeck = bridge;
  return bridge;
}

/** True once the web shell refused this page's credentials. */
export function isAccessRefused(): boolean {
  return accessRefused;
}

/** Subscribes to the refusal (for useSyncExternalStore). */
export function subscribeAccessRefused(listener: () => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}

function refuseAccess(): void {
  if (accessRefused) return;
  accessRefused = true;
  for (const listener of accessListeners) listener();
}
