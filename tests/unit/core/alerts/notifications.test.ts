import { describe, expect, it } from 'vitest';
import {
  SUMMARY_AFTER,
  evaluateDomainAlerts,
  isQuietTime,
  overdueInvoiceAlert,
  planNotifications,
  ticketReplyAlert
} from '@main/core/alerts';
import type { DomainAlert, GenericAlert, QuietHours } from '@main/core/alerts';
import { NOW, domainExpiringIn, settingsWith } from './alert-fixtures';

const at = (iso: string): number => Date.parse(iso);
const NIGHT: QuietHours = { start: '22:00', end: '07:00' };

function domainAlerts(...days: readonly number[]): readonly DomainAlert[] {
  const domains = days.map((d, i) => domainExpiringIn(d, { id: `d${i}`, name: `site${i}.be` }));
  return evaluateDomainAlerts(domains, [], settingsWith(), NOW);
}

const ticket: GenericAlert = ticketReplyAlert({
  id: '42',
  subject: 'Mail bounces',
  lastStaffReplyAt: '2026-11-22T09:00:00Z'
});
const invoice: GenericAlert = overdueInvoiceAlert({
  id: '7',
  number: 'INV-007',
  dueOn: '2026-11-01',
  balanceMinor: 4500,
  currency: 'EUR'
});

describe('isQuietTime', () => {
  it('covers late evening and early morning when quiet hours span midnight (Brussels local time)', () => {
    // Brussels is UTC+1 in November.
    expect(isQuietTime(NIGHT, at('2026-11-22T20:59:00Z'), 'Europe/Brussels')).toBe(false);
    expect(isQuietTime(NIGHT, at('2026-11-22T21:00:00Z'), 'Europe/Brussels')).toBe(true);
    expect(isQuietTime(NIGHT, at('2026-11-22T23:30:00Z'), 'Europe/Brussels')).toBe(true);
    expect(isQuietTime(NIGHT, at('2026-11-23T05:59:00Z'), 'Europe/Brussels')).toBe(true);
    expect(isQuietTime(NIGHT, at('2026-11-23T06:00:00Z'), 'Europe/Brussels')).toBe(false);
  });

  it('covers only the window when quiet hours lie within one day', () => {
    const lunch: QuietHours = { start: '12:00', end: '14:00' };
    expect(isQuietTime(lunch, at('2026-11-22T10:59:00Z'), 'Europe/Brussels')).toBe(false);
    expect(isQuietTime(lunch, at('2026-11-22T11:00:00Z'), 'Europe/Brussels')).toBe(true);
    expect(isQuietTime(lunch, at('2026-11-22T13:00:00Z'), 'Europe/Brussels')).toBe(false);
  });

  it('reads the clock in the reseller zone, not in UTC', () => {
    // 06:00 UTC is 22:00 the evening before in Los Angeles.
    expect(isQuietTime(NIGHT, at('2026-11-23T06:00:00Z'), 'America/Los_Angeles')).toBe(true);
    expect(isQuietTime(NIGHT, at('2026-11-23T06:00:00Z'), 'Europe/Brussels')).toBe(false);
  });

  it('treats no quiet hours, or an empty window, as never quiet', () => {
    expect(isQuietTime(null, at('2026-11-22T23:00:00Z'), 'Europe/Brussels')).toBe(false);
    expect(
      isQuietTime({ start: '22:00', end: '22:00' }, at('2026-11-22T21:00:00Z'), 'Europe/Brussels')
    ).toBe(false);
  });
});

describe('planNotifications', () => {
  it('notifies each new alert on its own when there are few', () => {
    const plan = planNotifications([...domainAlerts(7), ticket, invoice], settingsWith(), NOW);
    expect(plan.deferred).toBe(false);
    expect(plan.notifyNow).toEqual([
      {
        key: 'domain:d0:threshold:7',
        category: 'domain',
        text: {
          code: 'domain-threshold',
          domain: 'site0.be',
          daysLeft: 7,
          expiresOn: '2026-11-29'
        },
        title: 'Domain expiring',
        body: 'site0.be expires in 7 days (2026-11-29)',
        target: { kind: 'domain', id: 'd0' },
        subject: 'site0.be',
        alertKeys: ['domain:d0:threshold:7']
      },
      { ...ticket, alertKeys: [ticket.key] },
      { ...invoice, alertKeys: [invoice.key] }
    ]);
  });

  it(`summarises more than ${SUMMARY_AFTER} domain alerts into one notification, smallest horizon first`, () => {
    const alerts = domainAlerts(-1, 5, 6, 20, 30);
    const plan = planNotifications(alerts, settingsWith(), NOW);
    expect(plan.notifyNow).toHaveLength(1);
    expect(plan.notifyNow[0]).toMatchObject({
      category: 'summary',
      title: '5 domains need attention',
      body: '1 expired, 2 expire within 7 days, 2 expire within 30 days',
      target: { kind: 'domains' }
    });
    expect([...(plan.notifyNow[0]?.alertKeys ?? [])].sort()).toEqual(
      alerts.map((a) => a.key).sort()
    );
  });

  it(`does not summarise exactly ${SUMMARY_AFTER} alerts`, () => {
    expect(planNotifications(domainAlerts(1, 2, 3), settingsWith(), NOW).notifyNow).toHaveLength(3);
  });

  it('summarises a mix of categories with a count per category', () => {
    const grace = evaluateDomainAlerts(
      [domainExpiringIn(-2, { id: 'g', name: 'grace.eu', status: 'grace' })],
      [],
      settingsWith(),
      NOW
    );
    const plan = planNotifications(
      [...domainAlerts(1), ...grace, ticket, invoice],
      settingsWith(),
      NOW
    );
    expect(plan.notifyNow).toEqual([
      expect.objectContaining({
        category: 'summary',
        title: '4 new alerts',
        body: '2 domains: 1 in grace period, 1 expires within 1 day · 1 ticket reply · 1 overdue invoice',
        target: { kind: 'alerts' }
      })
    ]);
  });

  it('gives a summary the same key for the same alerts in any order', () => {
    const alerts = domainAlerts(1, 2, 3, 4);
    const forward = planNotifications(alerts, settingsWith(), NOW).notifyNow[0]?.key;
    const backward = planNotifications([...alerts].reverse(), settingsWith(), NOW).notifyNow[0]
      ?.key;
    expect(forward).toMatch(/^summary:[0-9a-f]{8}$/);
    expect(backward).toBe(forward);
    expect(
      planNotifications(domainAlerts(1, 2, 3, 10), settingsWith(), NOW).notifyNow[0]?.key
    ).not.toBe(forward);
  });

  it('holds everything back during quiet hours and says when they end', () => {
    const lateEvening = at('2026-11-22T22:30:00Z'); // 23:30 in Brussels
    const plan = planNotifications(
      [...domainAlerts(1), ticket],
      settingsWith({ quietHours: NIGHT }),
      lateEvening
    );
    expect(plan).toEqual({
      notifyNow: [],
      deferred: true,
      resumeAt: at('2026-11-23T06:00:00Z'),
      suppressedKeys: []
    });
  });

  it('resumes the same morning when quiet hours are entered after midnight', () => {
    const early = at('2026-11-23T04:00:00Z'); // 05:00 in Brussels
    expect(planNotifications([ticket], settingsWith({ quietHours: NIGHT }), early).resumeAt).toBe(
      at('2026-11-23T06:00:00Z')
    );
  });

  it('notifies normally outside quiet hours', () => {
    const morning = at('2026-11-23T06:00:00Z'); // 07:00 in Brussels
    const plan = planNotifications([ticket], settingsWith({ quietHours: NIGHT }), morning);
    expect(plan.deferred).toBe(false);
    expect(plan.notifyNow).toHaveLength(1);
  });

  it('reports nothing deferred when quiet hours hold back nothing', () => {
    const plan = planNotifications(
      [],
      settingsWith({ quietHours: NIGHT }),
      at('2026-11-22T22:30:00Z')
    );
    expect(plan).toEqual({
      notifyNow: [],
      deferred: false,
      resumeAt: null,
      suppressedKeys: []
    });
  });

  it('drops categories the reseller switched off', () => {
    const noTickets = settingsWith({ notify: { domains: true, tickets: false, invoices: true } });
    expect(
      planNotifications([ticket, invoice], noTickets, NOW).notifyNow.map((n) => n.key)
    ).toEqual([invoice.key]);
    const noDomains = settingsWith({ notify: { domains: false, tickets: true, invoices: true } });
    expect(
      planNotifications([...domainAlerts(1, 3), ticket], noDomains, NOW).notifyNow.map((n) => n.key)
    ).toEqual([ticket.key]);
  });

  it('reports alerts of switched-off categories so the ledger does not replay them later', () => {
    const noTickets = settingsWith({ notify: { domains: true, tickets: false, invoices: true } });
    expect(planNotifications([ticket, invoice], noTickets, NOW).suppressedKeys).toEqual([
      ticket.key
    ]);
  });

  it('suppresses, rather than defers, switched-off categories during quiet hours', () => {
    const quietNoTickets = settingsWith({
      quietHours: NIGHT,
      notify: { domains: true, tickets: false, invoices: true }
    });
    const plan = planNotifications([ticket, invoice], quietNoTickets, at('2026-11-22T22:30:00Z'));
    expect(plan).toMatchObject({ deferred: true, suppressedKeys: [ticket.key] });
  });

  it('counts only notifiable alerts towards the summary', () => {
    const noDomains = settingsWith({ notify: { domains: false, tickets: true, invoices: true } });
    const plan = planNotifications([...domainAlerts(1, 2, 3, 4, 5), ticket], noDomains, NOW);
    expect(plan.notifyNow.map((n) => n.category)).toEqual(['ticket']);
  });

  it('does not notify snoozed or acknowledged domain alerts', () => {
    const domain = domainExpiringIn(7);
    const [snoozed] = evaluateDomainAlerts(
      [domain],
      [{ domainId: 'd1', snoozedAtThreshold: 7 }],
      settingsWith(),
      NOW
    );
    const [acknowledged] = evaluateDomainAlerts(
      [domain],
      [{ domainId: 'd1', acknowledgedThreshold: 7 }],
      settingsWith(),
      NOW
    );
    if (snoozed === undefined || acknowledged === undefined) throw new Error('expected alerts');
    expect(planNotifications([snoozed, acknowledged], settingsWith(), NOW).notifyNow).toEqual([]);
  });

  it('notifies an alert passed twice only once', () => {
    expect(planNotifications([ticket, ticket], settingsWith(), NOW).notifyNow).toHaveLength(1);
  });
});
