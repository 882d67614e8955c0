import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaosDir, runOutboxChaos } from '@tests/fakes/outbox-chaos';

/**
 * 1,000 randomized trials with a fixed seed: crashes at every point of an attempt, lost
 * answers, late arrivals and outages (tests/fakes/outbox-chaos.ts). The large run is
 * tests/bench/outbox-chaos.bench.ts.
 */
describe('the outbox under crashes, lost answers and outages', () => {
  let dir: string;
  beforeAll(() => {
    dir = chaosDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'delivers 1,000 trials of writes with 0 duplicates, 0 lost and 0 out of order',
    { timeout: 180_000 },
    async () => {
      const figures = await runOutboxChaos({ trials: 1000, seed: 20261122, dir });
      expect(figures.problems).toEqual([]);
      expect({
        duplicates: figures.duplicates,
        lost: figures.lost,
        outOfOrder: figures.outOfOrder
      }).toEqual({ duplicates: 0, lost: 0, outOfOrder: 0 });
      // The trials did exercise what they claim to, so a quiet run cannot pass for a good one.
      expect(figures.trials).toBe(1000);
      expect(figures.sent + figures.refused).toBe(figures.writes);
      expect(figures.refused).toBeGreaterThan(0);
      expect(figures.crashes).toBeGreaterThan(300);
      expect(figures.lostAnswers).toBeGreaterThan(200);
      expect(figures.lateArrivals).toBeGreaterThan(100);
      expect(figures.outages).toBeGreaterThan(200);
    }
  );
});
