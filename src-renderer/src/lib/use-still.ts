/**
 * Work that can wait for the reseller: true once the window has been still (no scroll, wheel,
 * touch move or key press anywhere in it) for `quietMs` since the caller first rendered, and
 * the browser then had an idle moment; true for good after that. A chart beside a list draws
 * then, so that its drawing (about 0.1 s of script on a slow machine) never takes the main
 * thread from someone scrolling the list.
 */
import { startTransition, useEffect, useState } from 'react';

/** What counts as the reseller moving the window. */
const MOVES = ['scroll', 'wheel', 'touchmove', 'keydown'] as const;

/** `run` at the browser's next idle moment (a task soon where there is no idle callback); the cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 1_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/** True once the window has been still for `quietMs` (then idle), and from then on. */
export function useStillFor(quietMs: number): boolean {
  const [still, setStill] = useState(false);
  useEffect(() => {
    if (still) return;
    let timer: number | undefined;
    let cancelIdle: (() => void) | null = null;
    const arm = (): void => {
      clearTimeout(timer);
      cancelIdle?.();
      cancelIdle = null;
      timer = setTimeout(() => {
        cancelIdle = whenIdle(() => startTransition(() => setStill(true)));
      }, quietMs);
    };
    // Capture: scroll events do not bubble, and a list scrolls its own element.
    for (const move of MOVES)
      document.addEventListener(move, arm, { capture: true, passive: true });
    arm();
    return () => {
      for (const move of MOVES) document.removeEventListener(move, arm, { capture: true });
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [quietMs, still]);
  return still;
}
