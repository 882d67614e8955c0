import { describe, expect, it } from 'vitest';
import { account, monthOf, onlyRow, plusHours, snapshotsFor } from './helpers';

const APRIL_END = '2026-04-30T22:00:00Z';
const T = '2026-04-10T00:00:00Z';

describe('daily breakdown by cumulative rounding (§3.7)', () => {
  // January 2026 in Brussels: 31 days, 744 slots, from 2025-12-31T23:00Z.
  const january = monthOf(
    snapshotsFor('2025-12-20T00:00:00Z', '2026-02-05T00:00:00Z', [
      {
        item: account('a', 'basic', 1500),
        from: '2025-12-25T00:00:00Z',
        to: '2026-02-04T00:00:00Z'
      }
    ]),
    '2026-01',
    '2026-02-05T00:00:00Z'
  );

  it('reads 48, 49, 48, 49, 48, 48 for the first six days at 1500 a month (a full day = 48.39)', () => {
    expect(january.daily.slice(0, 6).map((d) => d.amount)).toEqual([48, 49, 48, 49, 48, 48]);
    expect(january.daily[0]).toMatchObject({ date: '2026-01-01', hours: 24 });
  });

  it('adds the days up exactly to the row and the month total', () => {
    expect(onlyRow(january, 'a').amount).toBe(1500);
    expect(january.daily.reduce((sum, d) => sum + d.amount, 0)).toBe(1500);
    expect(january.total).toBe(1500);
  });

  it('gives pending and free rows nothing and reports confirmed hours on the day they happened', () => {
    const snapshots = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
      {
        item: account('late', 'basic', 7200),
        from: '2026-04-20T20:00:00Z',
        to: '2026-04-22T20:00:00Z'
      },
      {
        item: account('free', 'basic', 7200),
        from: '2026-04-20T20:00:00Z',
        to: '2026-04-21T20:00:00Z'
      }
    ]);
    const pending = monthOf(snapshots, '2026-04', '2026-04-22T19:00:00Z');
    expect(pending.daily.every((d) => d.amount === 0 && d.hours === 0)).toBe(true);
    const confirmed = monthOf(snapshots, '2026-04', '2026-04-22T20:00:00Z');
    // 20:00Z is 22:00 local: 2 slots on 20 April, 24 on the 21st, 22 on the 22nd.
    expect(confirmed.daily.slice(19, 22).map((d) => [d.date, d.hours, d.amount])).toEqual([
      ['2026-04-20', 2, 20],
      ['2026-04-21', 24, 240],
      ['2026-04-22', 22, 220]
    ]);
  });
});

describe('as-of evaluation and finality (§3.8)', () => {
  const lastSlot = plusHours(APRIL_END, -1);
  const snapshots = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
    { item: account('edge', 'basic', 7200), from: lastSlot, to: '2026-05-09T00:00:00Z' }
  ]);

  it('is not final at monthEnd + 46 h, while a run alive in the last slot is still pending', () => {
    const april = monthOf(snapshots, '2026-04', plusHours(APRIL_END, 46));
    expect(april.final).toBe(false);
    expect(onlyRow(april, 'edge')).toMatchObject({ status: 'pending', activeHours: 1, amount: 0 });
  });

  it('is final at monthEnd + 47 h, when that run has reached 48 slots and April is restated', () => {
    const april = monthOf(snapshots, '2026-04', plusHours(APRIL_END, 47));
    expect(april.final).toBe(true);
    expect(onlyRow(april, 'edge')).toMatchObject({ status: 'charged', billedHours: 1, amount: 10 });
    expect(april.total).toBe(10);
  });

  it('only uses snapshots with ts < asOf', () => {
    const snaps = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
      { item: account('a'), from: T, to: plusHours(T, 100) }
    ]);
    expect(onlyRow(monthOf(snaps, '2026-04', plusHours(T, 60)), 'a').activeHours).toBe(60);
  });
});

describe('estimate (§3.10, A15)', () => {
  const snapshots = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
    { item: account('a', 'basic', 7200), from: T, to: plusHours(T, 100) },
    { item: account('short', 'basic', 7200), from: T, to: plusHours(T, 5) }
  ]);

  it('projects a live resource with its latest pack to the month end, before its deletion', () => {
    const april = monthOf(snapshots, '2026-04', plusHours(T, 99));
    // 99 slots known, 403 more to 30 April 22:00Z.
    expect(april.estimate).toEqual({
      now: plusHours(T, 99),
      amount: 5020,
      monthToDate: 990,
      pendingHours: 0
    });
    expect(april.total).toBe(990);
  });

  it('equals the actual figures once the resource is deleted; free stays free', () => {
    const april = monthOf(snapshots, '2026-04', plusHours(T, 150));
    expect(april.estimate).toEqual({
      now: plusHours(T, 150),
      amount: 1000,
      monthToDate: 1000,
      pendingHours: 0
    });
  });

  it('counts a pending run as charged and continuing; pendingHours shows its hours', () => {
    const april = monthOf(snapshots, '2026-04', plusHours(T, 10));
    expect(onlyRow(april, 'a').status).toBe('pending');
    expect(april.estimate).toEqual({
      now: plusHours(T, 10),
      amount: 5020,
      monthToDate: 0,
      pendingHours: 10
    });
  });

  it('uses the pack and price of the latest snapshot for the remaining hours', () => {
    const upgraded = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
      { item: account('a', 'basic', 7200), from: T, to: plusHours(T, 100) },
      { item: account('a', 'pro', 14400), from: plusHours(T, 100), to: '2026-05-09T00:00:00Z' }
    ]);
    const april = monthOf(upgraded, '2026-04', plusHours(T, 120));
    // basic: 100 h → 1000; pro: 20 known + 382 projected = 402 h → 8040.
    expect(april.estimate.amount).toBe(1000 + 8040);
    expect(april.estimate.monthToDate).toBe(1000 + 400);
  });

  it('after monthEnd equals the actual figures with pending runs counted as charged', () => {
    const edge = snapshotsFor('2026-04-01T00:00:00Z', '2026-05-10T00:00:00Z', [
      {
        item: account('edge', 'basic', 7200),
        from: plusHours(APRIL_END, -10),
        to: '2026-05-09T00:00:00Z'
      }
    ]);
    const april = monthOf(edge, '2026-04', plusHours(APRIL_END, 5));
    expect(april.total).toBe(0);
    expect(april.estimate).toMatchObject({ amount: 100, monthToDate: 0, pendingHours: 10 });
  });

  it('gives a later month the whole month for each live resource and nothing for unseen ones', () => {
    const may = monthOf(snapshots, '2026-05', plusHours(T, 50));
    expect(may.rows).toEqual([]);
    expect(may.estimate.amount).toBe(7200);
    expect(may.total).toBe(0);
  });
});
