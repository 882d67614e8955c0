import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateDomainAlerts, snoozeDomainAlert } from '@main/core/alerts';
import { addCalendarDays, startOfLocalDay } from '@main/core/time';
import type { AlertDomain, AlertSettings, GenericAlert } from '@main/core/alerts';
import {
  readAlertStates,
  appendHistory,
  readDomainHistory,
  readLedger,
  recordBaseline,
  runLedgerPass,
  writeAlertState
} from '@main/core/alerts/alerts-repository';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';
import { NOW, TODAY, domainExpiringIn, settingsWith } from './alert-fixtures';

const DAY = 86_400_000;

/** What the alert service does on each evaluation, minus the cache reads: rules, then ledger. */
function pass(
  cache: OpenedCache,
  domains: readonly AlertDomain[],
  settings: AlertSettings,
  now: number
) {
  const alerts = evaluateDomainAlerts(domains, readAlertStates(cache.db), settings, now);
  return runLedgerPass(cache.db, alerts, settings, now);
}

function keysOf(outcome: ReturnType<typeof pass>): string[] {
  return outcome.plan.notifyNow.flatMap((n) => n.alertKeys);
}

describe('the alert ledger', () => {
  let dir: { path: string; cleanup: () => void };
  let cache: OpenedCache;
  const open = (): OpenedCache =>
    openCache(join(dir.path, 'cache.sqlite'), { logger: new RecordingLogger(), now: () => NOW });
  beforeEach(() => {
    dir = makeTempDir();
    cache = open();
  });
  afterEach(() => {
    cache.close();
    dir.cleanup();
  });

  it('notifies an alert once, even after the app restarts (the database is closed and reopened)', () => {
    const domains = [domainExpiringIn(7)];
    const first = pass(cache, domains, settingsWith(), NOW);
    expect(first.plan.notifyNow.map((n) => n.key)).toEqual(['domain:d1:threshold:7']);
    expect(first.raised).toEqual(['domain:d1:threshold:7']);
    cache.close();
    cache = open();
    const afterRestart = pass(cache, domains, settingsWith(), NOW + 60_000);
    expect(afterRestart.plan.notifyNow).toEqual([]);
    expect(afterRestart.raised).toEqual([]);
    expect(readLedger(cache.db).get('domain:d1:threshold:7')).toMatchObject({
      handled: true,
      notifiedAt: new Date(NOW).toISOString()
    });
  });

  it('stays silent on repeated evaluations, and notifies again only when the domain reaches the next threshold', () => {
    const domains = [domainExpiringIn(7)];
    expect(keysOf(pass(cache, domains, settingsWith(), NOW))).toEqual(['domain:d1:threshold:7']);
    for (let hour = 1; hour <= 5; hour++)
      expect(pass(cache, domains, settingsWith(), NOW + hour * 3_600_000).plan.notifyNow).toEqual(
        []
      );
    // Six and five days left: still the 7-day stage.
    expect(pass(cache, domains, settingsWith(), NOW + DAY).plan.notifyNow).toEqual([]);
    expect(pass(cache, domains, settingsWith(), NOW + 2 * DAY).plan.notifyNow).toEqual([]);
    const atThree = pass(cache, domains, settingsWith(), NOW + 4 * DAY);
    expect(keysOf(atThree)).toEqual(['domain:d1:threshold:3']);
    expect(atThree.cleared).toEqual(['domain:d1:threshold:7']);
    expect(readDomainHistory(cache.db, 'd1').map((h) => `${h.event} ${h.key}`)).toEqual([
      'raised domain:d1:threshold:7',
      'notified domain:d1:threshold:7',
      'cleared domain:d1:threshold:7',
      'raised domain:d1:threshold:3',
      'notified domain:d1:threshold:3'
    ]);
  });

  it('sends one summary for a sync after days offline instead of a burst, then nothing more', () => {
    const settings = settingsWith({ thresholds: [7, 3, 1] });
    const domains = [11, 13, 15, 17].map((days, i) =>
      domainExpiringIn(days, { id: `d${i}`, name: `site${i}.be` })
    );
    expect(pass(cache, domains, settings, NOW).plan.notifyNow).toEqual([]);
    // Back online twelve days later: every domain crossed a threshold (one even expired).
    const back = pass(cache, domains, settings, NOW + 12 * DAY);
    expect(back.plan.notifyNow).toHaveLength(1);
    const [summary] = back.plan.notifyNow;
    expect(summary).toMatchObject({
      category: 'summary',
      title: '4 domains need attention',
      target: { kind: 'domains' }
    });
    expect([...summary!.alertKeys].sort()).toEqual([
      'domain:d0:expired',
      'domain:d1:threshold:1',
      'domain:d2:threshold:3',
      'domain:d3:threshold:7'
    ]);
    expect(pass(cache, domains, settings, NOW + 12 * DAY + 60_000).plan.notifyNow).toEqual([]);
    expect(
      [...readLedger(cache.db).values()].every((row) => row.handled && row.notifiedAt !== null)
    ).toBe(true);
  });

  it('records a renewed domain as cleared and removes it from the ledger without notifying', () => {
    pass(cache, [domainExpiringIn(7)], settingsWith(), NOW);
    const renewed = pass(cache, [domainExpiringIn(7 + 365)], settingsWith(), NOW + 3_600_000);
    expect(renewed.cleared).toEqual(['domain:d1:threshold:7']);
    expect(renewed.plan.notifyNow).toEqual([]);
    expect(readLedger(cache.db).size).toBe(0);
    expect(readDomainHistory(cache.db, 'd1').at(-1)).toMatchObject({
      event: 'cleared',
      key: 'domain:d1:threshold:7'
    });
  });

  it('keeps what each alert said as facts in its history, and reads older English rows as they are', () => {
    pass(cache, [domainExpiringIn(7)], settingsWith(), NOW);
    const facts = {
      code: 'domain-threshold',
      domain: 'example.com',
      daysLeft: 7,
      expiresOn: '2026-11-29'
    };
    const [raised, notified] = readDomainHistory(cache.db, 'd1');
    expect(raised).toMatchObject({
      event: 'raised',
      detail: 'example.com expires in 7 days (2026-11-29)',
      text: facts,
      until: null
    });
    expect(notified).toMatchObject({ event: 'notified', text: facts });
    appendHistory(cache.db, {
      key: 'domain:d1:threshold:7',
      domainId: 'd1',
      at: new Date(NOW).toISOString(),
      event: 'snoozed',
      detail: 'until the next threshold',
      until: 'next-threshold'
    });
    cache.db
      .prepare(
        "INSERT INTO alert_history (key, domain_id, at, event, detail) VALUES ('k', 'd1', '2026-01-01T00:00:00Z', 'raised', 'an old English row')"
      )
      .run();
    expect(readDomainHistory(cache.db, 'd1').slice(-2)).toEqual([
      expect.objectContaining({ event: 'snoozed', until: 'next-threshold', text: null }),
      expect.objectContaining({ detail: 'an old English row', text: null, until: null })
    ]);
  });

  it('keeps a snoozed alert quiet, then opens and notifies at the next threshold', () => {
    const domains = [domainExpiringIn(7)];
    const settings = settingsWith();
    pass(cache, domains, settings, NOW);
    const [alert] = evaluateDomainAlerts(domains, readAlertStates(cache.db), settings, NOW);
    writeAlertState(cache.db, snoozeDomainAlert(undefined, alert!, 'next-threshold'));
    expect(readAlertStates(cache.db)).toEqual([
      expect.objectContaining({ domainId: 'd1', snoozedAtThreshold: 7, snoozedUntil: null })
    ]);
    const [snoozed] = evaluateDomainAlerts(domains, readAlertStates(cache.db), settings, NOW + DAY);
    expect(snoozed).toMatchObject({ snoozed: true, open: false });
    expect(pass(cache, domains, settings, NOW + DAY).plan.notifyNow).toEqual([]);
    const next = pass(cache, domains, settings, NOW + 4 * DAY);
    expect(keysOf(next)).toEqual(['domain:d1:threshold:3']);
    expect(
      evaluateDomainAlerts(domains, readAlertStates(cache.db), settings, NOW + 4 * DAY)[0]
    ).toMatchObject({ open: true });
  });

  it('holds an alert raised while snoozed until a date, and notifies it once when that day starts', () => {
    const domains = [domainExpiringIn(10)];
    const settings = settingsWith();
    // Snoozed before the alert even exists (the reseller snoozed the domain's previous stage).
    writeAlertState(cache.db, {
      domainId: 'd1',
      snoozedUntil: new Date(
        startOfLocalDay(addCalendarDays(TODAY, 5), settings.timeZone)
      ).toISOString()
    });
    expect(pass(cache, domains, settings, NOW + 3 * DAY).plan.notifyNow).toEqual([]);
    expect(readLedger(cache.db).get('domain:d1:threshold:7')).toMatchObject({
      handled: false,
      notifiedAt: null
    });
    expect(keysOf(pass(cache, domains, settings, NOW + 5 * DAY))).toEqual([
      'domain:d1:threshold:7'
    ]);
    expect(pass(cache, domains, settings, NOW + 5 * DAY + 60_000).plan.notifyNow).toEqual([]);
  });

  it('defers alerts during quiet hours and delivers them once quiet hours end', () => {
    const settings = settingsWith({ quietHours: { start: '22:00', end: '07:00' } });
    const lateEvening = Date.parse('2026-11-22T22:30:00Z'); // 23:30 in Brussels
    const domains = [domainExpiringIn(7)];
    const quiet = pass(cache, domains, settings, lateEvening);
    expect(quiet.plan).toMatchObject({
      notifyNow: [],
      deferred: true,
      resumeAt: Date.parse('2026-11-23T06:00:00Z')
    });
    expect(readLedger(cache.db).get('domain:d1:threshold:7')?.handled).toBe(false);
    expect(pass(cache, domains, settings, lateEvening + 3_600_000).plan.notifyNow).toEqual([]);
    const morning = pass(cache, domains, settings, Date.parse('2026-11-23T06:30:00Z'));
    expect(keysOf(morning)).toEqual(['domain:d1:threshold:7']);
    expect(
      pass(cache, domains, settings, Date.parse('2026-11-23T07:00:00Z')).plan.notifyNow
    ).toEqual([]);
  });

  it('marks alerts of a switched-off category handled, so switching it back on replays nothing', () => {
    const off = settingsWith({ notify: { domains: false, tickets: true, invoices: true } });
    const domains = [domainExpiringIn(7)];
    const silent = pass(cache, domains, off, NOW);
    expect(silent.plan).toMatchObject({ notifyNow: [], suppressedKeys: ['domain:d1:threshold:7'] });
    expect(pass(cache, domains, settingsWith(), NOW + 60_000).plan.notifyNow).toEqual([]);
    expect(readLedger(cache.db).get('domain:d1:threshold:7')).toMatchObject({
      handled: true,
      notifiedAt: null
    });
  });

  it('records alerts that predate the first sync as handled, without notifying them', () => {
    const reply: GenericAlert = {
      key: 'ticket:5:reply:2026-11-01T10:00:00Z',
      category: 'ticket',
      text: { code: 'ticket-reply', subject: 'DNS' },
      title: 'New reply to your ticket',
      body: 'DNS',
      target: { kind: 'ticket', id: '5' }
    };
    recordBaseline(cache.db, [reply], new Date(NOW).toISOString(), { acknowledge: true });
    const outcome = runLedgerPass(cache.db, [reply], settingsWith(), NOW);
    expect(outcome.plan.notifyNow).toEqual([]);
    expect(outcome.raised).toEqual([]);
    expect(readLedger(cache.db).get(reply.key)).toMatchObject({
      handled: true,
      acknowledgedAt: new Date(NOW).toISOString()
    });
    const newer: GenericAlert = { ...reply, key: 'ticket:5:reply:2026-11-22T10:00:00Z' };
    expect(
      runLedgerPass(cache.db, [newer], settingsWith(), NOW + 60_000).plan.notifyNow.map(
        (n) => n.key
      )
    ).toEqual([newer.key]);
  });
});
