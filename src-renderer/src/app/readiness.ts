/**
 * The readiness signal end-to-end tests wait on: `data-state` on the root element is
 * "loading", then "ready" once the first app status arrived, or "error" if it could not.
 */
import { useEffect } from 'react';

/** The id of the element the app is mounted into (see index.html). */
export const ROOT_ELEMENT_ID = 'root';

export type ReadinessState = 'loading' | 'ready' | 'error';

/** Mirrors `state` onto `#root[data-state]`. */
export function useReadinessSignal(state: ReadinessState): void {
  useEffect(() => {
    document.getElementById(ROOT_ELEMENT_ID)?.setAttribute('data-state', state);
  }, [state]);
}
