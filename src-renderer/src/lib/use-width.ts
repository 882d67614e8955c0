/**
 * The width of an element, for a chart drawn at a measured size (recharts' own container
 * measures itself after drawing, so it draws twice), or a table that leaves columns out when
 * narrow (measured before the first paint, so it is never drawn first with columns it drops).
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Reports `element`'s width now and on every resize; returns the cleanup. */
function followWidth(
  element: HTMLElement | null,
  setWidth: (width: number) => void
): (() => void) | undefined {
  if (!element) return undefined;
  setWidth(element.clientWidth);
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
  observer.observe(element);
  return () => observer.disconnect();
}

/** The width of the element `ref` is set on, followed with ResizeObserver where there is one (0 until measured). */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => followWidth(ref.current, setWidth), []);
  return [ref, width];
}

/** useWidth, measured before the browser paints (a layout effect). */
export function useWidthBeforePaint<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => followWidth(ref.current, setWidth), []);
  return [ref, width];
}
