import { join } from 'node:path';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import type { Logger } from '@main/core/ports';
import { RecordingLogger } from './recording-logger';
import { makeTempDir } from './temp-dir';

/** A real cache file in a fresh temporary folder. */
export interface TempCache {
  readonly cache: OpenedCache;
  /** The folder holding `cache.sqlite`, for files a test keeps beside it. */
  readonly dir: string;
  /** Closes the cache and removes the folder. */
  readonly close: () => void;
}

/** Opens `cache.sqlite` in a new temporary folder, on the test's clock. */
export function openTempCache(
  now: () => number,
  logger: Logger = new RecordingLogger()
): TempCache {
  const dir = makeTempDir();
  const cache = openCache(join(dir.path, 'cache.sqlite'), { logger, now });
  return {
    cache,
    dir: dir.path,
    close: () => {
      cache.close();
      dir.cleanup();
    }
  };
}
