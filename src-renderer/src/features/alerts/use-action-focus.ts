/**
 * Keeps keyboard focus in the alert centre when an action moves or removes its alert: a
 * snoozed alert moves to the "Snoozed" group (a new element), an acknowledged one leaves the
 * list, and either way the button that was pressed is gone. Focus goes to the alert where it
 * now is, else to the alert that took its place, else to the summary, instead of the body.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { AlertView } from '@shared/contract';

interface Pending {
  readonly key: string;
  readonly snoozed: boolean;
  /** Its position among the items when the action was sent. */
  readonly index: number;
}

export interface ActionFocus {
  /** On the page root: where items and the summary are looked up. */
  readonly pageRef: RefObject<HTMLDivElement | null>;
  /** Call as an action on `alert` is sent. */
  readonly acting: (alert: AlertView) => void;
}

const ITEM = '[data-testid="alert-item"]';

/** `alerts` is the list on screen; each new list is checked against the pending action. */
export function useActionFocus(alerts: readonly AlertView[] | undefined): ActionFocus {
  const pageRef = useRef<HTMLDivElement | null>(null);
  const pending = useRef<Pending | null>(null);

  useEffect(() => {
    const action = pending.current;
    const root = pageRef.current;
    if (!action || !alerts || !root) return;
    const now = alerts.find((alert) => alert.key === action.key);
    if (now && now.snoozed === action.snoozed) return; // not in this list yet
    pending.current = null;
    // Only where focus was lost with the pressed button; a user who moved on keeps their place.
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const items = Array.from(root.querySelectorAll<HTMLElement>(ITEM));
    const target =
      items.find((item) => item.dataset['alertKey'] === action.key) ??
      items[Math.min(action.index, items.length - 1)] ??
      root.querySelector<HTMLElement>('[data-testid="alerts-summary"]');
    target?.focus();
  }, [alerts]);

  const acting = (alert: AlertView): void => {
    const items = Array.from(pageRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? []);
    pending.current = {
      key: alert.key,
      snoozed: alert.snoozed,
      index: Math.max(
        0,
        items.findIndex((item) => item.dataset['alertKey'] === alert.key)
      )
    };
  };
  return { pageRef, acting };
}
