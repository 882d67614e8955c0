/** Where a WHMCS client renews its domains: the client area's renewal page, vetted. */
import { vetExternalUrl } from '../security/external-url';

/** The WHMCS client-area page listing the client's domains due for renewal. */
const RENEWAL_PAGE = 'cart.php?gid=renewals';

/** The provider's renewal page for a profile base URL, or why it cannot be opened. */
export function renewalPageUrl(
  baseUrl: string
): { ok: true; url: string } | { ok: false; reason: string } {
  let url: string;
  try {
    // The base URL may or may not end in "/"; WHMCS pages live directly under it.
    url = new URL(RENEWAL_PAGE, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  } catch {
    return { ok: false, reason: `The provider address "${baseUrl}" is not a valid URL.` };
  }
  const vetted = vetExternalUrl(url);
  if (!vetted.ok) return vetted;
  if (!vetted.url.startsWith('https:'))
    return { ok: false, reason: 'Only https pages are opened.' };
  return vetted;
}
