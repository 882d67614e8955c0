import { describe, expect, it } from 'vitest';
import { readAhead } from '@main/core/sync/read-ahead';

/** A paged source that logs when each page is asked for and when it is handed out. */
function source(pages: number, log: string[], failAt: number | null = null): AsyncIterable<number> {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let page = 1; page <= pages; page += 1) {
          log.push(`ask ${page}`);
          await new Promise((resolve) => setTimeout(resolve, 1));
          if (page === failAt) throw new Error(`page ${page} failed`);
          yield page;
        }
      } finally {
        log.push('source closed');
      }
    }
  };
}

describe('readAhead', () => {
  it('asks for the next page before the current one is stored', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const page of readAhead(source(3, log))) {
      log.push(`store ${page}`);
      seen.push(page);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(log).toEqual([
      'ask 1',
      'ask 2',
      'store 1',
      'ask 3',
      'store 2',
      // Asked for page 4 while page 3 was stored: the source said it had no more.
      'source closed',
      'store 3'
    ]);
  });

  it('hands out the pages before an error, then the error', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of readAhead(source(3, log, 2))) seen.push(page);
    }).rejects.toThrow('page 2 failed');
    expect(seen).toEqual([1]);
    expect(log).toContain('source closed');
  });

  it('stops the source after the page in flight when the consumer stops', async () => {
    const log: string[] = [];
    await expect(async () => {
      for await (const page of readAhead(source(5, log, 2))) {
        if (page === 1) throw new Error('cancelled while storing page 1');
      }
    }).rejects.toThrow('cancelled while storing page 1');
    // Page 2 was in flight (and failed): its error is dropped, nothing further is asked.
    expect(log).toEqual(['ask 1', 'ask 2', 'source closed']);
  });
});
