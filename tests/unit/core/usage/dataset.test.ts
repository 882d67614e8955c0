import { describe, expect, it } from 'vitest';
import { PayuInputError, createDatasetBuilder, snapshotsToDataset } from '@main/core/usage';
import type { UsageSnapshot } from '@main/core/usage';
import { account, addon, snapshotsFor } from './helpers';

function inputError(run: () => unknown): PayuInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PayuInputError) return error;
    throw error;
  }
  throw new Error('expected a PayuInputError');
}

describe('snapshotsToDataset', () => {
  it('compacts hourly presence into one interval per unchanged stretch', () => {
    const snapshots = snapshotsFor('2026-03-10T00:00:00Z', '2026-03-10T10:00:00Z', [
      {
        item: account('a', 'basic', 1000),
        from: '2026-03-10T01:00:00Z',
        to: '2026-03-10T04:00:00Z'
      },
      { item: account('a', 'pro', 2000), from: '2026-03-10T04:00:00Z', to: '2026-03-10T06:00:00Z' },
      { item: addon('x', 'a'), from: '2026-03-10T02:00:00Z', to: '2026-03-10T03:00:00Z' },
      { item: addon('x', 'a'), from: '2026-03-10T05:00:00Z', to: '2026-03-10T10:00:00Z' }
    ]);
    expect(snapshotsToDataset(snapshots)).toEqual({
      firstSnapshot: '2026-03-10T00:00:00Z',
      lastSnapshot: '2026-03-10T09:00:00Z',
      missingHours: [],
      intervals: [
        {
          resourceId: 'a',
          kind: 'account',
          parentAccountId: null,
          pack: 'basic',
          monthlyPrice: 1000,
          start: '2026-03-10T01:00:00Z',
          end: '2026-03-10T04:00:00Z'
        },
        {
          resourceId: 'a',
          kind: 'account',
          parentAccountId: null,
          pack: 'pro',
          monthlyPrice: 2000,
          start: '2026-03-10T04:00:00Z',
          end: '2026-03-10T06:00:00Z'
        },
        {
          resourceId: 'x',
          kind: 'addon',
          parentAccountId: 'a',
          pack: 'ssl',
          monthlyPrice: 300,
          start: '2026-03-10T02:00:00Z',
          end: '2026-03-10T03:00:00Z'
        },
        {
          resourceId: 'x',
          kind: 'addon',
          parentAccountId: 'a',
          pack: 'ssl',
          monthlyPrice: 300,
          start: '2026-03-10T05:00:00Z',
          end: '2026-03-10T10:00:00Z'
        }
      ]
    });
  });

  it('lists missing hours and lets an interval span them when the resource is on both sides', () => {
    const snapshots = snapshotsFor(
      '2026-03-10T00:00:00Z',
      '2026-03-10T06:00:00Z',
      [{ item: account('a'), from: '2026-03-10T00:00:00Z', to: '2026-03-10T06:00:00Z' }],
      ['2026-03-10T02:00:00Z', '2026-03-10T03:00:00Z']
    );
    const dataset = snapshotsToDataset(snapshots);
    expect(dataset.missingHours).toEqual(['2026-03-10T02:00:00Z', '2026-03-10T03:00:00Z']);
    expect(dataset.intervals).toHaveLength(1);
    expect(dataset.intervals[0]).toMatchObject({
      start: '2026-03-10T00:00:00Z',
      end: '2026-03-10T06:00:00Z'
    });
  });

  it('accepts snapshots in any order and an empty snapshot as "everything deleted"', () => {
    const snapshots: UsageSnapshot[] = [
      { ts: '2026-03-10T02:00:00Z', items: [] },
      { ts: '2026-03-10T00:00:00Z', items: [account('a')] },
      { ts: '2026-03-10T01:00:00Z', items: [account('a')] }
    ];
    const dataset = snapshotsToDataset(snapshots);
    expect(dataset.firstSnapshot).toBe('2026-03-10T00:00:00Z');
    expect(dataset.lastSnapshot).toBe('2026-03-10T02:00:00Z');
    expect(dataset.intervals).toEqual([
      expect.objectContaining({ start: '2026-03-10T00:00:00Z', end: '2026-03-10T02:00:00Z' })
    ]);
  });

  it('returns an empty dataset for no snapshots', () => {
    expect(snapshotsToDataset([])).toEqual({
      firstSnapshot: null,
      lastSnapshot: null,
      missingHours: [],
      intervals: []
    });
  });

  it('gives the same dataset when fed one snapshot at a time through the streaming builder', () => {
    const snapshots = snapshotsFor(
      '2026-03-01T00:00:00Z',
      '2026-03-05T00:00:00Z',
      [
        { item: account('a'), from: '2026-03-01T05:00:00Z', to: '2026-03-03T00:00:00Z' },
        {
          item: account('a', 'pro', 1500),
          from: '2026-03-03T00:00:00Z',
          to: '2026-03-04T00:00:00Z'
        },
        { item: addon('x', 'a'), from: '2026-03-02T00:00:00Z', to: '2026-03-04T12:00:00Z' }
      ],
      ['2026-03-02T10:00:00Z']
    );
    const builder = createDatasetBuilder();
    for (const snapshot of snapshots) builder.add(snapshot);
    expect(builder.count).toBe(snapshots.length);
    expect(builder.finish()).toEqual(snapshotsToDataset(snapshots));
  });
});

describe('validation (§3.1) names the snapshot and the field', () => {
  const ts = '2026-03-10T05:00:00Z';

  it('rejects a timestamp that is not on a whole hour', () => {
    const error = inputError(() => snapshotsToDataset([{ ts: '2026-03-10T05:30:00Z', items: [] }]));
    expect(error).toMatchObject({ snapshotTs: '2026-03-10T05:30:00Z', field: 'ts' });
    expect(error.message).toMatch(/whole hour/);
  });

  it('rejects a timestamp that is not an ISO instant', () => {
    expect(inputError(() => snapshotsToDataset([{ ts: 'yesterday', items: [] }]))).toMatchObject({
      snapshotTs: 'yesterday',
      field: 'ts'
    });
  });

  it('rejects a duplicate timestamp', () => {
    const error = inputError(() =>
      snapshotsToDataset([
        { ts, items: [] },
        { ts: '2026-03-10T05:00:00.000Z', items: [] }
      ])
    );
    expect(error.field).toBe('ts');
    expect(error.message).toMatch(/duplicate/);
  });

  it('rejects a duplicate resource in one snapshot', () => {
    const error = inputError(() =>
      snapshotsToDataset([{ ts, items: [account('a'), account('b'), account('a', 'pro')] }])
    );
    expect(error).toMatchObject({ snapshotTs: ts, field: 'items[2].resourceId' });
    expect(error.message).toMatch(/duplicate resource a/);
  });

  it('rejects a negative price and a fractional price', () => {
    expect(
      inputError(() => snapshotsToDataset([{ ts, items: [account('a', 'basic', -1)] }]))
    ).toMatchObject({
      snapshotTs: ts,
      field: 'items[0].monthlyPrice'
    });
    expect(
      inputError(() =>
        snapshotsToDataset([{ ts, items: [account('b'), account('a', 'basic', 12.5)] }])
      )
    ).toMatchObject({
      snapshotTs: ts,
      field: 'items[1].monthlyPrice'
    });
  });

  it('rejects a resource whose kind changes, naming the snapshot where it changes', () => {
    const error = inputError(() =>
      snapshotsToDataset([
        { ts, items: [account('a')] },
        { ts: '2026-03-10T09:00:00Z', items: [addon('a', undefined)] }
      ])
    );
    expect(error).toMatchObject({ snapshotTs: '2026-03-10T09:00:00Z', field: 'items[0].kind' });
    expect(error.message).toMatch(/changes kind/);
  });

  it('rejects an unknown kind and a missing resourceId', () => {
    const bad = {
      resourceId: 'a',
      kind: 'server',
      pack: 'p',
      monthlyPrice: 1
    } as unknown as ReturnType<typeof account>;
    expect(inputError(() => snapshotsToDataset([{ ts, items: [bad] }])).field).toBe(
      'items[0].kind'
    );
    const noId = { kind: 'account', pack: 'p', monthlyPrice: 1 } as unknown as ReturnType<
      typeof account
    >;
    expect(inputError(() => snapshotsToDataset([{ ts, items: [noId] }])).field).toBe(
      'items[0].resourceId'
    );
  });

  it('refuses a snapshot older than the previous one in the streaming builder', () => {
    const builder = createDatasetBuilder();
    builder.add({ ts, items: [] });
    expect(inputError(() => builder.add({ ts: '2026-03-10T04:00:00Z', items: [] }))).toMatchObject({
      snapshotTs: '2026-03-10T04:00:00Z',
      field: 'ts'
    });
  });
});
