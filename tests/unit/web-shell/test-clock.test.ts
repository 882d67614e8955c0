import { describe, expect, it } from 'vitest';
import { clockStartingAt } from '@main/web-shell/test-clock';

describe('the end-to-end test clock of the web shell', () => {
  it('reads the given instant when made, and moves on with real time', () => {
    const start = Date.parse('2026-03-10T08:20:00Z');
    const madeAt = Date.now();
    const clock = clockStartingAt('2026-03-10T08:20:00Z');
    expect(clock).not.toBeNull();
    const first = clock!.now();
    // Ahead of the instant by no more than the real time that passed since it was made.
    expect(first).toBeGreaterThanOrEqual(start);
    expect(first - start).toBeLessThanOrEqual(Date.now() - madeAt);
    const realBefore = Date.now();
    while (Date.now() === realBefore) {
      // spin until the real clock ticks: the test clock must tick with it
    }
    expect(clock!.now()).toBeGreaterThan(first);
  });

  it('is absent without a value or with one that is not an instant', () => {
    expect(clockStartingAt(undefined)).toBeNull();
    expect(clockStartingAt('')).toBeNull();
    expect(clockStartingAt('next tuesday')).toBeNull();
  });
});
