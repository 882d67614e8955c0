/**
 * Who may talk to the web shell. The printed link carries the per-run token once; the server
 * trades it for an HttpOnly, SameSite=Strict cookie and redirects to the clean URL, so the
 * token stays out of the browser's history, bookmarks and page scripts. Every later request
 * authenticates by that cookie (scripts may send the token in an `X-Hostdeck-Token` header
 * instead), and must be addressed to loopback (DNS rebinding) from our own origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '@shared/i18n/create-i18n';
import { localeFor, resolveLanguage, type Language } from '@shared/i18n/languages';

/** The query parameter of the printed link. */
export const TOKEN_PARAM = 'token';

/**
 * The cookie's name. Cookies are shared by every port of a host, so two web shells running
 * side by side (or a restart on another port) must not overwrite each other's cookie.
 */
export function tokenCookieName(port: number): string {
  return `hostdeck-token-${port}`;
}

/** The Set-Cookie value: for this server only, never readable by scripts, never cross-site. */
export function tokenCookie(token: string, port: number): string {
  // No Max-Age: a session cookie, gone with the browser session; the token changes per run.
  return `${tokenCookieName(port)}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`;
}

/** True when the request carries the token in our cookie or in the X-Hostdeck-Token header. */
export function isAuthorised(req: IncomingMessage, token: string, port: number): boolean {
  const header = headerValue(req.headers['x-hostdeck-token']);
  if (header !== undefined && tokenMatches(header, token)) return true;
  const cookie = readCookie(headerValue(req.headers.cookie), tokenCookieName(port));
  return cookie !== undefined && tokenMatches(cookie, token);
}

/** One cookie's raw value from a Cookie header, decoded; undefined when absent or unreadable. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Constant-time comparison of a presented token with the run's token. */
export function tokenMatches(candidate: string, token: string): boolean {
  if (candidate === '') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The same address without its token parameter (other parameters and their order kept). */
export function withoutToken(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(TOKEN_PARAM);
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** True for Host headers naming the loopback address on our port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** True for our own origin, under any of the loopback names. */
export function isOwnOrigin(origin: string, port: number): boolean {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(
    origin.toLowerCase()
  );
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const MISSING_TOKEN_STYLE =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f4f5f7;color:#1d2330}' +
  'main{min-height:100vh;display:grid;place-items:center;padding:1rem}' +
  '.card{max-width:34rem;background:#fff;border:1px solid #d9dce3;border-radius:8px;padding:1.5rem 2rem}' +
  'h1{font-size:1.4rem;margin:0 0 .75rem}.muted{color:#596273}' +
  '@media (prefers-color-scheme:dark){body{background:#15181e;color:#e6e8ec}' +
  '.card{background:#1e222a;border-color:#353b47}.muted{color:#a3abb9}}';

/** The page's own CSP: nothing but its inline style, allowed by hash. */
export const MISSING_TOKEN_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256')
  .update(MISSING_TOKEN_STYLE)
  .digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * True for a top-level navigation another site started (a link to the printed URL clicked
 * in a web mail or chat). The browser withholds a SameSite=Strict cookie from every request
 * of such a navigation, redirects included, so the page it gets must ask once more, itself.
 */
export function isCrossSiteNavigation(req: IncomingMessage): boolean {
  return (
    headerValue(req.headers['sec-fetch-site']) === 'cross-site' &&
    headerValue(req.headers['sec-fetch-mode']) === 'navigate'
  );
}

/** The languages a browser asks for, most preferred first (Accept-Language, q-values honoured). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page a browser gets without a valid cookie or link, in the browser's language (its
 * Accept-Language). The app's scripts are not served without the token, so this is plain
 * HTML; it says what the renderer's own missing-token page says, from the same catalog, and
 * carries the same readiness markers. With `retry`, it reloads itself once: that reload is
 * our own page's navigation, so the browser sends the cookie if it has one (and the answer to
 * it, if it has none, does not retry again).
 */
export function missingTokenPage(options: {
  readonly retry: boolean;
  readonly acceptLanguage?: string | undefined;
}): string {
  const preferred = acceptedLanguages(options.acceptLanguage);
  const language = resolveLanguage('system', preferred);
  const { t } = translatorFor(language);
  const title = escapeHtml(t('app:missingToken.title'));
  return `<!doctype html>
<html lang="${escapeHtml(localeFor(language, preferred))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>${options.retry ? '\n<meta http-equiv="refresh" content="0">' : ''}
<style>${MISSING_TOKEN_STYLE}</style>
</head>
<body>
<div id="root" data-view-state="error">
<main data-page="missing-token" data-view-state="error">
<div class="card" role="alert">
<h1>${title}</h1>
<p>${escapeHtml(t('app:missingToken.open'))} <code>npm run web</code> ${escapeHtml(t('app:missingToken.openAfter'))}</p>
<p class="muted">${escapeHtml(t('app:missingToken.why'))}</p>
</div>
</main>
</div>
</body>
</html>
`;
}

const translators = new Map<Language, I18n>();

/** One i18next instance per language, made on first use. */
function translatorFor(language: Language): I18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = createI18n(language);
    translators.set(language, instance);
  }
  return instance;
}
