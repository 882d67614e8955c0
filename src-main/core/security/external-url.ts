/**
 * The one rule for links that leave the app. Ticket bodies and provider-supplied URLs are
 * untrusted: only https and mailto pass, after a real URL parse, and never with credentials
 * embedded. Every path that opens a link (IPC, window-open handler, menus) calls this.
 */
export type VettedUrl =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

/** Accepts only well-formed https: (no user:pass@) and mailto: URLs. */
export function vetExternalUrl(candidate: string): VettedUrl {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, reason: 'Not a valid URL.' };
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.includes('@')
      ? { ok: true, url: parsed.href }
      : { ok: false, reason: 'The e-mail link has no address.' };
  }
  if (parsed.protocol !== 'https:')
    return { ok: false, reason: `Links using ${parsed.protocol} are not opened.` };
  if (parsed.username || parsed.password)
    return { ok: false, reason: 'Links with embedded credentials are not opened.' };
  if (!parsed.hostname) return { ok: false, reason: 'The link has no host.' };
  return { ok: true, url: parsed.href };
}
