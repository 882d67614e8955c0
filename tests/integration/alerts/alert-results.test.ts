import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  domainListInputSchema,
  type AlertView,
  type Settings
} from '@shared/contract';
import { createAlertHandlers } from '@main/core/alerts/alert-handlers';
import { createDomainHandlers } from '@main/core/domains/domain-handlers';
import { alertViews, currentAlerts } from '@main/core/alerts/alert-service';
import { alertSettingsFrom } from '@main/core/alerts/settings';
import { markSuccess } from '@main/core/cache/repositories/sync-state';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { listAllAlerts } from './list-all-alerts';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

const DAY = 86_400_000;

const demoProfile: StoredProfile = {
  id: 'demo',
  name: 'Demo provider',
  kind: 'demo',
  baseUrl: null,
  authMode: 'demo',
  login: null,
  clientId: null,
  createdAt: '2026-11-22T09:00:00Z'
};

/**
 * Alerts are computed when the data changes and stored; reads answer from what the last pass
 * stored. The demo provider's domains 1–11 alert (see alerts-demo-provider.test.ts).
 */
describe('the stored alert pass', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const events = new RecordingEventSink();
  const demo = createDemoProviderPort({ clock });
  let settings: Settings = defaultSettings();
  let dir: { path: string; cleanup: () => void };
  let session: Session;
  let alerts: ReturnType<typeof createAlertHandlers>;
  let domainHandlers: ReturnType<typeof createDomainHandlers>;

  beforeAll(async () => {
    dir = makeTempDir();
    const logger = new RecordingLogger();
    const ctx = sessionContext(() => session, { clock, logger, events, settings: () => settings });
    alerts = createAlertHandlers(ctx);
    domainHandlers = createDomainHandlers(ctx);
    session = openTestSession(demoProfile, dir.path, {
      clock,
      events,
      logger,
      demo,
      timeZone: () => settings.timeZone,
      afterSync: (s, report) => alerts.afterSync(s, report)
    });
    expect((await session.sync('full')).ok).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await demo.close();
    dir?.cleanup();
  });

  it('answers domains and alert reads from the stored pass, not by re-running the rules', async () => {
    const { db } = session.cache;
    const before = await listAllAlerts(alerts.handlers);
    expect(before.alerts.some((a) => a.domainId === '1')).toBe(true);
    // Rows changed behind the pass's back (no sync, no action) do not change what reads say.
    // (As a sync writes it: the row's JSON and its expiry column.)
    db.exec(
      "UPDATE domains SET json = json_set(json, '$.expiresOn', '2030-01-01'), expires_on = '2030-01-01' WHERE id = '1'"
    );
    expect(await listAllAlerts(alerts.handlers)).toEqual(before);
    const one = await domainHandlers['domains:get']({ id: '1' });
    expect(one.domain.expiresOn).toBe('2030-01-01');
    expect(one.domain.alert?.key).toBe('domain:1:threshold:1');
    const listed = await domainHandlers['domains:list'](domainListInputSchema.parse({}));
    expect(listed.domains.find((d) => d.id === '1')?.alert?.key).toBe('domain:1:threshold:1');
  });

  it('runs the pass again once a sync by another process changed the synced data', async () => {
    // What `hostdeck sync` leaves behind a minute later: a new sync state, and no afterSync
    // in this process.
    clock.advance(60_000);
    markSuccess(session.cache.db, 'domains', new Date(clock.now()).toISOString());
    const after = await listAllAlerts(alerts.handlers);
    expect(after.alerts.some((a) => a.domainId === '1')).toBe(false);
    expect((await domainHandlers['domains:get']({ id: '1' })).domain.alert).toBeNull();
  });

  it('counts the days again on the next local day, without a sync', async () => {
    const daysLeftOf2 = async () =>
      (await domainHandlers['domains:list'](domainListInputSchema.parse({}))).domains.find(
        (d) => d.id === '2'
      )?.alert;
    const today = await daysLeftOf2();
    clock.advance(DAY);
    const tomorrow = await daysLeftOf2();
    expect(today?.message).not.toEqual(tomorrow?.message);
    expect(
      (await listAllAlerts(alerts.handlers)).alerts.find((a) => a.domainId === '2')?.daysLeft
    ).toBe((await domainHandlers['domains:get']({ id: '2' })).domain.daysLeft);
  });

  it('runs the pass again when the alert settings change', async () => {
    const withAlert = (
      await domainHandlers['domains:list'](domainListInputSchema.parse({}))
    ).domains.filter((d) => d.alert !== null).length;
    settings = { ...settings, alertThresholds: [1] };
    const fewer = (
      await domainHandlers['domains:list'](domainListInputSchema.parse({}))
    ).domains.filter((d) => d.alert !== null).length;
    expect(fewer).toBeLessThan(withAlert);
  });

  it("pages each alert centre group in the rules' order, with totals, and counts for the status bar", async () => {
    settings = defaultSettings();
    const domainAlert = (await listAllAlerts(alerts.handlers)).alerts.find(
      (a) => a.category === 'domain'
    );
    await alerts.handlers['alerts:snooze']({ key: domainAlert!.key, until: 'next-threshold' });
    const now = clock.now();
    const rules = alertViews(
      session.cache.db,
      currentAlerts(session.cache.db, alertSettingsFrom(settings), now),
      now
    ).alerts;
    const groupOf = (a: AlertView) => (a.snoozed ? 'snoozed' : a.severity);
    const whole = await listAllAlerts(alerts.handlers);
    expect(whole.groups.map((g) => g.id)).toEqual(['critical', 'warning', 'info', 'snoozed']);
    // The pages, one group after the other, are the rules' list in the rules' order.
    expect(whole.alerts.map((a) => a.key)).toEqual(rules.map((a) => a.key));
    expect(await alerts.handlers['alerts:summary'](undefined)).toEqual({
      openCount: rules.filter((a) => !a.snoozed).length,
      snoozedCount: 1
    });

    const offsets = { critical: 1, warning: 2, info: 0, snoozed: 5 };
    const paged = await alerts.handlers['alerts:list']({ limit: 2, offsets });
    for (const group of paged.groups) {
      const all = rules.filter((a) => groupOf(a) === group.id);
      expect(group.total).toBe(all.length);
      // An offset past the end (snoozed: 5 of 1) shows the group's last page instead.
      const offset = Math.min(offsets[group.id], Math.floor((all.length - 1) / 2) * 2);
      expect(group.offset).toBe(offset);
      expect(group.alerts).toEqual(all.slice(offset, offset + 2));
    }
  });
});
