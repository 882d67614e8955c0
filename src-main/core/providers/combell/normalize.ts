/**
 * Combell wire rows → the normalized model, so Combell accounts and domains fill the same
 * cache tables (and screens, and expiry alerts) as WHMCS services and domains.
 */
import type { Domain, Service } from '@shared/model';
import { localDate } from '../../time';
import type { AccountDetail, DomainRow } from './schemas';

/** Formats an instant as the calendar date (YYYY-MM-DD) it falls on in one zone. */
export function dateInZone(timeZone: string): (instant: string) => string | null {
  return (instant) => {
    const ms = Date.parse(instant);
    return Number.isNaN(ms) ? null : localDate(ms, timeZone);
  };
}

/**
 * An account with its detail: the pack it runs on is the service's name, its identifier
 * (usually a domain) the service's domain, its add-ons listed with it. Combell bills
 * accounts by the hour, so there is no cycle, due date or recurring amount to show.
 */
export function toService(detail: AccountDetail): Service {
  return {
    id: detail.id,
    name: detail.servicepack.name,
    productId: detail.servicepack.id,
    group: null,
    domain: detail.identifier,
    status: 'active',
    billingCycle: null,
    registeredOn: null,
    nextDueOn: null,
    recurringAmount: null,
    usage: null,
    addons: (detail.addons ?? []).map((a) => ({ id: a.id, name: a.name }))
  };
}

/**
 * A domain row. Combell sends expiry as an instant (`2019-12-23T23:00:00Z` is midnight in
 * Brussels on the 24th), so the date is taken in the reseller's zone. The list has no
 * status: a domain past its expiry date is 'expired', else 'active'.
 */
export function toDomain(
  row: DomainRow,
  ctx: { readonly localDate: (instant: string) => string | null; readonly today: string }
): Domain {
  const name = row.domain_name.toLowerCase();
  const expiresOn = row.expiration_date ? ctx.localDate(row.expiration_date) : null;
  return {
    id: name,
    name,
    status: expiresOn !== null && expiresOn < ctx.today ? 'expired' : 'active',
    registeredOn: null,
    expiresOn,
    nextDueOn: null,
    autoRenew: row.will_renew ?? null,
    recurringAmount: null,
    registrar: 'Combell'
  };
}
