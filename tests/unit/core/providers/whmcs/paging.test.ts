import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextOffsetOf, offsetPages } from '@main/core/providers/whmcs/paging';
import { ProtocolError } from '@main/core/providers/errors';

describe('offset paging', () => {
  it('stops when offset + returned reaches the total, on a short page without a total, and on an empty page', () => {
    expect(nextOffsetOf(0, 25, 60, 25)).toBe(25);
    expect(nextOffsetOf(50, 10, 60, 25)).toBeNull();
    expect(nextOffsetOf(0, 10, null, 25)).toBeNull();
    expect(nextOffsetOf(0, 25, null, 25)).toBe(25);
    expect(nextOffsetOf(0, 0, 100, 25)).toBeNull();
  });

  it('stops with a ProtocolError when a provider ignoring the offset repeats its page under a large total', async () => {
    const pages = offsetPages(
      async () => ({ items: [{ id: '1' }, { id: '2' }], total: 1_000_000 }),
      0,
      2
    );
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of pages) seen.push(page.offset);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(/ignores the page offset/);
    expect(seen).toEqual([0]);
  });

  it('ends on an empty page even when numreturned claims rows', async () => {
    const pages = [];
    for await (const page of offsetPages(
      async () => ({ items: [], total: 1_000_000, returned: 25 }),
      0,
      25
    ))
      pages.push(page);
    expect(pages).toEqual([{ items: [], offset: 0, nextOffset: null, total: 1_000_000 }]);
  });

  it('visits every row exactly once for any total and page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        async (total, limit) => {
          const rows = Array.from({ length: total }, (_, i) => i);
          const seen: number[] = [];
          for await (const page of offsetPages(
            async (offset, n) => ({ items: rows.slice(offset, offset + n), total }),
            0,
            limit
          )) {
            seen.push(...page.items);
          }
          expect(seen).toEqual(rows);
        }
      )
    );
  });

  it('ends even when the provider overstates the total', async () => {
    const pages = [];
    for await (const page of offsetPages(
      async (offset) => ({ items: offset === 0 ? [1, 2] : [], total: 99 }),
      0,
      2
    ))
      pages.push(page);
    expect(pages.map((p) => p.nextOffset)).toEqual([2, null]);
  });
});
