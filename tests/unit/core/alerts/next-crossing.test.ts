import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainStanding, nextThresholdCrossing } from '@main/core/alerts';
import { addCalendarDays } from '@main/core/time';
import type { AlertDomain, AlertSettings, DomainStatus } from '@main/core/alerts';
import { NOW, domainExpiringIn, settingsWith } from './alert-fixtures';

const at = (iso: string): number => Date.parse(iso);

describe('nextThresholdCrossing', () => {
  it('is the local midnight on which a domain reaches its next smaller threshold', () => {
    // 10 days left (threshold 14); 7 days left on 2026-11-25, which starts at 23:00 UTC the day before.
    expect(nextThresholdCrossing([domainExpiringIn(10)], settingsWith(), NOW)).toBe(
      at('2026-11-24T23:00:00Z')
    );
  });

  it('is tomorrow for a domain one day beyond the largest threshold', () => {
    expect(nextThresholdCrossing([domainExpiringIn(61)], settingsWith(), NOW)).toBe(
      at('2026-11-22T23:00:00Z')
    );
  });

  it('is the day after expiry for a domain on its last threshold', () => {
    expect(nextThresholdCrossing([domainExpiringIn(0)], settingsWith(), NOW)).toBe(
      at('2026-11-22T23:00:00Z')
    );
    expect(nextThresholdCrossing([domainExpiringIn(1)], settingsWith(), NOW)).toBe(
      at('2026-11-23T23:00:00Z')
    );
  });

  it('takes the earliest crossing over all domains', () => {
    const domains = [
      domainExpiringIn(40, { id: 'a' }),
      domainExpiringIn(5, { id: 'b' }),
      domainExpiringIn(20, { id: 'c' })
    ];
    // b: 5 days left (threshold 7) reaches 3 days on 2026-11-24.
    expect(nextThresholdCrossing(domains, settingsWith(), NOW)).toBe(at('2026-11-23T23:00:00Z'));
  });

  it('skips thresholds an auto-renew domain does not use', () => {
    // Auto-renew uses 3 and 1 days: from 10 days left the next change is at 3 days, on 2026-11-29.
    expect(
      nextThresholdCrossing([domainExpiringIn(10, { autoRenew: true })], settingsWith(), NOW)
    ).toBe(at('2026-11-28T23:00:00Z'));
  });

  it('is null when only a sync can change anything', () => {
    const settled = [
      domainExpiringIn(-3),
      domainExpiringIn(-3, { status: 'grace' }),
      domainExpiringIn(5, { status: 'cancelled' }),
      domainExpiringIn(5, { expiresOn: null })
    ];
    expect(nextThresholdCrossing(settled, settingsWith(), NOW)).toBeNull();
    expect(nextThresholdCrossing([], settingsWith(), NOW)).toBeNull();
  });

  it('lands on local midnight across the Brussels spring DST change', () => {
    const now = at('2026-03-25T12:00:00Z');
    const expiring = (expiresOn: string): AlertDomain => domainExpiringIn(0, { expiresOn });
    // 7 days left on 2026-03-29 (starts 23:00 UTC, CET) and on 2026-03-30 (starts 22:00 UTC, CEST).
    expect(nextThresholdCrossing([expiring('2026-04-05')], settingsWith(), now)).toBe(
      at('2026-03-28T23:00:00Z')
    );
    expect(nextThresholdCrossing([expiring('2026-04-06')], settingsWith(), now)).toBe(
      at('2026-03-29T22:00:00Z')
    );
  });

  it('lands on local midnight in Los Angeles', () => {
    // 23:30 on 2026-11-22 in Los Angeles; 8 days left, 7 days left from 2026-11-23 00:00 PST (08:00 UTC).
    const now = at('2026-11-23T07:30:00Z');
    const domain = domainExpiringIn(0, { expiresOn: '2026-11-30' });
    expect(
      nextThresholdCrossing([domain], settingsWith({ timeZone: 'America/Los_Angeles' }), now)
    ).toBe(at('2026-11-23T08:00:00Z'));
  });

  const zones = [
    'Europe/Brussels',
    'America/Los_Angeles',
    'UTC',
    'Asia/Kolkata',
    'Pacific/Auckland',
    'Australia/Lord_Howe'
  ];
  const statuses: readonly DomainStatus[] = [
    'active',
    'pending_transfer',
    'unknown',
    'grace',
    'expired',
    'cancelled'
  ];

  it('is exactly when some domain standing changes: nothing changes before it, something does at it', () => {
    const start = at('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            expiryOffset: fc.option(fc.integer({ min: -20, max: 200 }), { nil: null }),
            autoRenew: fc.option(fc.boolean(), { nil: null }),
            status: fc.constantFrom(...statuses)
          }),
          { maxLength: 4 }
        ),
        fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 86_400_000 }),
        (specs, thresholds, timeZone, offset) => {
          const now = start + offset;
          const settings: AlertSettings = settingsWith({ thresholds, timeZone });
          const domains = specs.map((s, i): AlertDomain => ({
            id: `d${i}`,
            name: `d${i}.be`,
            status: s.status,
            expiresOn:
              s.expiryOffset === null
                ? null
                : addCalendarDays('2026-01-01', s.expiryOffset + Math.floor(offset / 86_400_000)),
            nextDueOn: null,
            autoRenew: s.autoRenew
          }));
          const standings = (t: number): string =>
            JSON.stringify(domains.map((d) => domainStanding(d, settings, t)?.stage ?? null));
          const crossing = nextThresholdCrossing(domains, settings, now);
          if (crossing === null) {
            expect(standings(now + 400 * 86_400_000)).toBe(standings(now));
          } else {
            expect(crossing).toBeGreaterThan(now);
            expect(standings(crossing - 1)).toBe(standings(now));
            expect(standings(crossing)).not.toBe(standings(now));
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
