import type { Clock } from '@main/core/ports';

/**
 * A fake clock whose sleeps return at once and move time forward by the requested delay.
 * Retry schedules can then be asserted exactly (`sleeps`) in tests that also do real I/O.
 */
export class AutoClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current = Date.parse('2026-11-22T09:30:00Z')) {}
  now(): number {
    return this.current;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    this.sleeps.push(ms);
    this.current += ms;
    await Promise.resolve();
  }
}
