import { defaultAlertSettings } from '@main/core/alerts';
import { addCalendarDays } from '@main/core/time';
import type { AlertDomain, AlertSettings } from '@main/core/alerts';

/** 2026-11-22 11:00 in Brussels (CET, UTC+1): a plain weekday far from any DST change. */
export const NOW = Date.parse('2026-11-22T10:00:00Z');
/** The Brussels local date of {@link NOW}. */
export const TODAY = '2026-11-22';

/** A domain expiring `days` calendar days after {@link TODAY}, active, auto-renew off. */
export function domainExpiringIn(days: number, overrides: Partial<AlertDomain> = {}): AlertDomain {
  return {
    id: 'd1',
    name: 'example.com',
    status: 'active',
    expiresOn: addCalendarDays(TODAY, days),
    nextDueOn: null,
    autoRenew: false,
    ...overrides
  };
}

/** Default settings with some fields replaced. */
export function settingsWith(overrides: Partial<AlertSettings> = {}): AlertSettings {
  return { ...defaultAlertSettings, ...overrides };
}
