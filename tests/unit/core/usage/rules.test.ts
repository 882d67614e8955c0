import { describe, expect, it } from 'vitest';
import { account, monthOf, onlyRow, plusHours, rowsOf, snapshotsFor } from './helpers';

// April 2026 in Europe/Brussels: 720 slots from 2026-03-31T22:00Z to 2026-04-30T22:00Z.
const WINDOW_START = '2026-03-20T00:00:00Z';
const WINDOW_END = '2026-05-10T00:00:00Z';
const LATER = '2026-05-10T00:00:00Z';
const T = '2026-04-10T00:00:00Z';

describe('the 48-hour rule (§3.4, A2)', () => {
  const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
    { item: account('a48'), from: T, to: plusHours(T, 48) },
    { item: account('b47'), from: T, to: plusHours(T, 47) }
  ]);
  const april = monthOf(snapshots, '2026-04', LATER);

  it('charges a run of exactly 48 snapshots for all its hours', () => {
    // T is 02:00 local on 10 April, so 48 slots touch 10, 11 and 12 April.
    expect(onlyRow(april, 'a48')).toMatchObject({
      status: 'charged',
      activeHours: 48,
      billedHours: 48,
      billedDays: 3,
      amount: 67
    });
  });

  it('leaves a deleted run of 47 snapshots free', () => {
    expect(onlyRow(april, 'b47')).toMatchObject({
      status: 'free',
      activeHours: 47,
      billedHours: 0,
      billedDays: 0,
      amount: 0
    });
    expect(april.total).toBe(67);
    expect(april.billedAccounts).toBe(1);
  });

  it('keeps a live run under 48 hours pending, then charges it from its first hour once it reaches 48', () => {
    const at47 = monthOf(snapshots, '2026-04', plusHours(T, 47));
    expect(onlyRow(at47, 'a48')).toMatchObject({
      status: 'pending',
      activeHours: 47,
      billedHours: 0,
      amount: 0
    });
    expect(at47.estimate.pendingHours).toBe(94);
    const at48 = monthOf(snapshots, '2026-04', plusHours(T, 48));
    expect(onlyRow(at48, 'a48')).toMatchObject({
      status: 'charged',
      billedHours: 48,
      firstHour: T
    });
    expect(onlyRow(at48, 'b47').status).toBe('free');
  });

  it('counts real hour slots across a DST change, not wall-clock differences (A3)', () => {
    const start = '2026-03-28T12:00:00Z';
    const dst = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a48'), from: start, to: plusHours(start, 48) },
      { item: account('b47'), from: start, to: plusHours(start, 47) }
    ]);
    const march = monthOf(dst, '2026-03', LATER);
    expect(onlyRow(march, 'a48').status).toBe('charged');
    expect(onlyRow(march, 'b47').status).toBe('free');
  });

  it('treats a resource seen in a single snapshot as a one-hour run (A4)', () => {
    const one = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('x'), from: T, to: plusHours(T, 1) }
    ]);
    expect(onlyRow(monthOf(one, '2026-04', LATER), 'x')).toMatchObject({
      activeHours: 1,
      status: 'free',
      firstHour: T,
      lastHour: T
    });
  });
});

describe('runs crossing the month end (§3.8, A8)', () => {
  // 2026-03-31T02:00Z is 04:00 local on 31 March: 20 slots remain in March.
  const start = '2026-03-31T02:00:00Z';

  it('charges 20 h in March + 30 h in April in both months', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 7200), from: start, to: plusHours(start, 50) }
    ]);
    expect(onlyRow(monthOf(snapshots, '2026-03', LATER), 'a')).toMatchObject({
      activeHours: 20,
      billedHours: 20,
      runStart: start,
      amount: 194
    });
    expect(onlyRow(monthOf(snapshots, '2026-04', LATER), 'a')).toMatchObject({
      activeHours: 30,
      billedHours: 30,
      runStart: start,
      amount: 300
    });
  });

  it('leaves 10 h + 20 h free in both months', () => {
    const tenBefore = '2026-03-31T12:00:00Z';
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a'), from: tenBefore, to: plusHours(tenBefore, 30) }
    ]);
    expect(onlyRow(monthOf(snapshots, '2026-03', LATER), 'a')).toMatchObject({
      activeHours: 10,
      status: 'free',
      amount: 0
    });
    expect(onlyRow(monthOf(snapshots, '2026-04', LATER), 'a')).toMatchObject({
      activeHours: 20,
      status: 'free',
      amount: 0
    });
  });

  it('restates the earlier month once the run reaches 48 h in the next month', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 7200), from: start, to: plusHours(start, 50) }
    ]);
    expect(onlyRow(monthOf(snapshots, '2026-03', plusHours(start, 47)), 'a')).toMatchObject({
      status: 'pending',
      amount: 0
    });
    expect(onlyRow(monthOf(snapshots, '2026-03', plusHours(start, 48)), 'a')).toMatchObject({
      status: 'charged',
      amount: 194
    });
  });
});

describe('gaps and missing snapshots (§3.3, A5, A6, A14)', () => {
  it('splits runs at an existing snapshot without the resource; each run is judged alone (A5)', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('short'), from: T, to: plusHours(T, 30) },
      { item: account('short'), from: plusHours(T, 31), to: plusHours(T, 61) },
      { item: account('long'), from: T, to: plusHours(T, 60) },
      { item: account('long'), from: plusHours(T, 61), to: plusHours(T, 121) }
    ]);
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(rowsOf(april, 'short').map((r) => [r.runStart, r.activeHours, r.status])).toEqual([
      [T, 30, 'free'],
      [plusHours(T, 31), 30, 'free']
    ]);
    expect(rowsOf(april, 'long').map((r) => [r.runStart, r.billedHours])).toEqual([
      [T, 60],
      [plusHours(T, 61), 60]
    ]);
  });

  it('interpolates a missing snapshot for resources on both sides, with the pack of the earlier side, and warns (A6)', () => {
    const gap = plusHours(T, 30);
    const snapshots = snapshotsFor(
      WINDOW_START,
      WINDOW_END,
      [
        { item: account('a', 'basic', 1000), from: T, to: plusHours(T, 31) },
        { item: account('a', 'pro', 2000), from: plusHours(T, 31), to: plusHours(T, 61) },
        { item: account('gone'), from: T, to: plusHours(T, 30) },
        { item: account('new'), from: plusHours(T, 31), to: plusHours(T, 61) }
      ],
      [gap]
    );
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(rowsOf(april, 'a').map((r) => [r.pack, r.activeHours, r.status])).toEqual([
      ['basic', 31, 'charged'],
      ['pro', 30, 'charged']
    ]);
    expect(onlyRow(april, 'gone')).toMatchObject({
      activeHours: 30,
      lastHour: plusHours(T, 29),
      status: 'free'
    });
    expect(onlyRow(april, 'new')).toMatchObject({
      activeHours: 30,
      firstHour: plusHours(T, 31),
      status: 'free'
    });
    expect(april.warnings.filter((w) => w.code === 'missing-snapshots')).toEqual([
      expect.objectContaining({ from: gap, to: plusHours(T, 31), hours: 1 })
    ]);
  });

  it('raises one warning per gap and does not interpolate after the last known snapshot', () => {
    const snapshots = snapshotsFor(
      WINDOW_START,
      plusHours(T, 40),
      [{ item: account('a'), from: T, to: plusHours(T, 40) }],
      [plusHours(T, 5), plusHours(T, 6), plusHours(T, 20)]
    );
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(
      april.warnings
        .filter((w) => w.code === 'missing-snapshots')
        .map((w) => ('hours' in w ? w.hours : 0))
    ).toEqual([2, 1]);
    expect(april.warnings.find((w) => w.code === 'hours-without-data')).toMatchObject({
      from: plusHours(T, 40),
      to: '2026-04-30T22:00:00Z'
    });
    // Still in the latest known snapshot: the run is open, so pending rather than free.
    expect(onlyRow(april, 'a')).toMatchObject({ activeHours: 40, status: 'pending' });
  });

  it('treats a run present in the first snapshot of the data as charged, with a warning (A14)', () => {
    const snapshots = snapshotsFor(T, WINDOW_END, [
      { item: account('old'), from: T, to: plusHours(T, 10) },
      { item: account('young'), from: plusHours(T, 1), to: plusHours(T, 11) }
    ]);
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(onlyRow(april, 'old')).toMatchObject({ status: 'charged', billedHours: 10 });
    expect(onlyRow(april, 'young').status).toBe('free');
    expect(april.warnings.filter((w) => w.code === 'established-run')).toEqual([
      expect.objectContaining({ resourceId: 'old', runStart: T })
    ]);
  });
});
