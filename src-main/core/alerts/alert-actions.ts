/**
 * What the reseller does to an alert — snooze a domain's, acknowledge any — written to the
 * cache with its history entry, in one transaction. The app's channels (alert-handlers.ts)
 * and `hostdeck alerts snooze|acknowledge` both go through here; what each does next differs:
 * the app runs the alert pass (notifications included), the command line only stores what
 * reads show (storeAlertsForReads), so it never takes a notification the app still owes.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../cache/database';
import { AppFailure } from '../errors';
import { calendarDayNumber, localDate, startOfLocalDay } from '../time';
import { storeAlertResults, type AlertResults } from './alert-results-repository';
import { collectAlerts, currentAlerts, withoutDomains } from './alert-service';
import { acknowledgeDomainAlert, snoozeDomainAlert } from './domain-alerts';
import {
  acknowledgeKey,
  appendHistory,
  readAlertStates,
  readLedger,
  recordAcknowledged,
  writeAlertState
} from './alerts-repository';
import type { AlertSettings, DomainAlert } from './types';

/** Until when a domain's alert is snoozed: its next stage, or a later local date (YYYY-MM-DD). */
export type SnoozeUntil = 'next-threshold' | string;

/** True when `date` is a real calendar date after `today` (2026-02-30 is not). */
function isLaterDate(date: string, today: string): boolean {
  try {
    return calendarDayNumber(date) > calendarDayNumber(today);
  } catch {
    return false;
  }
}

/** The open domain alert `key`; a failure saying why when it is not one. */
function findDomainAlert(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  key: string
): DomainAlert {
  const collected = currentAlerts(db, settings, now);
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
}

/**
 * Snoozes the domain alert `key` until its next threshold or until the start of a later local
 * date in the reseller's time zone. Ticket and invoice alerts cannot be snoozed (invalid-input);
 * an alert no longer open is not-found.
 */
export function snoozeAlert(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  key: string,
  until: SnoozeUntil
): void {
  const alert = findDomainAlert(db, settings, now, key);
  let target: number | 'next-threshold' = 'next-threshold';
  if (until !== 'next-threshold') {
    if (!isLaterDate(until, localDate(now, settings.timeZone)))
      throw new AppFailure('invalid-input', 'Choose a date after today to snooze until.', {
        code: 'snooze-date-past'
      });
    target = startOfLocalDay(until, settings.timeZone);
  }
  inTransaction(db, () => {
    const state = readAlertStates(db).find((s) => s.domainId === alert.domainId);
    writeAlertState(db, snoozeDomainAlert(state, alert, target));
    appendHistory(db, {
      key,
      domainId: alert.domainId,
      at: new Date(now).toISOString(),
      event: 'snoozed',
      detail: target === 'next-threshold' ? 'until the next threshold' : `until ${until}`,
      until
    });
  });
}

/**
 * Acknowledges the alert `key`: a domain's until its next stage, a ticket reply or an invoice
 * for good. An alert no longer open is not-found.
 */
export function acknowledgeAlert(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  key: string
): void {
  const at = new Date(now).toISOString();
  const collected = currentAlerts(db, settings, now);
  const domainAlert = collected.domainAlerts.find((a) => a.key === key);
  inTransaction(db, () => {
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
      return;
    }
    const row = readLedger(db).get(key);
    if (row) {
      if (acknowledgeKey(db, key, at))
        appendHistory(db, {
          key,
          domainId: null,
          at,
          event: 'acknowledged',
          detail: row.payload.body,
          text: row.payload.text ?? null
        });
      return;
    }
    // Open by the rules, but no pass has recorded it yet.
    const alert = [...collected.ticketAlerts, ...collected.invoiceAlerts].find(
      (a) => a.key === key
    );
    if (!alert)
      throw new AppFailure('not-found', 'This alert is no longer active.', {
        code: 'alert-not-active'
      });
    recordAcknowledged(db, alert, at);
    appendHistory(db, {
      key,
      domainId: null,
      at,
      event: 'acknowledged',
      detail: alert.body,
      text: alert.text
    });
  });
}

/**
 * Runs the rules and stores what reads show (the alert centre, the domains' badges, the tray's
 * count), as a read does when nothing fresh is stored: without the ledger's pass, so nothing
 * is marked raised or notified here. For a process that is not the app (the command line).
 */
export function storeAlertsForReads(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number
): AlertResults {
  const results = withoutDomains(collectAlerts(db, settings, now));
  storeAlertResults(db, results, settings, now);
  return results;
}
