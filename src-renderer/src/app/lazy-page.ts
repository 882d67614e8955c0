/**
 * A component whose code and English words load when it is first shown: every page, and the
 * frame's tickets parts (the unread badge, the outbox status), which speak the tickets words.
 *
 * React shows what a suspended component turns into no sooner than 300 ms after the last
 * loading stand-in appeared anywhere in the window (it throttles such reveals), so a page
 * whose chunk arrived in 50 ms still waited up to 300 ms more. Each arrival is announced
 * here; the page boundaries (page-view.tsx) re-render on it, which shows the page at once.
 */
import { lazy, useSyncExternalStore, type ComponentType } from 'react';
import { loadPageWords } from '../lib/i18n';

let arrivals = 0;
const listeners = new Set<() => void>();

function announceArrival(): void {
  arrivals += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `load`'s component as a lazy one that also waits for the pages' English words. */
export function lazyWithWords<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => {
    const loaded = Promise.all([load(), loadPageWords()]).then(([component]) => ({
      default: component
    }));
    // React marks the component loaded in its own reaction to `loaded`, added after this
    // one: announce on the microtask after it, when rendering the component no longer waits.
    loaded.then(
      () => queueMicrotask(announceArrival),
      () => undefined
    );
    return loaded;
  });
}

/**
 * How many lazy components have arrived so far; the caller re-renders at each arrival (a
 * page boundary, so that its page replaces the stand-in without React's reveal delay).
 */
export function useLazyArrivals(): number {
  return useSyncExternalStore(subscribe, () => arrivals);
}
