import { describe, expect, it } from 'vitest';
import { acknowledgeDomainAlert, evaluateDomainAlerts, snoozeDomainAlert } from '@main/core/alerts';
import type { AlertDomain, AlertSettings, DomainAlert, DomainAlertState } from '@main/core/alerts';
import { NOW, domainExpiringIn, settingsWith } from './alert-fixtures';

const DAY = 86_400_000;

function only(
  domain: AlertDomain,
  settings: AlertSettings = settingsWith(),
  now: number = NOW,
  states: readonly DomainAlertState[] = []
): DomainAlert | undefined {
  const alerts = evaluateDomainAlerts([domain], states, settings, now);
  expect(alerts.length).toBeLessThanOrEqual(1);
  return alerts[0];
}

describe('evaluateDomainAlerts with the default thresholds 60/30/14/7/3/1', () => {
  it.each([
    [61, null],
    [60, 60],
    [31, 60],
    [30, 30],
    [15, 30],
    [14, 14],
    [8, 14],
    [7, 7],
    [4, 7],
    [3, 3],
    [2, 3],
    [1, 1],
    [0, 1]
  ])('puts a domain with %i days left at threshold %s', (days, threshold) => {
    const alert = only(domainExpiringIn(days));
    expect(alert?.threshold ?? null).toBe(threshold);
    if (threshold !== null) {
      expect(alert?.kind).toBe('threshold');
      expect(alert?.key).toBe(`domain:d1:threshold:${threshold}`);
      expect(alert?.daysLeft).toBe(days);
    }
  });

  it('grades severity by threshold: info far out, warning within two weeks, critical in the last days', () => {
    const severities = [60, 30, 14, 7, 3, 1].map((days) => only(domainExpiringIn(days))?.severity);
    expect(severities).toEqual(['info', 'info', 'warning', 'warning', 'critical', 'critical']);
  });

  it('writes a plain sentence with the days left and the expiry date', () => {
    expect(only(domainExpiringIn(7))?.message).toBe('example.com expires in 7 days (2026-11-29)');
    expect(only(domainExpiringIn(1))?.message).toBe('example.com expires tomorrow (2026-11-23)');
    expect(only(domainExpiringIn(0))?.message).toBe('example.com expires today (2026-11-22)');
  });

  it('uses the reseller time zone to count the days', () => {
    // 07:30 UTC on the 23rd: already the 23rd in Brussels, still the 22nd in Los Angeles.
    const now = Date.parse('2026-11-23T07:30:00Z');
    const domain = domainExpiringIn(4); // 2026-11-26
    expect(only(domain, settingsWith({ timeZone: 'Europe/Brussels' }), now)?.threshold).toBe(3);
    expect(only(domain, settingsWith({ timeZone: 'America/Los_Angeles' }), now)?.threshold).toBe(7);
  });

  it('raises nothing for a domain without an expiry date', () => {
    expect(only(domainExpiringIn(3, { expiresOn: null }))).toBeUndefined();
  });

  it.each(['cancelled', 'fraud', 'transferred_away'] as const)(
    'never alerts for a %s domain',
    (status) => {
      expect(only(domainExpiringIn(1, { status }))).toBeUndefined();
      expect(only(domainExpiringIn(-5, { status }))).toBeUndefined();
    }
  );

  it.each(['pending', 'pending_registration', 'pending_transfer', 'unknown'] as const)(
    'alerts at thresholds for a %s domain like an active one',
    (status) => {
      expect(only(domainExpiringIn(7, { status }))?.threshold).toBe(7);
    }
  );
});

describe('auto-renew domains', () => {
  it('alert only at the last two thresholds by default', () => {
    const renewing = (days: number): AlertDomain => domainExpiringIn(days, { autoRenew: true });
    expect(only(renewing(30))).toBeUndefined();
    expect(only(renewing(7))).toBeUndefined();
    expect(only(renewing(4))).toBeUndefined();
    expect(only(renewing(3))?.threshold).toBe(3);
    expect(only(renewing(1))?.threshold).toBe(1);
  });

  it('follow the reseller own list: the last two of a custom threshold list', () => {
    const settings = settingsWith({ thresholds: [45, 21, 10] });
    expect(only(domainExpiringIn(21, { autoRenew: true }), settings)?.threshold).toBe(21);
    expect(only(domainExpiringIn(22, { autoRenew: true }), settings)).toBeUndefined();
  });

  it('use explicit auto-renew thresholds when configured', () => {
    const settings = settingsWith({ autoRenewThresholds: [7, 1] });
    expect(only(domainExpiringIn(7, { autoRenew: true }), settings)?.threshold).toBe(7);
    expect(only(domainExpiringIn(14, { autoRenew: true }), settings)).toBeUndefined();
  });

  it('alert at every threshold when the reseller asks for it', () => {
    const settings = settingsWith({ alertAllForAutoRenew: true });
    expect(only(domainExpiringIn(60, { autoRenew: true }), settings)?.threshold).toBe(60);
    expect(only(domainExpiringIn(7, { autoRenew: true }), settings)?.threshold).toBe(7);
  });

  it('count as off when auto-renew is unknown', () => {
    expect(only(domainExpiringIn(30, { autoRenew: null }))?.threshold).toBe(30);
  });

  it('still flag expiry when the renewal did not happen', () => {
    expect(only(domainExpiringIn(-1, { autoRenew: true }))?.kind).toBe('expired');
  });
});

describe('grace and redemption', () => {
  it('escalate a domain in grace to critical with what renewing costs', () => {
    const alert = only(
      domainExpiringIn(-2, { status: 'grace', renewalPriceMinor: 1299, currency: 'EUR' })
    );
    expect(alert).toMatchObject({
      key: 'domain:d1:grace',
      kind: 'grace',
      severity: 'critical',
      threshold: null,
      daysLeft: -2
    });
    expect(alert?.message).toBe(
      'example.com is in its grace period (expired 2026-11-20) — renewing it costs €12.99'
    );
  });

  it('escalate a domain in redemption to critical with what restoring costs', () => {
    const alert = only(
      domainExpiringIn(-40, { status: 'redemption', restorePriceMinor: 8000, currency: 'EUR' })
    );
    expect(alert).toMatchObject({
      key: 'domain:d1:redemption',
      kind: 'redemption',
      severity: 'critical'
    });
    expect(alert?.message).toBe(
      'example.com is in redemption (expired 2026-10-13) — restoring it costs €80.00'
    );
  });

  it('formats each currency with its own minor units', () => {
    const yen = only(
      domainExpiringIn(-40, { status: 'redemption', restorePriceMinor: 8000, currency: 'JPY' })
    );
    expect(yen?.message).toContain('restoring it costs ¥8,000');
    const dollars = only(
      domainExpiringIn(-2, { status: 'grace', renewalPriceMinor: 1500, currency: 'usd' })
    );
    expect(dollars?.message).toContain('renewing it costs $15.00');
  });

  it('still say what to do when the price or the expiry date is unknown', () => {
    const grace = only(domainExpiringIn(-2, { status: 'grace', expiresOn: null }));
    expect(grace?.message).toBe(
      'example.com is in its grace period — renew it before it goes into redemption'
    );
    const redemption = only(
      domainExpiringIn(-40, { status: 'redemption', restorePriceMinor: 8000 })
    );
    expect(redemption?.message).toBe(
      'example.com is in redemption (expired 2026-10-13) — restoring it costs more than a renewal'
    );
  });
});

describe('expired domains', () => {
  it('flag an active domain past its expiry date once, under one key, and keep it open', () => {
    const domain = domainExpiringIn(-1);
    const first = only(domain);
    const tenDaysLater = only(domain, settingsWith(), NOW + 10 * DAY);
    expect(first).toMatchObject({
      key: 'domain:d1:expired',
      kind: 'expired',
      severity: 'critical',
      open: true
    });
    expect(first?.message).toBe('example.com expired on 2026-11-21');
    expect(tenDaysLater?.key).toBe(first?.key);
    expect(tenDaysLater?.open).toBe(true);
  });

  it('keep the same key when the provider later reports the status as expired', () => {
    expect(only(domainExpiringIn(-3, { status: 'expired' }))?.key).toBe(
      only(domainExpiringIn(-3))?.key
    );
  });

  it('flag a domain reported expired even without an expiry date', () => {
    expect(only(domainExpiringIn(0, { status: 'expired', expiresOn: null }))?.message).toBe(
      'example.com has expired'
    );
  });

  it('stop being open once acknowledged', () => {
    const alert = only(domainExpiringIn(-1));
    if (alert === undefined) throw new Error('expected an expired alert');
    const state = acknowledgeDomainAlert(undefined, alert, NOW);
    expect(state).toEqual({
      domainId: 'd1',
      acknowledgedAt: '2026-11-22T10:00:00.000Z',
      acknowledgedThreshold: 'expired'
    });
    expect(only(domainExpiringIn(-1), settingsWith(), NOW + 5 * DAY, [state])).toMatchObject({
      acknowledged: true,
      open: false
    });
  });
});

describe('snooze and acknowledge', () => {
  const sevenDays = (): DomainAlert => {
    const alert = only(domainExpiringIn(7));
    if (alert === undefined) throw new Error('expected a threshold alert');
    return alert;
  };

  it('snoozes until a date, then re-opens', () => {
    const state = snoozeDomainAlert(undefined, sevenDays(), NOW + 3_600_000);
    expect(only(domainExpiringIn(7), settingsWith(), NOW, [state])).toMatchObject({
      snoozed: true,
      open: false
    });
    expect(only(domainExpiringIn(7), settingsWith(), NOW + 3_600_000, [state])).toMatchObject({
      snoozed: false,
      open: true
    });
  });

  it('snoozes until the next threshold: quiet while at 7 days, open again at 3 days', () => {
    const state = snoozeDomainAlert(undefined, sevenDays(), 'next-threshold');
    expect(state.snoozedAtThreshold).toBe(7);
    expect(only(domainExpiringIn(7), settingsWith(), NOW, [state])?.snoozed).toBe(true);
    expect(only(domainExpiringIn(7), settingsWith(), NOW + 3 * DAY, [state])).toMatchObject({
      threshold: 7,
      snoozed: true
    });
    expect(only(domainExpiringIn(7), settingsWith(), NOW + 4 * DAY, [state])).toMatchObject({
      threshold: 3,
      snoozed: false,
      open: true
    });
  });

  it('acknowledging hides that threshold only; the next threshold re-opens', () => {
    const state = acknowledgeDomainAlert(undefined, sevenDays(), NOW);
    expect(only(domainExpiringIn(7), settingsWith(), NOW + 2 * DAY, [state])).toMatchObject({
      acknowledged: true,
      open: false
    });
    expect(only(domainExpiringIn(7), settingsWith(), NOW + 4 * DAY, [state])).toMatchObject({
      acknowledged: false,
      open: true
    });
  });

  it('applies a state only to its own domain', () => {
    const state = acknowledgeDomainAlert(undefined, sevenDays(), NOW);
    const other = domainExpiringIn(7, { id: 'd2', name: 'other.be' });
    expect(evaluateDomainAlerts([other], [state], settingsWith(), NOW)[0]?.open).toBe(true);
  });

  it('treats an unreadable snooze instant as not snoozed rather than hiding the alert', () => {
    const alert = only(domainExpiringIn(7), settingsWith(), NOW, [
      { domainId: 'd1', snoozedUntil: 'soon' }
    ]);
    expect(alert?.open).toBe(true);
  });
});

describe('stable keys', () => {
  const portfolio: readonly AlertDomain[] = [
    domainExpiringIn(30, { id: 'a', name: 'alpha.be' }),
    domainExpiringIn(2, { id: 'b', name: 'bravo.nl' }),
    domainExpiringIn(-3, { id: 'c', name: 'charlie.eu', status: 'redemption' }),
    domainExpiringIn(90, { id: 'd', name: 'delta.com' }),
    domainExpiringIn(7, { id: 'e', name: 'echo.fr', autoRenew: true })
  ];

  it('gives the same alerts, keys and order when evaluated again with the same input', () => {
    const first = evaluateDomainAlerts(portfolio, [], settingsWith(), NOW);
    const again = evaluateDomainAlerts([...portfolio].reverse(), [], settingsWith(), NOW);
    expect(again).toEqual(first);
    expect(first.map((a) => a.key)).toEqual([
      'domain:c:redemption',
      'domain:b:threshold:3',
      'domain:a:threshold:30'
    ]);
  });

  it('keeps every key while no domain crosses a threshold, whatever the hour', () => {
    const keys = (now: number): readonly string[] =>
      evaluateDomainAlerts(portfolio, [], settingsWith(), now).map((a) => a.key);
    expect(keys(NOW + 12 * 3_600_000)).toEqual(keys(NOW));
  });
});
