/**
 * Serves the built renderer from `app://hostdeck/…` instead of file:// (which grants extra
 * privileges and lets an XSS read local files). Every response carries a strict CSP, and a
 * request can never resolve outside the renderer directory.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElectronProtocol } from './electron-types';
import { APP_HOST, APP_SCHEME } from './origin';

/** The Content-Security-Policy of every page served under the app scheme. */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
};

/** The MIME type for a file name; unknown types are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers `app:` as a standard, secure scheme with fetch support. Electron only accepts
 * this before the app is ready, so the composition root calls it at module load.
 */
export function registerAppScheme(
  protocol: Pick<ElectronProtocol, 'registerSchemesAsPrivileged'>
): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ]);
}

/**
 * Maps an `app://hostdeck/…` request URL to a file inside `root`, or null when it must be
 * refused: another scheme or host, an undecodable path, NUL bytes or backslashes, any `..`
 * segment (including percent-encoded `..%2f`, which URL parsing leaves alone), or a result
 * outside `root`. `/` and extensionless client routes resolve to `index.html`.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const last = segments.at(-1);
  const relative =
    last === undefined || path.extname(last) === '' ? 'index.html' : segments.join('/');
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  // Belt and braces: the segment check above should make this unreachable.
  const fromRoot = path.relative(base, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

/** Reads one file; injectable so the handler can be tested without a disk layout. */
export type AssetReader = (filePath: string) => Promise<Uint8Array>;

/** Headers on every response, including errors, so even a 404 page cannot run script. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache'
  });
}

/** Builds the request handler for the app scheme (GET/HEAD only, 404 on anything refused). */
export function createAppProtocolHandler(
  root: string,
  read: AssetReader = (filePath) => readFile(filePath)
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', {
        status: 405,
        headers: baseHeaders('text/plain; charset=utf-8')
      });
    }
    const filePath = resolveAppAsset(root, request.url);
    if (filePath === null) return notFound();
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
      status: 200,
      headers: baseHeaders(contentTypeFor(filePath))
    });
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: baseHeaders('text/plain; charset=utf-8')
  });
}

/** Serves the built renderer directory on the app scheme (after `ready`). */
export function serveAppProtocol(protocol: Pick<ElectronProtocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
