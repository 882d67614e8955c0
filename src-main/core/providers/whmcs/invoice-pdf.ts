/**
 * Invoice PDFs. WHMCS has no API command for them: the PDF is the client-area page
 * dl.php?type=i&id=N behind a client session. We ask CreateSsoToken for a one-time login
 * that redirects to that page, take the session cookie from the 302, and fetch the PDF with
 * it. Redirects are followed by hand (the Http port never follows them) and only within the
 * provider's own origin, so the session cookie never leaves it.
 */
import type { Clock, Http, HttpResponse } from '../../ports';
import type { ResilientRequest } from '../../http/resilient-http';
import type { InvoicePdf } from '../provider';
import { ProtocolError, ProviderError } from '../errors';
import type { ClassicClient } from './classic-client';
import { withTrailingSlash } from './classic-client';
import { statusError } from './reply';
import { ssoTokenSchema } from './schemas';

const MAX_REDIRECTS = 5;

/** Downloads invoice `invoiceId` of client `clientId` (undefined: the token's own client). */
export async function downloadInvoicePdf(
  deps: {
    readonly baseUrl: string;
    readonly http: Http;
    readonly clock: Clock;
    readonly classic: ClassicClient;
  },
  clientId: string | undefined,
  invoiceId: string,
  signal?: AbortSignal
): Promise<InvoicePdf> {
  if (!/^\d+$/.test(invoiceId)) throw new ProviderError(`Invoice id "${invoiceId}" is not numeric`);
  const sso = await deps.classic.call(
    'CreateSsoToken',
    {
      client_id: clientId,
      destination: 'sso:custom_redirect',
      sso_redirect_path: `dl.php?type=i&id=${invoiceId}`
    },
    ssoTokenSchema,
    // A token is single use: replaying the call is harmless but pointless, keep it simple.
    { idempotent: false, signal }
  );
  const base = new URL(withTrailingSlash(deps.baseUrl));
  const cookies = new Map<string, string>();
  let url = resolveSameOrigin(sso.redirect_url, base, 'single sign-on URL');
  let response: HttpResponse | null = null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const headers: Record<string, string> = { accept: 'application/pdf' };
    if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const request: ResilientRequest = {
      url: url.toString(),
      method: 'GET',
      headers,
      signal,
      // The first hop spends the single-use token; only later hops are safe to repeat.
      idempotent: hop > 0
    };
    response = await deps.http.send(request);
    collectCookies(response.headers['set-cookie'], cookies);
    if (response.status < 300 || response.status >= 400) break;
    const location = response.headers.location;
    if (location === undefined)
      throw new ProtocolError(`Redirect (HTTP ${response.status}) without a Location header`);
    url = resolveSameOrigin(location, base, 'redirect');
    response = null;
  }
  if (response === null)
    throw new ProtocolError('Too many redirects while downloading the invoice PDF');
  const failure = statusError(response, deps.clock.now(), null);
  if (failure) throw failure;
  const type = (response.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('text/html')) {
    throw new ProviderError(
      `Single sign-on to the client area failed: the provider sent a web page instead of invoice ${invoiceId}'s PDF`
    );
  }
  if (!type.includes('application/pdf') && !startsWithPdfMagic(response.body)) {
    throw new ProtocolError(
      `Invoice ${invoiceId} download is not a PDF (${type || 'no content type'})`
    );
  }
  return {
    bytes: response.body,
    filename: filenameOf(response.headers['content-disposition']) ?? `invoice-${invoiceId}.pdf`
  };
}

/** Relative locations resolve against the provider's base URL; other origins are refused. */
function resolveSameOrigin(location: string, base: URL, what: string): URL {
  let target: URL;
  try {
    target = new URL(location, base);
  } catch {
    throw new ProtocolError(`Unreadable ${what}: ${location}`);
  }
  if (target.origin !== base.origin) {
    throw new ProtocolError(
      `The ${what} points to another site (${target.origin}); refusing to send the session there`
    );
  }
  return target;
}

/** Keeps name=value of each Set-Cookie line (the Http port joins several with "\n"). */
function collectCookies(header: string | undefined, into: Map<string, string>): void {
  if (header === undefined) return;
  for (const line of header.split('\n')) {
    const pair = line.split(';', 1)[0]?.trim() ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) into.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
}

function filenameOf(disposition: string | undefined): string | null {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  const name = match?.[1] ? decodeURIComponentSafe(match[1]).replace(/[\\/]/g, '_') : null;
  return name && name.trim() !== '' ? name : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
