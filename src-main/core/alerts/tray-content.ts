import type { DomainView } from '@shared/contract';
import type { Target } from '@shared/model/target';

/**
 * What the tray shows, decided as facts from the app's own reads: the open alert count, the
 * unread tickets, whether notifications are paused, and the soonest expiring domains. The
 * tray (platform/tray.ts) writes these in the chosen language.
 */

/** What the tray needs of a domain: a `domains:list` row's id, name and days left. */
export type TrayDomain = Pick<DomainView, 'id' | 'name' | 'daysLeft'>;

/** One entry of the tray's "Expiring soon" list. */
export interface TrayExpiring {
  readonly domain: string;
  /** Whole local days until expiry; 0 expires today. */
  readonly daysLeft: number;
  /** The domain's page, opened by a click on the entry. */
  readonly target: Extract<Target, { kind: 'domain' }>;
}

export interface TrayContent {
  readonly openAlerts: number;
  /** Tickets with a staff reply not yet opened. */
  readonly unreadTickets: number;
  readonly notificationsPaused: boolean;
  /** Live domains, soonest expiry first. */
  readonly soonest: readonly TrayExpiring[];
}

/** How many domains the tray lists. */
export const TRAY_EXPIRING_LIMIT = 5;

/** The tray's "Expiring soon" list: live domains, soonest first, at most `limit`. */
export function soonestExpiring(
  domains: readonly TrayDomain[],
  limit = TRAY_EXPIRING_LIMIT
): TrayExpiring[] {
  return domains
    .flatMap((d) =>
      d.daysLeft !== null && d.daysLeft >= 0
        ? [{ domain: d.name, daysLeft: d.daysLeft, target: { kind: 'domain' as const, id: d.id } }]
        : []
    )
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .slice(0, limit);
}

/** The app's reads the tray is made of; null for a read that failed (no profile yet). */
export interface TrayReads {
  readonly openAlerts: number | null;
  readonly domains: readonly TrayDomain[] | null;
  readonly unreadTickets: number | null;
  readonly notificationsPaused: boolean | null;
}

/** The tray's content: a failed read leaves its part empty rather than the tray stale. */
export function trayContent(reads: TrayReads): TrayContent {
  return {
    openAlerts: reads.openAlerts ?? 0,
    unreadTickets: reads.unreadTickets ?? 0,
    notificationsPaused: reads.notificationsPaused ?? false,
    soonest: reads.domains === null ? [] : soonestExpiring(reads.domains)
  };
}
