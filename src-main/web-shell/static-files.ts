/**
 * Serves the built renderer. Paths are resolved inside the root only (encoded `..` included),
 * and unknown paths without an extension fall back to index.html.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8'
};

/** Maps a URL path to a file inside `root`, or null when it would escape it. */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + normalize('/' + decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  return target;
}

/**
 * Answers one static file, or the SPA index for route-like paths. The file is read whole
 * before the status line goes out (the renderer's files are small), so a file that cannot be
 * read answers 500 instead of a broken 200 or an unhandled stream error.
 */
export async function serveStatic(
  root: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  onReadError: (file: string, error: unknown) => void = () => undefined
): Promise<void> {
  let file = resolveStaticPath(root, pathname === '/' ? '/index.html' : pathname);
  if (!file) return sendText(res, 404, 'Not found');
  let info = await statOrNull(file);
  if ((!info || !info.isFile()) && extname(pathname) === '') {
    file = join(resolve(root), 'index.html');
    info = await statOrNull(file);
  }
  if (!info || !info.isFile()) return sendText(res, 404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    onReadError(file, error);
    return sendText(res, 500, 'Hostdeck could not read this file.');
  }
  const hashedAsset = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    'Cache-Control': hashedAsset ? 'private, max-age=31536000, immutable' : 'no-cache'
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store'
  });
  res.end(text);
}
