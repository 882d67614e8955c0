/**
 * The background sync loop: waits the configured interval on the injected clock, then runs
 * one sync. Triggers (resume from sleep, network back, "Sync now") call `kick`, which
 * restarts the wait so several triggers coalesce into one sync.
 */
import type { Clock, Logger } from '../ports';
import { HOUR_MS, MINUTE_MS } from '../time';

/** How long after an hour starts the hourly sync runs (clear of the slot's edge). */
export const HOURLY_SYNC_OFFSET_MS = 2 * MINUTE_MS;

/**
 * The wait before the next background sync. A profile that records its own hourly images
 * (Combell) must sync in every hour slot: the wait then ends at the latest a little after
 * the next hour starts, whatever the configured interval.
 */
export function nextSyncDelayMs(nowMs: number, intervalMinutes: number, hourly: boolean): number {
  const interval = intervalMinutes * MINUTE_MS;
  if (!hourly) return interval;
  // The next "hour + offset" instant after now (this hour's when a sync that began in the
  // previous slot ends just after the hour: that slot is still to be recorded).
  let next = Math.floor(nowMs / HOUR_MS) * HOUR_MS + HOURLY_SYNC_OFFSET_MS;
  if (next <= nowMs) next += HOUR_MS;
  return Math.min(interval, next - nowMs);
}

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
  /** True while the active profile needs a sync in every hour slot (Hostdeck's own record). */
  readonly hourly?: () => boolean;
  readonly run: () => Promise<void>;
}): SyncScheduler {
  let controller: AbortController | null = null;
  let started = false;

  const loop = async (signal: AbortSignal, runFirst: boolean): Promise<void> => {
    if (runFirst) await safeRun();
    while (!signal.aborted) {
      try {
        const now = deps.clock.now();
        await deps.clock.sleep(
          nextSyncDelayMs(now, deps.intervalMinutes(), deps.hourly?.() ?? false),
          signal
        );
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
