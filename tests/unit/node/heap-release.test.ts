/**
 * The heap releaser against this process's real V8 heap: a burst of work that grows the heap
 * (objects kept across collections, then dropped, as a full sync's batches are) is given back
 * by one release, and nothing else is.
 */
import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '@main/core/ports';
import { createHeapReleaser } from '@main/node/heap-release';

const MB = 1024 * 1024;

/**
 * Keeps about `mb` megabytes of small objects alive across collections (about 200 bytes an
 * object, 5,000 a megabyte); they are garbage once it returns.
 */
function burst(mb: number): void {
  const kept: { id: number; text: string; values: number[] }[][] = [];
  for (let chunk = 0; chunk < mb; chunk += 1) {
    const objects = [];
    for (let i = 0; i < 5_000; i += 1)
      objects.push({ id: i, text: `row ${chunk}:${i}`, values: [i, chunk, i * chunk] });
    kept.push(objects);
  }
  expect(kept).toHaveLength(mb);
}

function heapTotal(): number {
  return getHeapStatistics().total_heap_size;
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (_level, message) => void lines.push(message) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('heap releaser', () => {
  it('gives back the memory a burst of work grew the heap by, once', () => {
    const logger = recordingLogger();
    const releaser = createHeapReleaser({ logger });
    const start = heapTotal();
    burst(160);
    // The burst's objects are garbage now, but the heap still holds their pages.
    expect(heapTotal() - start).toBeGreaterThan(100 * MB);

    const release = releaser.releaseNow();
    expect(release).not.toBeNull();
    expect(release!.before - start).toBeGreaterThan(100 * MB);
    // Most of what the burst added is given back, and the heap is near where it started.
    expect(release!.before - release!.after).toBeGreaterThan(80 * MB);
    expect(heapTotal()).toBeLessThan(start + 40 * MB);
    expect(release!.used).toBeLessThanOrEqual(release!.after);
    expect(logger.lines).toEqual(['gave unused heap memory back']);

    // Nothing grew since: nothing to give back, and no collection is run.
    expect(releaser.releaseNow()).toBeNull();
    expect(logger.lines).toHaveLength(1);
  });

  it('leaves a heap that grew little alone', () => {
    const logger = recordingLogger();
    const releaser = createHeapReleaser({ logger });
    burst(4);
    expect(releaser.releaseNow()).toBeNull();
    expect(logger.lines).toEqual([]);
  });

  it('exposes no gc function to this context or to later ones', () => {
    const releaser = createHeapReleaser();
    burst(160);
    expect(releaser.releaseNow()).not.toBeNull();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });

  it('releases once, a delay after it was first asked, however often it was asked', () => {
    vi.useFakeTimers();
    const logger = recordingLogger();
    const releaser = createHeapReleaser({ logger, delayMs: 5_000 });
    // A sync ends: the release is asked for, and meanwhile the heap has grown.
    releaser.releaseSoon();
    burst(120);
    vi.advanceTimersByTime(3_000);
    releaser.releaseSoon();
    releaser.releaseSoon();
    expect(logger.lines).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(logger.lines).toEqual(['gave unused heap memory back']);
    vi.advanceTimersByTime(60_000);
    expect(logger.lines).toHaveLength(1);
  });

  it('skips a release that falls due while the work is still under way', () => {
    vi.useFakeTimers();
    const logger = recordingLogger();
    let syncing = true;
    const releaser = createHeapReleaser({ logger, delayMs: 5_000, busy: () => syncing });
    burst(120);
    // Asked by a call in the middle of a sync: due while it still runs, so not run.
    releaser.releaseSoon();
    vi.advanceTimersByTime(5_000);
    expect(logger.lines).toEqual([]);
    // The sync's end asks again.
    syncing = false;
    releaser.releaseSoon();
    vi.advanceTimersByTime(5_000);
    expect(logger.lines).toEqual(['gave unused heap memory back']);
  });

  it('forgets a release asked for when cancelled', () => {
    vi.useFakeTimers();
    const logger = recordingLogger();
    const releaser = createHeapReleaser({ logger, delayMs: 5_000 });
    burst(120);
    releaser.releaseSoon();
    releaser.cancel();
    vi.advanceTimersByTime(60_000);
    expect(logger.lines).toEqual([]);
  });
});
