import { describe, expect, it } from 'vitest';
import { daysLeft } from '@main/core/time';
import { EXPIRING_IN_DAYS } from '@main/demo-provider/generate-domains';
import { generateDemoData } from '@main/demo-provider';

/**
 * A domain's expiry is a calendar date and the reseller counts days left in their own zone.
 * The demo promises domains expiring in 1, 3, 7, 14, 30 and 60 days: with its calendar in
 * the reseller's zone that holds at every hour, including the hour when UTC and the
 * reseller's zone are on different days, the nights clocks change, and a leap day.
 */
const INSTANTS = [
  '2026-11-22T09:00:00Z',
  '2026-12-31T23:30:00Z', // already New Year in Brussels
  '2027-03-28T00:30:00Z', // Europe's spring-forward night
  '2027-03-28T01:30:00Z', // just after it
  '2027-10-31T00:30:00Z', // fall-back night
  '2028-02-29T23:30:00Z', // leap day in UTC, 1 March in Brussels
  '2028-02-29T10:00:00Z'
];
const ZONES = ['Europe/Brussels', 'UTC', 'America/New_York', 'Pacific/Auckland'];

/** Days left, as the reseller counts them, of the demo's special active domains. */
function specialDaysLeft(now: number, providerZone: string, resellerZone: string): number[] {
  const data = generateDemoData({ size: 'demo', seed: 2, now, timeZone: providerZone });
  return data.domains
    .slice(0, EXPIRING_IN_DAYS.length)
    .map((d) => daysLeft(d.expirydate, now, resellerZone) ?? Number.NaN);
}

describe('the demo provider’s calendar zone', () => {
  for (const instant of INSTANTS)
    for (const zone of ZONES)
      it(`gives a ${zone} reseller domains expiring in exactly 1, 3, 7, 14, 30 and 60 days at ${instant}`, () => {
        expect(specialDaysLeft(Date.parse(instant), zone, zone)).toEqual([...EXPIRING_IN_DAYS]);
      });

  it('is UTC by default, so a Brussels reseller is a day ahead of it late in the UTC evening', () => {
    const now = Date.parse('2028-02-29T23:30:00Z');
    expect(specialDaysLeft(now, 'UTC', 'Europe/Brussels')).toEqual(
      EXPIRING_IN_DAYS.map((d) => d - 1)
    );
    const data = generateDemoData({ size: 'demo', seed: 2, now });
    expect(data.domains[0]?.expirydate).toBe('2028-03-01');
    const brussels = generateDemoData({ size: 'demo', seed: 2, now, timeZone: 'Europe/Brussels' });
    expect(brussels.domains[0]?.expirydate).toBe('2028-03-02');
  });
});
