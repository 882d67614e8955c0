import { describe, expect, it } from 'vitest';
import { account, addon, monthOf, onlyRow, plusHours, rowsOf, snapshotsFor } from './helpers';

// April 2026 in Europe/Brussels: 720 slots from 2026-03-31T22:00Z to 2026-04-30T22:00Z.
const WINDOW_START = '2026-03-20T00:00:00Z';
const WINDOW_END = '2026-05-10T00:00:00Z';
const LATER = '2026-05-10T00:00:00Z';
const T = '2026-04-10T00:00:00Z';

describe('rows per run, pack and price (§3.5, A9, A10, A11, A16)', () => {
  it('lists an upgrade twice; the hour showing the new pack is billed on it', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 1000), from: T, to: plusHours(T, 100) },
      { item: account('a', 'pro', 2000), from: plusHours(T, 100), to: plusHours(T, 300) }
    ]);
    const rows = rowsOf(monthOf(snapshots, '2026-04', LATER), 'a');
    expect(rows.map((r) => [r.pack, r.activeHours, r.amount, r.runStart])).toEqual([
      ['basic', 100, 139, T],
      ['pro', 200, 556, T]
    ]);
    expect(rows[1]?.firstHour).toBe(plusHours(T, 100));
  });

  it('lists a downgrade twice and counts the change day in both rows (A11)', () => {
    // T is 02:00 local on 10 April; the change at T+60h is 14:00 local on 12 April.
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'pro', 2000), from: T, to: plusHours(T, 60) },
      { item: account('a', 'basic', 1000), from: plusHours(T, 60), to: plusHours(T, 90) }
    ]);
    const rows = rowsOf(monthOf(snapshots, '2026-04', LATER), 'a');
    expect(rows.map((r) => [r.pack, r.billedHours, r.billedDays])).toEqual([
      ['pro', 60, 3],
      ['basic', 30, 2]
    ]);
  });

  it('sums A → B → A in one run into two rows, not three', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 1000), from: T, to: plusHours(T, 50) },
      { item: account('a', 'pro', 2000), from: plusHours(T, 50), to: plusHours(T, 60) },
      { item: account('a', 'basic', 1000), from: plusHours(T, 60), to: plusHours(T, 80) }
    ]);
    const rows = rowsOf(monthOf(snapshots, '2026-04', LATER), 'a');
    expect(rows.map((r) => [r.pack, r.activeHours, r.firstHour, r.lastHour])).toEqual([
      ['basic', 70, T, plusHours(T, 79)],
      ['pro', 10, plusHours(T, 50), plusHours(T, 59)]
    ]);
  });

  it('does not restart the 48-hour count on an upgrade inside the first 48 hours', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 1000), from: T, to: plusHours(T, 30) },
      { item: account('a', 'pro', 2000), from: plusHours(T, 30), to: plusHours(T, 48) }
    ]);
    const rows = rowsOf(monthOf(snapshots, '2026-04', LATER), 'a');
    expect(rows.map((r) => [r.pack, r.status, r.billedHours])).toEqual([
      ['basic', 'charged', 30],
      ['pro', 'charged', 18]
    ]);
  });

  it('gives a provider price change of the same pack its own row (A10)', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'basic', 1000), from: T, to: plusHours(T, 72) },
      { item: account('a', 'basic', 1100), from: plusHours(T, 72), to: plusHours(T, 144) }
    ]);
    expect(
      rowsOf(monthOf(snapshots, '2026-04', LATER), 'a').map((r) => [r.monthlyPrice, r.billedHours])
    ).toEqual([
      [1000, 72],
      [1100, 72]
    ]);
  });

  it('reports the summary: billed accounts and add-ons, sorted packs with billed hours, total = sum of rows', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('a', 'zeta', 1000), from: T, to: plusHours(T, 100) },
      { item: account('b', 'alpha', 500), from: T, to: plusHours(T, 10) },
      { item: addon('x', 'a', 'ssl', 300), from: T, to: plusHours(T, 100) }
    ]);
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(april).toMatchObject({ billedAccounts: 1, billedAddons: 1, packsUsed: ['ssl', 'zeta'] });
    expect(april.total).toBe(april.rows.reduce((sum, r) => sum + r.amount, 0));
    expect(april.total).toBe(139 + 42);
  });
});

describe('add-ons (A13)', () => {
  it('judges an add-on on its own run even when its parent is free, and warns that the parent is absent', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('p'), from: T, to: plusHours(T, 10) },
      { item: addon('x', 'p'), from: T, to: plusHours(T, 60) }
    ]);
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(onlyRow(april, 'p').status).toBe('free');
    expect(onlyRow(april, 'x')).toMatchObject({
      status: 'charged',
      billedHours: 60,
      parentAccountId: 'p',
      kind: 'addon'
    });
    expect(april.warnings).toContainEqual(
      expect.objectContaining({
        code: 'addon-parent-absent',
        resourceId: 'x',
        parentAccountId: 'p',
        firstHour: plusHours(T, 10)
      })
    );
  });

  it('bills an add-on without parent on its own and warns', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: addon('x', undefined), from: T, to: plusHours(T, 60) }
    ]);
    const april = monthOf(snapshots, '2026-04', LATER);
    expect(onlyRow(april, 'x')).toMatchObject({ status: 'charged', parentAccountId: null });
    expect(april.warnings).toContainEqual(
      expect.objectContaining({ code: 'addon-without-parent', resourceId: 'x', firstHour: T })
    );
  });

  it('does not warn when the parent is in every snapshot of the add-on', () => {
    const snapshots = snapshotsFor(WINDOW_START, WINDOW_END, [
      { item: account('p'), from: T, to: plusHours(T, 70) },
      { item: addon('x', 'p'), from: plusHours(T, 5), to: plusHours(T, 60) }
    ]);
    expect(
      monthOf(snapshots, '2026-04', LATER).warnings.filter((w) => w.code.startsWith('addon'))
    ).toEqual([]);
  });
});
