/**
 * Pages read one ahead: the next page is asked for as soon as one is handed out, so the
 * provider prepares page n+1 while the sync stores page n (on a listing whose pages are all
 * unchanged, that waiting was most of an incremental sync). At most one page waits in memory.
 * A consumer that stops early (break, throw) ends the source once the page in flight has
 * arrived; that page, or its error, is dropped.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let done = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done === true) {
        done = true;
        return;
      }
      next = iterator.next();
      // Observed at once: a consumer that stops before reading it leaves no unhandled rejection.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    if (!done) {
      await next.catch(() => undefined);
      await iterator.return?.();
    }
  }
}
