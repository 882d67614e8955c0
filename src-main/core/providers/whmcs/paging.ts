/**
 * Offset paging shared by the WHMCS listings: turns "fetch N rows from offset" into an async
 * iterable of Page values whose nextOffset a sync engine can store and resume from.
 */
import { ProtocolError } from '../errors';
import type { KnownPage, Page } from '../provider';

/** What one provider call returned. `returned` is numreturned when the provider sent it. */
export interface FetchedRows<T> {
  readonly items: readonly T[];
  readonly total: number | null;
  readonly returned?: number;
  /** The raw reply's fingerprint, when the fetch took one. */
  readonly hash?: string;
  /** The reply was identical to this stored page: `items` is empty and was not read. */
  readonly known?: KnownPage;
  /** With `known`: the page was not asked for (the caller said it need not be). */
  readonly skipped?: true;
}

/**
 * Where the next page starts, or null after the last one. WHMCS rule: stop once
 * offset + numreturned >= totalresults; without a total, a short page is the last; an empty
 * page always ends the listing (so a lying total can never loop forever).
 */
export function nextOffsetOf(
  offset: number,
  returned: number,
  total: number | null,
  limit: number
): number | null {
  if (returned <= 0) return null;
  const next = offset + returned;
  if (total !== null) return next >= total ? null : next;
  return returned < limit ? null : next;
}

/**
 * Refuses a page that repeats the previous one row for row: the provider ignores the offset
 * (a proxy cache, a broken install), and following its total would request pages forever.
 */
export function guardProgress(what: string): (items: readonly unknown[]) => void {
  let previous: readonly unknown[] | null = null;
  // Pages that differ almost always differ in their first row: the whole pages are compared
  // only when the lengths and first rows agree.
  const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
    a.length === b.length &&
    JSON.stringify(a[0]) === JSON.stringify(b[0]) &&
    JSON.stringify(a) === JSON.stringify(b);
  return (items) => {
    if (items.length === 0) return;
    if (previous !== null && same(items, previous))
      throw new ProtocolError(
        `${what} returned the same rows for the next page: the provider ignores the page offset`
      );
    previous = items;
  };
}

/**
 * Iterates pages from `startOffset` until nextOffsetOf says stop. The next two pages are asked
 * for as soon as this one has arrived, so the provider prepares them while the caller reads
 * and stores this one: the next one always; the one after when this page was full and the
 * total says it exists. At most two requests are under way, in offset order while pages are
 * full. A page the caller no longer wants, or one a short page made needless (a provider that
 * caps the page size never gets one), is left unread, its failure ignored.
 */
export async function* offsetPages<T>(
  fetchRows: (offset: number, limit: number) => Promise<FetchedRows<T>>,
  startOffset: number,
  limit: number
): AsyncGenerator<Page<T>> {
  let offset = startOffset;
  const progress = guardProgress('The provider');
  let asked = new Map<number, Promise<FetchedRows<T>>>();
  const ask = (at: number): Promise<FetchedRows<T>> => {
    let rows = asked.get(at);
    if (rows === undefined) {
      rows = fetchRows(at, limit);
      // Handled when awaited; a page never awaited (the caller stopped) fails silently.
      rows.catch(() => undefined);
      asked.set(at, rows);
    }
    return rows;
  };
  for (;;) {
    const rows = await ask(offset);
    const { known, hash, skipped } = rows;
    if (!known) progress(rows.items);
    const total = known ? known.total : rows.total;
    // An empty page ends the listing even when numreturned claims rows.
    const nextOffset = known
      ? known.nextOffset
      : rows.items.length === 0
        ? null
        : nextOffsetOf(offset, rows.returned ?? rows.items.length, rows.total, limit);
    const wanted = new Map<number, Promise<FetchedRows<T>>>();
    if (nextOffset !== null) {
      wanted.set(nextOffset, ask(nextOffset));
      const after = nextOffset + limit;
      if (nextOffset - offset === limit && total !== null && after < total)
        wanted.set(after, ask(after));
    }
    asked = wanted;
    yield {
      items: rows.items,
      offset,
      nextOffset,
      total,
      ...(hash === undefined ? {} : { hash }),
      ...(known ? { known } : {}),
      ...(known && skipped ? { skipped } : {})
    };
    if (nextOffset === null) return;
    offset = nextOffset;
  }
}

/**
 * A listing the provider does not page: one page, sliced from `startOffset` for resumption.
 * A fetch that found the reply identical to a stored page (`known`) yields that page unread.
 */
export async function* singlePage<T>(
  fetchAll: () => Promise<FetchedRows<T>>,
  startOffset: number
): AsyncGenerator<Page<T>> {
  const rows = await fetchAll();
  const { known, hash } = rows;
  yield {
    items: known ? [] : rows.items.slice(startOffset),
    offset: startOffset,
    nextOffset: null,
    total: known ? known.total : rows.items.length,
    ...(hash === undefined ? {} : { hash }),
    ...(known ? { known } : {})
  };
}

/** Clamps a requested page size into [1, max]. */
export function pageSizeOf(requested: number | undefined, fallback: number, max: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(requested)));
}
