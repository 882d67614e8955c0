/**
 * Origins of the app's own pages. The UI is served from `app://hostdeck` in production and
 * from electron-vite's dev server in development; everything else is foreign.
 */

/** The custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
/** The single host under the app scheme. */
export const APP_HOST = 'hostdeck';
/** The production origin of every Hostdeck page. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the production renderer entry lives. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. WHATWG `URL.origin` is
 * the string "null" for non-special schemes such as `app:`, so it cannot be compared; this
 * rebuilds the tuple from the parsed parts instead (never by string prefix, which
 * `https://hostdeck.attacker.example` would defeat).
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The origins the app's own pages may have: production, plus the dev server when given. */
export function appOrigins(devServerUrl?: string): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** True when `url` parses and belongs to one of `allowed`. */
export function isAllowedOrigin(url: string, allowed: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowed.includes(origin);
}
