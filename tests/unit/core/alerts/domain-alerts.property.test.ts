import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainStanding } from '@main/core/alerts';
import { addCalendarDays, localDate, startOfLocalDay } from '@main/core/time';
import type { AlertDomain, AlertStage, DomainStatus } from '@main/core/alerts';
import { settingsWith } from './alert-fixtures';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const zones = [
  'Europe/Brussels',
  'America/Los_Angeles',
  'UTC',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Australia/Lord_Howe'
];

/** Smaller is more urgent: a threshold in days, below every threshold once expired, above all when none. */
function urgencyRank(stage: AlertStage | undefined): number {
  if (stage === undefined) return Number.POSITIVE_INFINITY;
  return typeof stage === 'number' ? stage : -1;
}

describe('domain standing over time', () => {
  it('never moves to a larger threshold as time passes for a domain that is not renewed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 800 }),
        fc.constantFrom<DomainStatus>(
          'active',
          'pending',
          'pending_registration',
          'pending_transfer',
          'unknown'
        ),
        fc.option(fc.boolean(), { nil: null }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 730 * DAY }),
        fc.integer({ min: 1, max: 400 * DAY }),
        (expiryOffset, status, autoRenew, thresholds, alertAllForAutoRenew, timeZone, a, gap) => {
          const settings = settingsWith({ thresholds, alertAllForAutoRenew, timeZone });
          const domain: AlertDomain = {
            id: 'd',
            name: 'd.be',
            status,
            expiresOn: addCalendarDays('2026-01-01', expiryOffset),
            nextDueOn: null,
            autoRenew
          };
          const earlier = urgencyRank(domainStanding(domain, settings, START + a)?.stage);
          const later = urgencyRank(domainStanding(domain, settings, START + a + gap)?.stage);
          expect(later).toBeLessThanOrEqual(earlier);
        }
      ),
      { numRuns: 500 }
    );
  });

  it('changes local date exactly at the start of the local day, DST or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 730 * DAY }),
        (timeZone, offset) => {
          const now = START + offset;
          const today = localDate(now, timeZone);
          const start = startOfLocalDay(today, timeZone);
          expect(start).toBeLessThanOrEqual(now);
          expect(localDate(start, timeZone)).toBe(today);
          expect(localDate(start - 1, timeZone)).toBe(addCalendarDays(today, -1));
        }
      ),
      { numRuns: 500 }
    );
  });
});
