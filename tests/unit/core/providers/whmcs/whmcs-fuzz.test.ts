/**
 * The short, fixed-seed cut of the WHMCS reply fuzz (the long run is
 * tests/bench/whmcs-fuzz.bench.ts): mutated real replies end in a model-valid value or a
 * typed provider error, and a refused page never leaves half of itself in the cache.
 */
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openCache } from '@main/core/cache/database';
import { getSyncState } from '@main/core/cache/repositories/sync-state';
import { makeTempDir } from '@tests/fakes/temp-dir';
import {
  describeInput,
  fixtureSeeds,
  fuzzInputArb,
  runInput,
  seedOf,
  syncSeeds,
  syncWithMutatedPage,
  type FuzzInput
} from './whmcs-fuzz-kit';

const seeds = fixtureSeeds();
const dir = makeTempDir();
afterAll(() => dir.cleanup());

let files = 0;
function freshDb(): { db: DatabaseSync; close: () => void } {
  const cache = openCache(join(dir.path, `cache-${files++}.sqlite`), {
    logger: { log: () => undefined },
    now: () => 0
  });
  return { db: cache.db, close: () => cache.close() };
}

/** A sync seed's input that leaves page 2 as sent (so both pages reach the cache). */
const untouched: FuzzInput = {
  seed: 0,
  ops: [],
  envelope: 'keep',
  encoding: 'json',
  cut: 1,
  status: 200,
  retryAfter: null,
  noise: ''
};

describe('WHMCS reply fuzz (fixed seed)', () => {
  it('ends every mutated reply in a model-valid value or a typed provider error', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fuzzInputArb(seeds.length), async (input) => {
        const outcome = await runInput(input, seeds);
        kinds.add(outcome.kind);
        const detail =
          outcome.kind === 'crashed'
            ? String((outcome.error as Error)?.stack ?? outcome.error)
            : outcome.kind === 'invalid'
              ? outcome.issues
              : '';
        expect(['accepted', 'refused'], `${detail}\n${describeInput(input, seeds)}`).toContain(
          outcome.kind
        );
      }),
      { numRuns: 300, seed: 20_261_122 }
    );
    // The mutations reach both ends: some replies still parse, some are refused.
    expect([...kinds].sort()).toEqual(['accepted', 'refused']);
  });

  it('writes a refused page not at all: the cache holds exactly the pages before it, cursor included', async () => {
    const pool = syncSeeds(seeds);
    let refusedAfterFirstPage = 0;
    await fc.assert(
      fc.asyncProperty(fuzzInputArb(pool.length), async (input) => {
        const { db, close } = freshDb();
        try {
          const outcome = await syncWithMutatedPage(input, seedOf(input, pool), db);
          if (!outcome.entityOk && outcome.pages === 1) refusedAfterFirstPage += 1;
          expect(outcome.consistent, `${outcome.detail}\n${describeInput(input, pool)}`).toBe(true);
        } finally {
          close();
        }
      }),
      { numRuns: 40, seed: 20_261_123 }
    );
    expect(refusedAfterFirstPage).toBeGreaterThan(0);
  });

  it('rolls back the batch of pages whose write fails half-way, with its cursor', async () => {
    const pool = syncSeeds(seeds);
    const index = pool.findIndex((s) => s.action === 'GetClientsDomains');
    const { db, close } = freshDb();
    let inserts = 0;
    // The second page written hits a failing disk.
    const failing = new Proxy(db, {
      get(target, prop) {
        if (prop !== 'prepare') {
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        }
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (!sql.startsWith('INSERT INTO domains')) return statement;
          return new Proxy(statement, {
            get(st, key) {
              const value = Reflect.get(st, key, st) as unknown;
              if (key !== 'run') return typeof value === 'function' ? value.bind(st) : value;
              return (...args: never[]) => {
                if (++inserts === 2) throw new Error('disk I/O error');
                return st.run(...args);
              };
            }
          });
        };
      }
    });
    try {
      const outcome = await syncWithMutatedPage(
        { ...untouched, seed: index },
        pool[index]!,
        failing
      );
      expect(outcome).toMatchObject({ entityOk: false, pages: 2, consistent: true });
      // Both pages were in hand when the first was written: one batch, rolled back whole,
      // and the next sync starts the listing again.
      const rows = db.prepare('SELECT id FROM domains').all() as { id: string }[];
      expect(rows).toEqual([]);
      expect(getSyncState(db, 'domains')?.cursor ?? null).toBeNull();
    } finally {
      close();
    }
  });
});
