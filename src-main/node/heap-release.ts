/**
 * Gives the JavaScript heap's unused memory back to the system after a burst of work.
 *
 * A full sync of a large reseller reads about 90 MB of JSON. V8 grows its young generation to
 * its ceiling for that (two 64 MB halves on a desktop with 16 GB or more) and keeps the pages
 * once the work is done: measured on the `large` demo data in a process that only synced, it
 * stayed at about 320 MB resident, its heap holding about 160 MB of which 22 MB were in use, and a minute of idling
 * changed nothing (V8 shrinks the heap only in a collection that aims at memory, and an idle
 * process runs none). A full collection that reduces the memory footprint (V8's "last resort"
 * flavour, what it runs when the system is short of memory) shrinks the young generation and
 * returns the freed pages: the same process then held about 160 MB.
 *
 * Node offers that collection only through the `gc` function of --expose-gc. The flag is set
 * just long enough for one new context to get the function, so `globalThis.gc` stays
 * undefined here and in every context created later. Node leaves V8's flags writable after
 * start for its `v8.setFlagsFromString`, and Electron's main process, which runs Node, does too.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from '../core/ports';

/** V8's `gc` with the options object of V8 12 and later (Node 22 and Electron 31 on). */
type Collect = (options: {
  readonly type: 'major';
  readonly execution: 'sync';
  readonly flavor: 'last-resort';
}) => void;

/** The heap's size before and after a release, in bytes. */
export interface HeapRelease {
  /** Bytes the heap held (committed) before the collection. */
  readonly before: number;
  /** Bytes it held after. */
  readonly after: number;
  /** Bytes in use (live objects) after. */
  readonly used: number;
}

export interface HeapReleaser {
  /**
   * When the heap has grown by `minGrowthBytes` or more since the last release (or since the
   * releaser was made), runs the memory-reducing collection now and says what it gave back;
   * otherwise does nothing and returns null. The collection stops the thread (about 0.1 s
   * after a full sync of the large data); an incremental sync grows the heap too little for it.
   */
  releaseNow(): HeapRelease | null;
  /**
   * Asks for releaseNow `delayMs` from now, once however often it is asked meanwhile (after a
   * sync, the screens re-read what changed first), unless `busy` says so then. The timer does
   * not keep the process alive.
   */
  releaseSoon(): void;
  /** Forgets a release asked for and not yet run. */
  cancel(): void;
}

let collect: Collect | undefined;

/** V8's `gc`, made once: --expose-gc is set only while one new context is created. */
function collector(): Collect {
  if (collect) return collect;
  setFlagsFromString('--expose-gc');
  try {
    collect = runInNewContext('gc') as Collect;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/** Defaults: a heap grown by 64 MiB is worth a collection; 5 s after the first request. */
export const HEAP_RELEASE_DEFAULTS = { minGrowthBytes: 64 * 1024 * 1024, delayMs: 5_000 };

/** The bytes the heap holds (committed), live or not. */
function heapBytes(): number {
  return getHeapStatistics().total_heap_size;
}

export function createHeapReleaser(
  options: {
    readonly minGrowthBytes?: number;
    readonly delayMs?: number;
    /** Told what each release gave back. */
    readonly logger?: Logger;
    /**
     * True while work that grows the heap is under way (a sync, a call): a release that
     * falls due then is skipped, since shrinking the heap in the middle of that work only
     * makes it collect more. The work's end asks for a release again.
     */
    readonly busy?: () => boolean;
  } = {}
): HeapReleaser {
  const minGrowth = options.minGrowthBytes ?? HEAP_RELEASE_DEFAULTS.minGrowthBytes;
  const delayMs = options.delayMs ?? HEAP_RELEASE_DEFAULTS.delayMs;
  let timer: NodeJS.Timeout | null = null;
  // What the heap held after the last release: what the work between two bursts needs.
  let baseline = heapBytes();

  const releaseNow = (): HeapRelease | null => {
    const before = heapBytes();
    if (before - baseline < minGrowth) return null;
    collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    const { total_heap_size: after, used_heap_size: used } = getHeapStatistics();
    baseline = after;
    const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
    options.logger?.log('info', 'gave unused heap memory back', {
      heapBeforeMb: mb(before),
      heapAfterMb: mb(after),
      inUseMb: mb(used)
    });
    return { before, after, used };
  };

  return {
    releaseNow,
    releaseSoon() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        if (!options.busy?.()) releaseNow();
      }, delayMs);
      timer.unref();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    }
  };
}
