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

  it('asks for full pages once each and in order, two at most at a time, and never past the total; a provider that caps the page size gets no needless request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 20 }),
        async (total, limit, shortPages) => {
          const rows = Array.from({ length: total }, (_, i) => i);
          const asked: number[] = [];
          let underWay = 0;
          let most = 0;
          const seen: number[] = [];
          // Some providers send fewer rows than asked: `shortPages` says how many, page by page.
          for await (const page of offsetPages(
            async (offset, n) => {
              asked.push(offset);
              underWay += 1;
              most = Math.max(most, underWay);
              await new Promise((resolve) => setTimeout(resolve, 0));
              underWay -= 1;
              const size = Math.min(n, shortPages[asked.length - 1] ?? n);
              return { items: rows.slice(offset, offset + size), total };
            },
            0,
            limit
          ))
            seen.push(...page.items);
          expect(seen).toEqual(rows);
          expect(most).toBeLessThanOrEqual(2);
          expect(asked.every((offset) => offset === 0 || offset < total)).toBe(true);
          if (shortPages.length === 0)
            expect(asked).toEqual(
              Array.from({ length: Math.max(1, Math.ceil(total / limit)) }, (_, i) => i * limit)
            );
          // A provider that caps every page below the size asked: one request per page it sends.
          const cap = Math.max(1, limit - 1);
          const capped: number[] = [];
          for await (const page of offsetPages(
            async (offset, n) => {
              capped.push(offset);
              return { items: rows.slice(offset, offset + Math.min(n, cap)), total };
            },
            0,
            limit
          ))
            void page;
          if (limit > 1)
            expect(capped).toEqual(
              Array.from({ length: Math.max(1, Math.ceil(total / cap)) }, (_, i) => i * cap)
            );
        }
      ),
      { numRuns: 100 }
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
