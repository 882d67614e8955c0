/**
 * Time formatting for the UI edge. Pure: `now` is always a parameter.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "2 days ago" — short enough for a status bar. */
export function formatRelativeTime(instantMs: number, nowMs: number): string {
  const elapsed = Math.max(0, nowMs - instantMs);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** A readable date and time in the reseller's zone (or the system's when none is known). */
export function formatDateTime(instantMs: number, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone
    }).format(instantMs);
  } catch {
    // An unknown zone must not break the status bar; the settings form reports it.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      instantMs
    );
  }
}
