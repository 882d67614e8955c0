/**
 * Focus for a button that opens something in place (an inline form, a date picker): when it
 * opens, focus moves to its first field; when it closes, back to the button that opened it.
 * Without this, focus falls to the page body once the opener or the form leaves the DOM,
 * and a keyboard or screen-reader user has to start again from the top.
 */
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The first element of `root` that takes keyboard focus, if any. */
export function firstFocusable(root: ParentNode | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}

export interface DisclosureFocus<O extends HTMLElement, P extends HTMLElement> {
  /** On the button that opens (rendered again once closed). */
  readonly openerRef: RefObject<O | null>;
  /** On the element that opens; its first focusable element takes focus. */
  readonly panelRef: RefObject<P | null>;
}

/**
 * Moves focus on each change of `open` (not on the first render, so a panel shown from the
 * start steals nothing). A panel closed because its work took the user elsewhere leaves no
 * opener to return to, and focus is left to the new screen.
 */
export function useDisclosureFocus<O extends HTMLElement, P extends HTMLElement>(
  open: boolean
): DisclosureFocus<O, P> {
  const openerRef = useRef<O | null>(null);
  const panelRef = useRef<P | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current === open) return;
    wasOpen.current = open;
    if (open) firstFocusable(panelRef.current)?.focus();
    else openerRef.current?.focus();
  }, [open]);
  return { openerRef, panelRef };
}
