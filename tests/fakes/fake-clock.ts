import type { Clock } from '@main/core/ports';

/**
 * A clock that only moves when a test says so. `sleep` resolves when `advance` passes its
 * deadline; `sleeps` records every requested delay so retry schedules can be asserted.
 */
export class FakeClock implements Clock {
  private current: number;
  private waiters: { at: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  readonly sleeps: number[] = [];

  constructor(start: number | string = '2026-11-22T09:00:00Z') {
    this.current = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
      const waiter = { at: this.current + ms, resolve, reject };
      this.waiters.push(waiter);
      signal?.addEventListener(
        'abort',
        () => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(signal.reason ?? new Error('aborted'));
        },
        { once: true }
      );
      // A zero delay still yields to the event loop, like setTimeout(0).
      if (ms <= 0) this.flush();
    });
  }

  /** Moves time forward and wakes every sleeper whose deadline has passed. */
  advance(ms: number): void {
    this.current += ms;
    this.flush();
  }

  /** Sets the time to an absolute instant (never backwards). */
  set(instant: string | number): void {
    const next = typeof instant === 'number' ? instant : Date.parse(instant);
    if (next < this.current) throw new Error('FakeClock cannot go backwards');
    this.current = next;
    this.flush();
  }

  /** Number of pending sleepers. */
  get pending(): number {
    return this.waiters.length;
  }

  private flush(): void {
    const due = this.waiters.filter((w) => w.at <= this.current);
    this.waiters = this.waiters.filter((w) => w.at > this.current);
    for (const w of due) w.resolve();
  }
}
