/**
 * The crossing timer asks the cache for the next instant the alerts change by themselves. It
 * reads only the domains that can cross first; the answer must be the rule's over all of them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextThresholdCrossing } from '@main/core/alerts';
import { addCalendarDays, localDate } from '@main/core/time';
import type { AlertDomain, AlertSettings, DomainStatus } from '@main/core/alerts';
import { nextAlertChange } from '@main/core/alerts/crossing-timer';
import type { OpenedCache } from '@main/core/cache/database';
import { openTempCache } from '@tests/fakes/temp-cache';
import { settingsWith } from './alert-fixtures';

const statuses: DomainStatus[] = ['active', 'pending_transfer', 'unknown', 'grace', 'cancelled'];
const zones = ['Europe/Brussels', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'];

describe('nextAlertChange', () => {
  let cache: OpenedCache;

  beforeAll(() => {
    const temp = openTempCache(() => Date.now());
    cache = temp.cache;
    return temp.close;
  });

  it("is the threshold rule's next crossing over every cached domain", () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            expiryOffset: fc.option(fc.integer({ min: -20, max: 400 }), { nil: null }),
            autoRenew: fc.option(fc.boolean(), { nil: null }),
            status: fc.constantFrom(...statuses)
          }),
          { maxLength: 30 }
        ),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 * 86_400_000 }),
        (specs, thresholds, timeZone, offset) => {
          const now = start + offset;
          const settings: AlertSettings = settingsWith({ thresholds, timeZone, quietHours: null });
          const today = localDate(now, timeZone);
          const domains = specs.map((s, i): AlertDomain => ({
            id: `d${i}`,
            name: `d${i}.be`,
            status: s.status,
            expiresOn: s.expiryOffset === null ? null : addCalendarDays(today, s.expiryOffset),
            nextDueOn: null,
            autoRenew: s.autoRenew
          }));
          const { db } = cache;
          db.exec('DELETE FROM domains');
          const insert = db.prepare(
            "INSERT INTO domains (id, name, status, expires_on, next_due_on, auto_renew, json) VALUES (?, ?, ?, ?, NULL, ?, '{}')"
          );
          for (const d of domains)
            insert.run(
              d.id,
              d.name,
              d.status,
              d.expiresOn,
              d.autoRenew === null ? null : Number(d.autoRenew)
            );
          expect(nextAlertChange(db, settings, now)).toBe(
            nextThresholdCrossing(domains, settings, now)
          );
        }
      ),
      { numRuns: 200 }
    );
  });
});
