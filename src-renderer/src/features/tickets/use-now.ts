/**
 * The current time, refreshed on an interval, so "2 h ago" keeps up while the page stays open
 * without reading the clock during render.
 */
import { useEffect, useState } from 'react';

/** Epoch milliseconds, updated every `intervalMs`. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
