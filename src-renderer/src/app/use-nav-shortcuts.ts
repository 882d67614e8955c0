/**
 * Alt+digit and Ctrl+digit jump to the n-th navigation entry, like tabs in most desktop apps.
 */
import { useEffect } from 'react';
import { useCapabilities } from '../lib/capabilities';
import { navigate } from '../lib/router';
import { navEntries } from './pages';

/** The digit of a key event, from `code` first so non-QWERTY layouts still work. */
function digitOf(event: KeyboardEvent): number | null {
  const match = /^Digit([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return match?.[1] ? Number(match[1]) : null;
}

/** Installs the window-level shortcut listener. */
export function useNavShortcuts(): void {
  // The digits follow the entries the navigation shows.
  const capabilities = useCapabilities();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // Exactly one of Alt/Ctrl, so AltGr (reported as Ctrl+Alt) and Ctrl+Shift combos pass through.
      if (event.altKey === event.ctrlKey || event.shiftKey || event.metaKey) return;
      const digit = digitOf(event);
      if (digit === null) return;
      const entry = navEntries(capabilities).find((candidate) => candidate.shortcut === digit);
      if (!entry) return;
      event.preventDefault();
      navigate(entry.page.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [capabilities]);
}
