import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, domainListInputSchema, type Settings } from '@shared/contract';
import { createAlertHandlers } from '@main/core/alerts/alert-handlers';
import { createDomainHandlers } from '@main/core/domains/domain-handlers';
import { readDomainHistory, readLedger } from '@main/core/alerts/alerts-repository';
import { readEntities } from '@main/core/cache/repositories/entities';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink, RecordingNotifier } from '../../fakes/recording-notifier';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { listAllAlerts } from './list-all-alerts';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

const DAY = 86_400_000;
const STAFF_DELAY = 60_000;

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
 * The whole alert path for real: the demo provider on loopback HTTP, the sync engine writing
 * a SQLite cache, the afterSync hook evaluating alerts, the ledger, and a recording notifier.
 * The demo generates its domains relative to its clock: one each expiring in 1, 3, 7, 14, 30
 * and 60 days (ids 1–6; 2 and 5 do not auto-renew), two in grace (7, 8), two in redemption
 * (9, 10), one expired (11), then domains 90+ days out.
 */
describe('alerts against the demo provider', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const notifier = new RecordingNotifier();
  const events = new RecordingEventSink();
  const logger = new RecordingLogger();
  const demo = createDemoProviderPort({ clock, staffReplyDelayMs: STAFF_DELAY });
  let settings: Settings = defaultSettings();
  let dir: { path: string; cleanup: () => void };
  let session: Session;
  let alerts: ReturnType<typeof createAlertHandlers>;
  let domainHandlers: ReturnType<typeof createDomainHandlers>;

  const notifiedKeys = (): string[] =>
    [...readLedger(session.cache.db).values()]
      .filter((r) => r.notifiedAt === new Date(clock.now()).toISOString())
      .map((r) => r.key)
      .sort();

  beforeAll(() => {
    dir = makeTempDir();
    const ctx = sessionContext(() => session, {
      clock,
      logger,
      events,
      notifier,
      settings: () => settings
    });
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
  });

  afterAll(async () => {
    await session?.close();
    await demo.close();
    dir?.cleanup();
  });

  it(
    'sends one summary on the first sync, for the domains only: older overdue invoices and ticket replies are not news',
    { timeout: 60_000 },
    async () => {
      const report = await session.sync('full');
      expect(report.ok).toBe(true);
      expect(notifier.shown).toHaveLength(1);
      expect(notifier.shown[0]).toMatchObject({
        title: '8 domains need attention',
        target: { kind: 'domains' }
      });
      expect(notifier.shown[0]!.id).toMatch(/^summary:/);
      expect(notifiedKeys()).toEqual(
        [
          'domain:1:threshold:1',
          'domain:2:threshold:3',
          'domain:5:threshold:30',
          'domain:7:grace',
          'domain:8:grace',
          'domain:9:redemption',
          'domain:10:redemption',
          'domain:11:expired'
        ].sort()
      );
      // The web shell's page gets the same notification, and the open count follows.
      expect(events.payloadsOf('alerts:notify').map((n) => n.id)).toEqual([notifier.shown[0]!.id]);
      const listed = await listAllAlerts(alerts.handlers);
      expect(events.payloadsOf('alerts:changed').at(-1)).toEqual({ openCount: listed.openCount });
      expect(listed.alerts.filter((a) => a.category === 'ticket')).toEqual([]);
      // Overdue invoices stay listed (money is owed) without having notified.
      const overdue = listed.alerts.filter((a) => a.category === 'invoice');
      expect(overdue.length).toBeGreaterThan(0);
      expect(
        overdue.every((a) => readLedger(session.cache.db).get(a.key)?.notifiedAt === null)
      ).toBe(true);
    }
  );

  it('sends nothing on a second sync at the same time', { timeout: 60_000 }, async () => {
    notifier.clear();
    await session.sync('incremental');
    expect(notifier.shown).toEqual([]);
  });

  it(
    'a week later notifies exactly the three domains that reached a new stage',
    { timeout: 120_000 },
    async () => {
      // The demo's newest unpaid invoices fall due during this week; their alerts are
      // switched off here so the assertion is about domains (suppression has its own unit test).
      settings = { ...settings, notifications: { ...settings.notifications, invoices: false } };
      notifier.clear();
      clock.advance(7 * DAY);
      await session.sync('incremental');
      expect(notifier.shown.map((n) => n.id).sort()).toEqual([
        'domain:1:expired',
        'domain:2:expired',
        'domain:3:threshold:1'
      ]);
      expect(notifier.shown.find((n) => n.id === 'domain:3:threshold:1')).toMatchObject({
        title: 'Domain expiring',
        target: { kind: 'domain', id: '3' }
      });
      expect(notifier.shown.find((n) => n.id === 'domain:3:threshold:1')!.body).toMatch(
        /expires today/
      );
      notifier.clear();
      await session.sync('incremental');
      expect(notifier.shown).toEqual([]);
      settings = { ...settings, notifications: { ...settings.notifications, invoices: true } };
    }
  );

  it('lists every cached domain with its days left, renewal price and alert', async () => {
    const cached = readEntities(session.cache.db, 'domains');
    const { domains, today, total, cachedCount } = await domainHandlers['domains:list'](
      domainListInputSchema.parse({ limit: 500 })
    );
    expect(today).toBe('2026-11-29');
    expect(domains).toHaveLength(cached.length);
    expect(total).toBe(cached.length);
    expect(cachedCount).toBe(cached.length);
    const one = domains.find((d) => d.id === '1')!;
    expect(one).toMatchObject({
      daysLeft: -6,
      alert: {
        key: 'domain:1:expired',
        kind: 'expired',
        severity: 'critical',
        snoozed: false,
        acknowledged: false
      }
    });
    expect(one.renewalPrice?.amountMinor).toBeGreaterThan(0);
    expect(domains.find((d) => d.id === '6')).toMatchObject({ daysLeft: 53, alert: null });
  });

  it('filters, counts, sorts and pages domains in the cache', async () => {
    const list = (input: object) =>
      domainHandlers['domains:list'](domainListInputSchema.parse(input));
    const all = (await list({ sort: 'name', limit: 500 })).domains;
    expect(all.map((d) => d.name)).toEqual(
      [...all.map((d) => d.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    );
    // Two pages of two are the first four of the whole order.
    const first = await list({ sort: 'name', limit: 2 });
    const second = await list({ sort: 'name', limit: 2, offset: 2 });
    expect([...first.domains, ...second.domains].map((d) => d.id)).toEqual(
      all.slice(0, 4).map((d) => d.id)
    );
    expect(first.total).toBe(all.length);
    // Expiring within 60 days: today up to 60 days out, not the expired ones.
    const soon = await list({ within: 60, limit: 500 });
    const expected = all.filter((d) => d.daysLeft !== null && d.daysLeft >= 0 && d.daysLeft <= 60);
    expect(soon.total).toBe(expected.length);
    expect(soon.domains.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
    expect(soon.domains.map((d) => d.daysLeft)).toEqual(
      [...expected.map((d) => d.daysLeft)].sort((a, b) => (a ?? 0) - (b ?? 0))
    );
    // Search and status narrow it; the status counts stay those of the whole cache.
    const named = await list({ q: all[0]!.name.slice(0, 4).toUpperCase(), limit: 500 });
    expect(named.domains.map((d) => d.id)).toContain(all[0]!.id);
    expect(
      named.domains.every((d) =>
        d.name.toLowerCase().includes(all[0]!.name.slice(0, 4).toLowerCase())
      )
    ).toBe(true);
    const active = await list({ status: 'active', limit: 500 });
    expect(active.total).toBe(all.filter((d) => d.status === 'active').length);
    expect(active.statusCounts.active).toBe(active.total);
    const off = await list({ autoRenewOffOnly: true, limit: 500 });
    expect(off.total).toBe(all.filter((d) => d.autoRenew === false).length);
    // The most urgent alert first when sorted by alert, descending.
    const byAlert = await list({ sort: 'alert', dir: 'desc', limit: 1 });
    expect(byAlert.domains[0]?.alert?.severity).toBe('critical');
    // Renewals ahead count every live domain due from today over twelve months.
    const { renewals } = first;
    expect(renewals.months).toHaveLength(12);
    expect(renewals.months[0]?.month).toBe('2026-11');
    const due = all.filter((d) => {
      const date = d.nextDueOn ?? d.expiresOn;
      return (
        date !== null &&
        date >= first.today &&
        date < '2027-11-01' &&
        !['cancelled', 'fraud', 'transferred_away'].includes(d.status)
      );
    });
    expect(renewals.totalCount).toBe(due.length);
  });

  it(
    'renewing a domain through domains:renew clears its alert after the sync, without a notification',
    { timeout: 60_000 },
    async () => {
      notifier.clear();
      const result = await domainHandlers['domains:renew']({ id: '1' });
      expect(result).toMatchObject({ mode: 'renewed', url: null });
      expect(notifier.shown).toEqual([]);
      expect(readLedger(session.cache.db).has('domain:1:expired')).toBe(false);
      const { domain, history } = await domainHandlers['domains:get']({ id: '1' });
      expect(domain.alert).toBeNull();
      expect(domain.daysLeft).toBeGreaterThan(300);
      expect(history.map((h) => `${h.event} ${h.key}`)).toEqual([
        'raised domain:1:threshold:1',
        'notified domain:1:threshold:1',
        'cleared domain:1:threshold:1',
        'raised domain:1:expired',
        'notified domain:1:expired',
        'cleared domain:1:expired'
      ]);
      const listed = await listAllAlerts(alerts.handlers);
      expect(listed.alerts.some((a) => a.domainId === '1')).toBe(false);
    }
  );

  it('snoozing and acknowledging take alerts out of the open count and record them in the history', async () => {
    const before = (await listAllAlerts(alerts.handlers)).openCount;
    const snoozed = await alerts.handlers['alerts:snooze']({
      key: 'domain:3:threshold:1',
      until: 'next-threshold'
    });
    expect(snoozed.openCount).toBe(before - 1);
    const acknowledged = await alerts.handlers['alerts:acknowledge']({ key: 'domain:11:expired' });
    expect(acknowledged.openCount).toBe(before - 2);
    expect(events.payloadsOf('alerts:changed').at(-1)).toEqual({ openCount: before - 2 });
    const listed = await listAllAlerts(alerts.handlers);
    expect(listed.alerts.find((a) => a.key === 'domain:3:threshold:1')).toMatchObject({
      snoozed: true
    });
    expect(listed.alerts.some((a) => a.key === 'domain:11:expired')).toBe(false);
    expect(readDomainHistory(session.cache.db, '3').at(-1)).toMatchObject({
      event: 'snoozed',
      detail: 'until the next threshold'
    });
    await expect(
      alerts.handlers['alerts:snooze']({ key: 'domain:2:expired', until: '2026-11-29' })
    ).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(
      alerts.handlers['alerts:snooze']({ key: 'domain:999:expired', until: 'next-threshold' })
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it(
    'a staff answer to a customer reply raises exactly one ticket notification',
    { timeout: 60_000 },
    async () => {
      const ticket = readEntities(session.cache.db, 'tickets').find((t) => !t.isClosed)!;
      const tickets = (await session.adapter()).ticketActions()!;
      await tickets.replyToTicket(ticket.id, { message: 'Any news on this?' });
      notifier.clear();
      await session.sync('incremental');
      // Our own reply is never news.
      expect(notifier.shown).toEqual([]);
      clock.advance(STAFF_DELAY + 1_000);
      await new Promise((resolve) => setImmediate(resolve));
      await session.sync('incremental');
      expect(notifier.shown).toHaveLength(1);
      expect(notifier.shown[0]).toMatchObject({
        title: 'New reply to your ticket',
        body: ticket.subject,
        target: { kind: 'ticket', id: ticket.id }
      });
      const key = notifier.shown[0]!.id;
      expect(key).toMatch(new RegExp(`^ticket:${ticket.id}:reply:`));
      notifier.clear();
      await session.sync('incremental');
      expect(notifier.shown).toEqual([]);
      const listed = await listAllAlerts(alerts.handlers);
      expect(listed.alerts.filter((a) => a.category === 'ticket').map((a) => a.key)).toEqual([key]);
    }
  );
});
