/**
 * The background sync loop: waits the configured interval on the injected clock, then runs
 * one sync. Triggers (resume from sleep, network back, "Sync now") call `kick`, which
 * restarts the wait so several triggers coalesce into one sync.
 */
import type { Clock, Logger } from '../ports';

export interface SyncScheduler {
  start(): void;
  stop(): void;
  /** Re-reads the interval (settings changed) and restarts the wait. */
  reschedule(): void;
  /** Syncs now and restarts the wait. */
  kick(): void;
}

export function createSyncScheduler(deps: {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly intervalMinutes: () => number;
  readonly run: () => Promise<void>;
}): SyncScheduler {
  let controller: AbortController | null = null;
  let started = false;

  const loop = async (signal: AbortSignal, runFirst: boolean): Promise<void> => {
    if (runFirst) await safeRun();
    while (!signal.aborted) {
      try {
        await deps.clock.sleep(deps.intervalMinutes() * 60_000, signal);
      } catch {
        return;
      }
      if (signal.aborted) return;
      await safeRun();
    }
  };
  const safeRun = async (): Promise<void> => {
    try {
      await deps.run();
    } catch (error) {
      deps.logger.log('warn', 'background sync failed', { error: String(error) });
    }
  };
  const restart = (runFirst: boolean): void => {
    controller?.abort();
    controller = new AbortController();
    void loop(controller.signal, runFirst);
  };

  return {
    start() {
      if (started) return;
      started = true;
      restart(false);
    },
    stop() {
      started = false;
      controller?.abort();
      controller = null;
    },
    reschedule() {
      if (started) restart(false);
    },
    kick() {
      if (started) restart(true);
      else void safeRun();
    }
  };
}
