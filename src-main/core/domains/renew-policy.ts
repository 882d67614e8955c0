/**
 * How a domain is renewed, decided by what the provider's adapter can do, never by the
 * profile's kind: through the API where the adapter renews (the built-in demo), else on the
 * provider's client-area renewal page (WHMCS), else in the provider's own control panel,
 * which Hostdeck cannot open (Combell).
 */
import type { ProviderCapabilities } from '@shared/model';
import { renewalPageUrl } from './renewal-page';

/** The capabilities the renew policy reads. */
export type RenewCapabilities = Pick<ProviderCapabilities, 'domainRenew' | 'domainRenewalPage'>;

/** The way to renew, or why there is none. */
export type RenewPath =
  /** The adapter renews the domain (then a sync reads the new expiry). */
  | { readonly via: 'api' }
  /** The client area's renewal page, vetted (https, no credentials). */
  | { readonly via: 'renewal-page'; readonly url: string }
  /** Neither the API nor a renewal page: the reseller renews in the provider's panel. */
  | { readonly via: 'control-panel' }
  /** A renewal page, but the profile has no address to find it under. */
  | { readonly via: 'no-address' }
  /** The renewal page's address is refused (not https, credentials in it, not a URL). */
  | { readonly via: 'page-refused'; readonly reason: string };

/** Picks how to renew from the adapter's capabilities and the profile's base URL. */
export function renewPath(
  capabilities: RenewCapabilities,
  baseUrl: string | null | undefined
): RenewPath {
  if (capabilities.domainRenew) return { via: 'api' };
  if (!capabilities.domainRenewalPage) return { via: 'control-panel' };
  if (!baseUrl) return { via: 'no-address' };
  const page = renewalPageUrl(baseUrl);
  return page.ok
    ? { via: 'renewal-page', url: page.url }
    : { via: 'page-refused', reason: page.reason };
}
