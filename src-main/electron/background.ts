/**
 * Background sync triggers: waking from sleep and the network coming back. Timers do not
 * run during sleep and `net.isOnline()` has no event, so resume is an event and the network
 * is polled; the core scheduler coalesces the resulting syncs.
 */
import type { ElectronModule } from './electron-types';

export type BackgroundTrigger = 'resume' | 'online';

export interface BackgroundOptions {
  onTrigger(reason: BackgroundTrigger): void;
  /** How often to check the network (ms). */
  readonly pollMs?: number;
  readonly setInterval?: (fn: () => void, ms: number) => unknown;
  readonly clearInterval?: (handle: unknown) => void;
}

/** Wires the triggers; returns a function that removes them. */
export function attachBackgroundTriggers(
  electron: {
    powerMonitor: Pick<ElectronModule['powerMonitor'], 'on' | 'removeListener'>;
    net: Pick<ElectronModule['net'], 'isOnline'>;
  },
  options: BackgroundOptions
): () => void {
  const onResume = (): void => options.onTrigger('resume');
  electron.powerMonitor.on('resume', onResume);
  let online = electron.net.isOnline();
  const set = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const clear =
    options.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  const handle = set(() => {
    const now = electron.net.isOnline();
    // Only the false → true edge: `true` alone is inconclusive, but a return from `false` is news.
    if (now && !online) options.onTrigger('online');
    online = now;
  }, options.pollMs ?? 30_000);
  return () => {
    electron.powerMonitor.removeListener('resume', onResume);
    clear(handle);
  };
}
