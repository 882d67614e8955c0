/**
 * Hostdeck's own hourly image of a Combell reseller account (issue 14, payu spec §3.1): the
 * accounts and add-ons present in one hour slot, each with its pack. Combell's API has no
 * usage data, so each sync records this image for the slot it runs in. Prices are not part
 * of the image: they come from the profile's price list when a month is computed.
 */
import type { Service } from '@shared/model';
import { hourOfInstant, isoFromHour } from '../../time';

/** One resource present in the slot (payu spec §3.1 item, without the price). */
export interface ImageItem {
  readonly resourceId: string;
  readonly kind: 'account' | 'addon';
  /** The account an add-on belongs to; null for accounts. */
  readonly parentAccountId: string | null;
  /** Service-pack name for an account, add-on name for an add-on (what prices are keyed by). */
  readonly pack: string;
}

export interface HourlyImage {
  /** Start of the hour slot, ISO `…:00:00Z`. */
  readonly ts: string;
  readonly items: readonly ImageItem[];
}

/** The slot an instant falls in, as the ISO instant of its start. */
export function hourSlotOf(nowMs: number): string {
  return isoFromHour(hourOfInstant(nowMs));
}

/**
 * The image of the synced accounts at `nowMs`. An add-on's id is its account's id plus the
 * add-on id (`1001/addon/501`), numbered when the same add-on appears twice on one account,
 * so the same add-on keeps its identity from hour to hour.
 */
export function hourlyImage(accounts: readonly Service[], nowMs: number): HourlyImage {
  const items: ImageItem[] = [];
  for (const account of [...accounts].sort((a, b) => a.id.localeCompare(b.id))) {
    items.push({
      resourceId: account.id,
      kind: 'account',
      parentAccountId: null,
      pack: account.name
    });
    const seen = new Map<string, number>();
    for (const addon of account.addons ?? []) {
      const count = (seen.get(addon.id) ?? 0) + 1;
      seen.set(addon.id, count);
      items.push({
        resourceId: `${account.id}/addon/${addon.id}${count > 1 ? `#${count}` : ''}`,
        kind: 'addon',
        parentAccountId: account.id,
        pack: addon.name
      });
    }
  }
  return { ts: hourSlotOf(nowMs), items };
}
