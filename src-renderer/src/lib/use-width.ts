/**
 * The width of an element, for a chart drawn at a measured size (recharts' own container
 * measures itself after drawing, so it draws twice).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The width of the element `ref` is set on, followed with ResizeObserver where there is one (0 until measured). */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
