import { isThresholdStatus } from './domain-alerts';
import { addCalendarDays, calendarDayNumber, daysLeft, startOfLocalDay } from '../time';
import { thresholdsFor } from './settings';
import type { AlertDomain, AlertSettings } from './types';

/**
 * The local date on which this domain's stage next changes by itself, or `null` if only a
 * new sync can change it. With `d` days left the stage is the smallest threshold `>= d`, so
 * it changes on the day `d` reaches the largest threshold below today's `d`, or, when there
 * is none, on the day after expiry.
 */
function nextCrossingDate(
  domain: AlertDomain,
  settings: AlertSettings,
  now: number
): string | null {
  if (domain.expiresOn === null || !isThresholdStatus(domain.status)) return null;
  const days = daysLeft(domain.expiresOn, now, settings.timeZone) ?? -1;
  if (days < 0) return null; // already flagged expired
  const lower = thresholdsFor(domain, settings)
    .filter((t) => t < days)
    .at(-1);
  return lower === undefined
    ? addCalendarDays(domain.expiresOn, 1)
    : addCalendarDays(domain.expiresOn, -lower);
}

/**
 * The next instant (epoch ms, the start of a local day in the reseller's zone) at which any
 * domain moves to another threshold or expires, so the app can schedule one re-evaluation
 * instead of polling. `null` when no domain will change without a new sync.
 */
export function nextThresholdCrossing(
  domains: readonly AlertDomain[],
  settings: AlertSettings,
  now: number
): number | null {
  let earliest: string | null = null;
  for (const domain of domains) {
    const date = nextCrossingDate(domain, settings, now);
    if (
      date !== null &&
      (earliest === null || calendarDayNumber(date) < calendarDayNumber(earliest))
    )
      earliest = date;
  }
  return earliest === null ? null : startOfLocalDay(earliest, settings.timeZone);
}
