import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMonth, monthBounds, snapshotsToDataset } from '@main/core/usage';
import type { UsageDataset } from '@main/core/usage';
import { account, addon, plusHours, snapshotsFor } from './helpers';
import type { Span } from './helpers';

const ZONES = [
  'Europe/Brussels',
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Pacific/Chatham'
] as const;

const monthArb = fc
  .record({ year: fc.integer({ min: 2020, max: 2032 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

/** The first hour slot at or after an instant (month bounds of half-hour zones fall between slots). */
function slotAtOrAfter(iso: string): string {
  return new Date(Math.ceil(Date.parse(iso) / 3_600_000) * 3_600_000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** A dataset holding one interval, built directly (no per-hour snapshots needed for a whole month). */
function singleInterval(from: string, to: string, price: number): UsageDataset {
  return {
    firstSnapshot: plusHours(from, -100),
    lastSnapshot: plusHours(to, 100),
    missingHours: [],
    intervals: [
      {
        resourceId: 'a',
        kind: 'account',
        parentAccountId: null,
        pack: 'basic',
        monthlyPrice: price,
        start: from,
        end: to
      }
    ]
  };
}

describe('PAYU invariants', () => {
  it('charges a full month of one pack exactly its monthly price, in any month and zone', () => {
    fc.assert(
      fc.property(
        monthArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (month, timeZone, price) => {
          const { monthStart, monthEnd } = monthBounds(month, timeZone);
          const dataset = singleInterval(
            plusHours(slotAtOrAfter(monthStart), -30),
            plusHours(slotAtOrAfter(monthEnd), 30),
            price
          );
          const result = computeMonth(dataset, {
            month,
            asOf: plusHours(slotAtOrAfter(monthEnd), 200),
            timeZone
          });
          expect(result.total).toBe(price);
          expect(result.rows[0]?.billedHours).toBe(result.hoursInMonth);
          expect(result.daily.reduce((sum, d) => sum + d.amount, 0)).toBe(price);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('adds the daily amounts up to the month total and the daily hours to the billed hours', () => {
    const spanArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'x'),
      pack: fc.constantFrom('basic', 'pro'),
      price: fc.integer({ min: 0, max: 100_000 }),
      start: fc.integer({ min: 0, max: 900 }),
      length: fc.integer({ min: 1, max: 400 })
    });
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 8 }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 1000 }),
        (raw, timeZone, asOfOffset) => {
          const origin = '2026-02-25T00:00:00Z';
          // Keep one span per resource and hour: later spans win by being cut to start after earlier ones.
          const spans: Span[] = [];
          const usedUntil = new Map<string, number>();
          for (const s of raw) {
            const start = Math.max(s.start, usedUntil.get(s.id) ?? 0);
            const end = start + s.length;
            usedUntil.set(s.id, end);
            const item =
              s.id === 'x' ? addon('x', 'a', s.pack, s.price) : account(s.id, s.pack, s.price);
            spans.push({ item, from: plusHours(origin, start), to: plusHours(origin, end) });
          }
          const snapshots = snapshotsFor(origin, plusHours(origin, 1400), spans);
          const result = computeMonth(snapshotsToDataset(snapshots), {
            month: '2026-03',
            asOf: plusHours(origin, asOfOffset),
            timeZone
          });
          expect(result.daily.reduce((sum, d) => sum + d.amount, 0)).toBe(result.total);
          expect(result.daily.reduce((sum, d) => sum + d.hours, 0)).toBe(
            result.rows.reduce((sum, r) => sum + r.billedHours, 0)
          );
          expect(result.total).toBe(result.rows.reduce((sum, r) => sum + r.amount, 0));
          for (const row of result.rows) expect(row.amount).toBeLessThanOrEqual(row.monthlyPrice);
          expect(result.estimate.amount).toBeGreaterThanOrEqual(result.total);
        }
      ),
      { numRuns: 150 }
    );
  });

  it('never lowers an amount when the billed hours of a run grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 48, max: 700 }),
        fc.integer({ min: 48, max: 700 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...ZONES),
        (h1, h2, price, timeZone) => {
          const [shorter, longer] = h1 <= h2 ? [h1, h2] : [h2, h1];
          const { monthStart, monthEnd } = monthBounds('2026-03', timeZone);
          const amountFor = (hours: number): number =>
            computeMonth(
              singleInterval(
                slotAtOrAfter(monthStart),
                plusHours(slotAtOrAfter(monthStart), hours),
                price
              ),
              {
                month: '2026-03',
                asOf: plusHours(slotAtOrAfter(monthEnd), 100),
                timeZone
              }
            ).total;
          expect(amountFor(longer)).toBeGreaterThanOrEqual(amountFor(shorter));
        }
      ),
      { numRuns: 200 }
    );
  });
});
