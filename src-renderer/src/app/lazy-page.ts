/**
 * A component whose code and English words load when it is first shown: every page, and the
 * frame's tickets parts (the unread badge, the outbox status), which speak the tickets words.
 */
import { lazy, type ComponentType } from 'react';
import { loadPageWords } from '../lib/i18n';

/** `load`'s component as a lazy one that also waits for the pages' English words. */
export function lazyWithWords<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() =>
    Promise.all([load(), loadPageWords()]).then(([component]) => ({ default: component }))
  );
}
