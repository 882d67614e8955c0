/**
 * The alerts channels, and the hook that evaluates alerts after each sync. Reads come from
 * the cache and the stored result of the last alert pass (alert-results.ts); every mutation
 * re-evaluates and stores, so the tray count, the alert centre and the domain badges move
 * together (the `domains:*` channels are domains/domain-handlers.ts).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import type { SyncReport } from '../sync/sync-engine';
import { ensureAlertResults } from './alert-results-repository';
import { createCrossingTimer, nextAlertChange } from './crossing-timer';
import { alertPage, alertSummary } from './alert-centre';
import { acknowledgeAlert, snoozeAlert } from './alert-actions';
import { collectAlerts, evaluateAlerts, withoutDomains } from './alert-service';
import { alertSettingsFrom } from './settings';
import type { AlertSettings } from './types';

type AlertChannels = 'alerts:list' | 'alerts:summary' | 'alerts:snooze' | 'alerts:acknowledge';

/**
 * Alert handlers, the hook that evaluates alerts after each sync, and the timer
 * that evaluates them at each threshold crossing (armed by the composition with
 * `watchCrossings`, re-armed after every pass and on a profile or settings change).
 */
export function createAlertHandlers(ctx: HandlerContext): {
  handlers: Pick<ContractHandlers, AlertChannels>;
  afterSync(session: Session, report: SyncReport): Promise<void>;
  watchCrossings(): void;
  stopWatchingCrossings(): void;
} {
  const settings = (): AlertSettings => alertSettingsFrom(ctx.settings());
  let watching = false;
  const crossings = createCrossingTimer({
    clock: ctx.clock,
    logger: ctx.logger,
    nextAt: () => {
      const session = ctx.session();
      return session ? nextAlertChange(session.cache.db, settings(), ctx.clock.now()) : null;
    },
    run: () => {
      const session = ctx.session();
      if (session) evaluate(session.cache.db);
    }
  });
  const evaluate = (db: DatabaseSync): number => {
    const { openCount } = evaluateAlerts(db, settings(), ctx.clock.now(), {
      notifier: ctx.notifier,
      events: ctx.events
    });
    if (watching) crossings.reschedule();
    return openCount;
  };

  /** The stored pass, run first when stale; its pending baselines. */
  const ensureStored = (db: DatabaseSync, now: number) => {
    const current = settings();
    return ensureAlertResults(db, current, now, () =>
      withoutDomains(collectAlerts(db, current, now))
    );
  };

  const handlers: Pick<ContractHandlers, AlertChannels> = {
    'alerts:list': async ({ limit, offsets }) => {
      const { db } = ctx.requireSession().cache;
      const now = ctx.clock.now();
      return alertPage(db, now, ensureStored(db, now), { limit, offsets });
    },
    'alerts:summary': async () => {
      const { db } = ctx.requireSession().cache;
      const now = ctx.clock.now();
      return alertSummary(db, now, ensureStored(db, now));
    },
    'alerts:snooze': async ({ key, until }) => {
      const { db } = ctx.requireSession().cache;
      snoozeAlert(db, settings(), ctx.clock.now(), key, until);
      return { openCount: evaluate(db) };
    },
    'alerts:acknowledge': async ({ key }) => {
      const { db } = ctx.requireSession().cache;
      acknowledgeAlert(db, settings(), ctx.clock.now(), key);
      return { openCount: evaluate(db) };
    }
  };

  return {
    handlers,
    watchCrossings: () => {
      watching = true;
      crossings.reschedule();
    },
    stopWatchingCrossings: () => {
      watching = false;
      crossings.stop();
    },
    afterSync: async (session) => {
      try {
        evaluate(session.cache.db);
      } catch (error) {
        // A broken evaluation must not fail the sync that already succeeded; the log keeps it.
        ctx.logger.log('error', 'alert evaluation failed', {
          error: error instanceof Error ? error.message : String(error)
        });
      }
    }
  };
}
