/**
 * The one rule for provider addresses: credentials go over https. Plain http is accepted only
 * for this computer (the loopback range, ::1 and localhost), where the demo provider and
 * tests run, because nothing leaves the machine there.
 */

/** What the user reads when an http:// address is refused. */
export const CLEARTEXT_URL_MESSAGE =
  'Use the https:// address: over http:// your credentials would travel in clear text ' +
  '(http:// is accepted only for this computer: localhost, 127.0.0.1 or ::1).';

/** True for localhost, 127.0.0.0/8 and ::1 as the WHATWG URL parser spells them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)
  );
}

/**
 * Why a provider URL must not be used, or null when it may: http:// away from loopback
 * would send the secret in clear text. Anything that is not a URL is left to the caller's
 * own parsing.
 */
export function cleartextUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)
    ? CLEARTEXT_URL_MESSAGE
    : null;
}
