import { describe, expect, it } from 'vitest';
import { PayuInputError, computeMonth } from '@main/core/usage';
import type { UsageDataset, UsageInterval } from '@main/core/usage';

function interval(start: string, end: string, pack = 'basic', monthlyPrice = 7200): UsageInterval {
  return {
    resourceId: 'a',
    kind: 'account',
    parentAccountId: null,
    pack,
    monthlyPrice,
    start,
    end
  };
}

const base = {
  firstSnapshot: '2026-04-01T00:00:00Z',
  lastSnapshot: '2026-04-29T00:00:00Z'
};
const options = { month: '2026-04', asOf: '2026-05-10T00:00:00Z' };

describe('computeMonth on a dataset from the cache', () => {
  it('joins two intervals separated only by missing hours, giving the gap the earlier pack', () => {
    const dataset: UsageDataset = {
      ...base,
      missingHours: ['2026-04-10T10:00:00Z', '2026-04-10T11:00:00Z'],
      intervals: [
        interval('2026-04-10T00:00:00Z', '2026-04-10T10:00:00Z'),
        interval('2026-04-10T12:00:00Z', '2026-04-12T00:00:00Z', 'pro')
      ]
    };
    const rows = computeMonth(dataset, options).rows;
    expect(rows.map((r) => [r.pack, r.activeHours, r.status, r.runStart])).toEqual([
      ['basic', 12, 'charged', '2026-04-10T00:00:00Z'],
      ['pro', 36, 'charged', '2026-04-10T00:00:00Z']
    ]);
  });

  it('does not extend an interval whose end falls in missing hours when the next snapshot lacks the resource', () => {
    const dataset: UsageDataset = {
      ...base,
      missingHours: ['2026-04-10T10:00:00Z', '2026-04-10T11:00:00Z'],
      // The cache wrote the end inside the gap; only available snapshots carry presence.
      intervals: [interval('2026-04-09T00:00:00Z', '2026-04-10T11:00:00Z')]
    };
    expect(computeMonth(dataset, options).rows[0]).toMatchObject({
      activeHours: 34,
      lastHour: '2026-04-10T09:00:00Z'
    });
  });

  it('rejects overlapping intervals of one resource', () => {
    const dataset: UsageDataset = {
      ...base,
      missingHours: [],
      intervals: [
        interval('2026-04-09T00:00:00Z', '2026-04-10T00:00:00Z'),
        interval('2026-04-09T12:00:00Z', '2026-04-11T00:00:00Z', 'pro')
      ]
    };
    expect(() => computeMonth(dataset, options)).toThrow(PayuInputError);
  });

  it('rejects a malformed asOf or freeHours with the option named', () => {
    const empty: UsageDataset = {
      firstSnapshot: null,
      lastSnapshot: null,
      missingHours: [],
      intervals: []
    };
    expect(() => computeMonth(empty, { ...options, asOf: 'soon' })).toThrow(
      expect.objectContaining({ field: 'asOf' })
    );
    expect(() => computeMonth(empty, { ...options, freeHours: 0 })).toThrow(
      expect.objectContaining({ field: 'freeHours' })
    );
  });

  it('honours a configured freeHours (A2 alternative kept configurable)', () => {
    const dataset: UsageDataset = {
      ...base,
      missingHours: [],
      intervals: [interval('2026-04-10T00:00:00Z', '2026-04-11T00:00:00Z')]
    };
    expect(computeMonth(dataset, options).rows[0]?.status).toBe('free');
    expect(computeMonth(dataset, { ...options, freeHours: 24 }).rows[0]?.status).toBe('charged');
  });

  it('returns an empty month with a no-data warning when nothing is known yet', () => {
    const empty: UsageDataset = {
      firstSnapshot: null,
      lastSnapshot: null,
      missingHours: [],
      intervals: []
    };
    const month = computeMonth(empty, options);
    expect(month).toMatchObject({
      total: 0,
      rows: [],
      hoursInMonth: 720,
      final: true,
      estimate: { amount: 0, monthToDate: 0, pendingHours: 0 }
    });
    expect(month.daily).toHaveLength(30);
    expect(month.warnings).toEqual([
      expect.objectContaining({ code: 'hours-without-data', hours: 720 })
    ]);
  });
});
