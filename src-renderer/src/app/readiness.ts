/**
 * The app's readiness signal: `data-view-state` on the root element is "loading", then
 * "ready" once the first app status arrived, or "error" if it could not. Each page root
 * carries its own `data-page` and `data-view-state`; this one says the frame is up.
 */
import { useEffect } from 'react';

/** The id of the element the app is mounted into (see index.html). */
export const ROOT_ELEMENT_ID = 'root';

export type ReadinessState = 'loading' | 'ready' | 'error';

/** Mirrors `state` onto `#root[data-view-state]`. */
export function useReadinessSignal(state: ReadinessState): void {
  useEffect(() => {
    document.getElementById(ROOT_ELEMENT_ID)?.setAttribute('data-view-state', state);
  }, [state]);
}
