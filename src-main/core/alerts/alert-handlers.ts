/**
 * The alerts channels, and the hook that evaluates alerts after each sync. Reads come from
 * the cache and the stored result of the last alert pass (alert-results.ts); every mutation
 * re-evaluates and stores, so the tray count, the alert centre and the domain badges move
 * together (the `domains:*` channels are domains/domain-handlers.ts).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ContractHandlers } from '@shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import type { SyncReport } from '../sync/sync-engine';
import { ensureAlertResults } from './alert-results-repository';
import { createCrossingTimer, nextAlertChange } from './crossing-timer';
import { alertPage, alertSummary } from './alert-centre';
import { collectAlerts, currentAlerts, evaluateAlerts, withoutDomains } from './alert-service';
import { acknowledgeDomainAlert, snoozeDomainAlert } from './domain-alerts';
import {
  acknowledgeKey,
  appendHistory,
  readAlertStates,
  readLedger,
  writeAlertState
} from './alerts-repository';
import { calendarDayNumber, localDate, startOfLocalDay } from '../time';
import { alertSettingsFrom } from './settings';
import type { AlertSettings, DomainAlert } from './types';

type AlertChannels = 'alerts:list' | 'alerts:summary' | 'alerts:snooze' | 'alerts:acknowledge';

/** True when `date` is a real calendar date after `today` (2026-02-30 is not). */
function isLaterDate(date: string, today: string): boolean {
  try {
    return calendarDayNumber(date) > calendarDayNumber(today);
  } catch {
    return false;
  }
}

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

  const findDomainAlert = (db: DatabaseSync, key: string): DomainAlert => {
    const collected = currentAlerts(db, settings(), ctx.clock.now());
    const alert = collected.domainAlerts.find((a) => a.key === key);
    if (alert) return alert;
    if (
      collected.ticketAlerts.some((a) => a.key === key) ||
      collected.invoiceAlerts.some((a) => a.key === key)
    ) {
      throw new AppFailure(
        'invalid-input',
        'Only domain alerts can be snoozed; acknowledge this one instead.',
        { code: 'alert-not-snoozable' }
      );
    }
    throw new AppFailure(
      'not-found',
      'This alert is no longer active (the domain may have been renewed).',
      { code: 'alert-not-active' }
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
      const now = ctx.clock.now();
      const { timeZone } = settings();
      const alert = findDomainAlert(db, key);
      let target: number | 'next-threshold' = 'next-threshold';
      if (until !== 'next-threshold') {
        if (!isLaterDate(until, localDate(now, timeZone)))
          throw new AppFailure('invalid-input', 'Choose a date after today to snooze until.', {
            code: 'snooze-date-past'
          });
        target = startOfLocalDay(until, timeZone);
      }
      const state = readAlertStates(db).find((s) => s.domainId === alert.domainId);
      writeAlertState(db, snoozeDomainAlert(state, alert, target));
      const detail = target === 'next-threshold' ? 'until the next threshold' : `until ${until}`;
      appendHistory(db, {
        key,
        domainId: alert.domainId,
        at: new Date(now).toISOString(),
        event: 'snoozed',
        detail,
        until
      });
      return { openCount: evaluate(db) };
    },
    'alerts:acknowledge': async ({ key }) => {
      const { db } = ctx.requireSession().cache;
      const now = ctx.clock.now();
      const at = new Date(now).toISOString();
      const domainAlert = currentAlerts(db, settings(), now).domainAlerts.find(
        (a) => a.key === key
      );
      if (domainAlert) {
        const state = readAlertStates(db).find((s) => s.domainId === domainAlert.domainId);
        writeAlertState(db, acknowledgeDomainAlert(state, domainAlert, now));
        appendHistory(db, {
          key,
          domainId: domainAlert.domainId,
          at,
          event: 'acknowledged',
          detail: domainAlert.message,
          text: domainAlert.text
        });
      } else {
        const row = readLedger(db).get(key);
        if (!row)
          throw new AppFailure('not-found', 'This alert is no longer active.', {
            code: 'alert-not-active'
          });
        if (acknowledgeKey(db, key, at))
          appendHistory(db, {
            key,
            domainId: null,
            at,
            event: 'acknowledged',
            detail: row.payload.body,
            text: row.payload.text ?? null
          });
      }
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
