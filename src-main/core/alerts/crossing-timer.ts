/**
 * Alerts change by themselves at known instants even when no data does: a domain enters the
 * next threshold window (or expires) at local midnight in the reseller's zone, a dated snooze
 * runs out, an invoice becomes overdue the day after it was due, quiet hours end and held-back
 * notifications may go out. The crossing timer sleeps on the injected clock until the next
 * such instant and then runs the stored alert pass, so the tray, the status bar and the alert
 * centre move (and notify) without waiting for a sync or a read.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Clock, Logger } from '../ports';
import { HOUR_MS, addCalendarDays, localDate, startOfLocalDay } from '../time';
import {
  alertDomainsExpiringBetween,
  domainExpiriesFrom,
  earliestSnoozeEndAfter,
  earliestUnpaidDueFrom
} from './alerts-repository';
import { isThresholdStatus } from './domain-alerts';
import { nextThresholdCrossing } from './next-crossing';
import { autoRenewThresholdsOf } from './settings';
import { isQuietTime, quietHoursEnd } from './notifications';
import type { AlertDomain, AlertSettings } from './types';

/** Longest single sleep: the wake-up is re-checked against the clock (suspend, DST, setTimeout's limit). */
const MAX_SLEEP_MS = HOUR_MS;

/**
 * The domains whose next stage change can be the earliest, from the table's columns (no row's
 * JSON is parsed). A domain changes stage on its expiry date minus a threshold, or the day
 * after expiry; so none expiring more than the largest threshold (plus a day) after the
 * soonest expiring live domain can change before that one does.
 */
function crossingCandidates(db: DatabaseSync, settings: AlertSettings, now: number): AlertDomain[] {
  const today = localDate(now, settings.timeZone);
  let soonest: string | null = null;
  for (const domain of domainExpiriesFrom(db, today)) {
    if (isThresholdStatus(domain.status)) {
      soonest = domain.expiresOn;
      break;
    }
  }
  if (soonest === null) return [];
  const largest = Math.max(0, ...settings.thresholds, ...autoRenewThresholdsOf(settings));
  return alertDomainsExpiringBetween(db, today, addCalendarDays(soonest, largest + 1));
}

/** The first local midnight after which an unpaid invoice due today or later becomes overdue. */
function nextOverdueDay(db: DatabaseSync, settings: AlertSettings, now: number): number | null {
  const today = localDate(now, settings.timeZone);
  const due = earliestUnpaidDueFrom(db, today);
  return due ? startOfLocalDay(addCalendarDays(due, 1), settings.timeZone) : null;
}

/** The earliest dated snooze still running. */
function nextSnoozeEnd(db: DatabaseSync, now: number): number | null {
  const until = earliestSnoozeEndAfter(db, new Date(now).toISOString());
  const at = until ? Date.parse(until) : Number.NaN;
  return Number.isNaN(at) ? null : at;
}

/**
 * The next instant after `now` at which the alert pass may give another answer without any
 * cached data changing, or null when only a sync or a user action can change it.
 */
export function nextAlertChange(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number
): number | null {
  const candidates = [
    nextThresholdCrossing(crossingCandidates(db, settings, now), settings, now),
    nextOverdueDay(db, settings, now),
    nextSnoozeEnd(db, now),
    settings.quietHours !== null && isQuietTime(settings.quietHours, now, settings.timeZone)
      ? quietHoursEnd(settings.quietHours, now, settings.timeZone)
      : null
  ].filter((at): at is number => at !== null && at > now);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

export interface CrossingTimer {
  /** Computes the next crossing again (after a pass, a profile switch, a settings change). */
  reschedule(): void;
  stop(): void;
}

/**
 * Sleeps until `nextAt()` and calls `run` once it has passed. `run` is expected to call
 * `reschedule` (the pass it runs stores new alerts, so the next crossing moves on).
 */
export function createCrossingTimer(deps: {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly nextAt: () => number | null;
  readonly run: () => void;
}): CrossingTimer {
  let controller: AbortController | null = null;

  const loop = async (own: AbortController): Promise<void> => {
    const { signal } = own;
    let target: number | null;
    try {
      target = deps.nextAt();
    } catch (error) {
      deps.logger.log('warn', 'the next alert crossing could not be computed', {
        error: error instanceof Error ? error.message : String(error)
      });
      return;
    }
    if (target === null) return;
    while (!signal.aborted && deps.clock.now() < target) {
      try {
        await deps.clock.sleep(Math.min(MAX_SLEEP_MS, target - deps.clock.now()), signal);
      } catch {
        return;
      }
    }
    if (signal.aborted) return;
    try {
      deps.run();
    } catch (error) {
      deps.logger.log('error', 'alert evaluation at a threshold crossing failed', {
        error: error instanceof Error ? error.message : String(error)
      });
    }
    // The instant has passed either way: go on to the one after it.
    if (controller === own) timer.reschedule();
  };

  const timer: CrossingTimer = {
    reschedule() {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      void loop(own);
    },
    stop() {
      controller?.abort();
      controller = null;
    }
  };
  return timer;
}
