/**
 * One-time links into the WHMCS client area: CreateSsoToken with `sso:custom_redirect`
 * lands a logged-in browser on the invoice's payment page (viewinvoice.php) or on the
 * service's page with its control-panel single sign-on (clientarea.php … dosinglesignon=1).
 * The token is single use and valid about a minute, so a link is made per click.
 */
import type { ClientAreaTarget } from '../provider';
import { ProtocolError, ValidationError } from '../errors';
import type { ClassicClient } from './classic-client';
import { withTrailingSlash } from './classic-client';
import { ssoTokenSchema } from './schemas';

/** The client-area path a target lands on. */
export function clientAreaPath(target: ClientAreaTarget): string {
  const id = target.kind === 'invoice-payment' ? target.invoiceId : target.serviceId;
  if (!/^\d+$/.test(id)) throw new ValidationError(`"${id}" is not a WHMCS id`);
  return target.kind === 'invoice-payment'
    ? `viewinvoice.php?id=${id}`
    : `clientarea.php?action=productdetails&id=${id}&dosinglesignon=1`;
}

/** Asks for a single sign-on link of client `clientId` to `target`, on the provider's own site. */
export async function createClientAreaLink(
  deps: { readonly baseUrl: string; readonly classic: ClassicClient },
  clientId: string | undefined,
  target: ClientAreaTarget,
  signal?: AbortSignal
): Promise<string> {
  const sso = await deps.classic.call(
    'CreateSsoToken',
    {
      client_id: clientId,
      destination: 'sso:custom_redirect',
      sso_redirect_path: clientAreaPath(target)
    },
    ssoTokenSchema,
    { idempotent: false, signal }
  );
  const base = new URL(withTrailingSlash(deps.baseUrl));
  let link: URL;
  try {
    link = new URL(sso.redirect_url, base);
  } catch {
    throw new ProtocolError('The provider answered an unreadable single sign-on link');
  }
  // Only the provider's own site: the link carries a login token.
  if (link.origin !== base.origin)
    throw new ProtocolError(`The single sign-on link points to another site (${link.origin})`);
  return link.href;
}
