/**
 * The web shell's HTTP server: the contract over `POST /rpc/<channel>`, events over
 * server-sent events at `/events`, and the built renderer as static files. It binds to
 * 127.0.0.1 only and requires a random per-run token, so another user or a web page cannot
 * drive it. The printed link's `?token=` is traded for a cookie on first load and the
 * browser is redirected to the clean URL; every later request authenticates by that cookie
 * (see ./access). Requests without it, with a foreign Host header (DNS rebinding) or a
 * foreign Origin are refused with a clear error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractEventName, ContractEventPayload } from '@shared/contract';
import type { AppError, Result } from '@shared/result';
import type { EventSink, Logger } from '../core/ports';
import {
  headerValue,
  isAuthorised,
  isLoopbackHost,
  isOwnOrigin,
  MISSING_TOKEN_CSP,
  isCrossSiteNavigation,
  missingTokenPage,
  TOKEN_PARAM,
  tokenCookie,
  tokenMatches,
  withoutToken
} from './access';
import { serveStatic } from './static-files';

export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Ticket writes carry their attachments as base64: five files of 2 MiB are about 13.4 MiB
 * of JSON, so these channels alone may send up to 16 MiB.
 */
const ATTACHMENT_BODY_BYTES = 16 * 1024 * 1024;
const ATTACHMENT_CHANNELS: ReadonlySet<string> = new Set(['tickets:reply', 'tickets:open']);

export interface WebServerOptions {
  readonly token: string;
  readonly host?: string;
  readonly port?: number;
  /** Directory of the built renderer (out/renderer); null serves no pages (API only). */
  readonly staticDir: string | null;
  /** Runs one contract call (dispatch from core). */
  readonly call: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** Where failures of the server itself are recorded (a file that cannot be read…). */
  readonly logger?: Logger;
}

export interface WebServer {
  readonly url: string;
  readonly port: number;
  /** The EventSink port: pushes events to every open /events stream. */
  readonly events: EventSink;
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const streams = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger?.log('error', 'web shell request failed', {
        path: req.url?.split('?')[0],
        error: error instanceof Error ? error.message : String(error)
      });
      if (!res.headersSent)
        sendEnvelope(res, 500, { kind: 'internal', message: 'The local server failed to answer.' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    if (!isLoopbackHost(req.headers.host, port)) {
      return sendEnvelope(res, 403, {
        kind: 'forbidden',
        message: `Refused: Hostdeck only answers requests addressed to 127.0.0.1:${port} or localhost:${port} (got Host "${req.headers.host ?? ''}").`
      });
    }
    const origin = headerValue(req.headers.origin);
    if (origin && !isOwnOrigin(origin, port)) {
      return sendEnvelope(res, 403, {
        kind: 'forbidden',
        message: `Refused: requests from ${origin} are not allowed.`
      });
    }
    const url = new URL(req.url ?? '/', `http://${host}:${port}`);
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      return sendEnvelope(res, 400, {
        kind: 'invalid-input',
        message: 'The address contains a malformed % escape.'
      });
    }
    if (pathname.startsWith('/rpc/')) return handleRpc(req, res, pathname);
    if (pathname === '/events') return handleEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendEnvelope(res, 405, { kind: 'invalid-input', message: 'Method not allowed.' });
    if (url.searchParams.has(TOKEN_PARAM)) return exchangeToken(req, res, url);
    if (!isAuthorised(req, options.token, port)) return sendMissingTokenPage(req, res);
    if (!options.staticDir)
      return sendEnvelope(res, 404, {
        kind: 'not-found',
        message: 'No renderer build is being served.'
      });
    return serveStatic(options.staticDir, url.pathname, req, res, (file, error) =>
      options.logger?.log('error', 'web shell could not read a static file', {
        file,
        error: error instanceof Error ? error.message : String(error)
      })
    );
  }

  /** The printed link: trade its token for the cookie and go to the same page without it. */
  function exchangeToken(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get(TOKEN_PARAM) ?? '', options.token))
      return sendMissingTokenPage(req, res);
    res.writeHead(303, {
      Location: withoutToken(url),
      'Set-Cookie': tokenCookie(options.token, port),
      'Cache-Control': 'no-store'
    });
    res.end();
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST')
      return sendEnvelope(res, 405, { kind: 'invalid-input', message: 'Use POST for /rpc calls.' });
    if (!isAuthorised(req, options.token, port)) {
      return sendEnvelope(res, 401, {
        kind: 'auth',
        message:
          'Missing or wrong access token. Open Hostdeck with the link printed by `npm run web`.'
      });
    }
    if (
      !(headerValue(req.headers['content-type']) ?? '').toLowerCase().startsWith('application/json')
    ) {
      return sendEnvelope(res, 415, {
        kind: 'invalid-input',
        message: 'Send the request body as application/json.'
      });
    }
    const cap = ATTACHMENT_CHANNELS.has(path.slice('/rpc/'.length))
      ? ATTACHMENT_BODY_BYTES
      : MAX_BODY_BYTES;
    const body = await readBody(req, cap);
    if (body === null) return refuseOversizedBody(req, res, cap);
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendEnvelope(res, 400, {
        kind: 'invalid-input',
        message: 'The request body is not valid JSON.'
      });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return sendEnvelope(res, 400, {
        kind: 'invalid-input',
        message: 'The request body must be a JSON object like {"input": …}.'
      });
    }
    const channel = path.slice('/rpc/'.length);
    const result = await options.call(channel, (parsed as { input?: unknown }).input);
    const status =
      !result.ok &&
      result.error.kind === 'not-found' &&
      result.error.message.startsWith('Unknown channel')
        ? 404
        : 200;
    sendJson(res, status, result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET')
      return sendEnvelope(res, 405, { kind: 'invalid-input', message: 'Use GET for /events.' });
    if (!isAuthorised(req, options.token, port)) {
      return sendEnvelope(res, 401, {
        kind: 'auth',
        message: 'Missing or wrong access token for the event stream.'
      });
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  }

  const events: EventSink = {
    emit<E extends ContractEventName>(event: E, payload: ContractEventPayload<E>) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', WEB_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/**
 * Reads a body of at most `limit` bytes. Past the limit it stops reading at once and resolves
 * null (a declared Content-Length over the limit is refused before reading anything), so a
 * huge upload costs no more than the limit.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(headerValue(req.headers['content-length']));
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve(null);
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
    // A client that hangs up mid-body: settle, so the handler does not wait forever.
    req.on('close', () => {
      if (!req.complete) reject(new Error('The client closed the connection mid-request.'));
    });
  });
}

/** 413, then the connection is closed so the rest of the body is never read. */
function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, cap: number): void {
  res.setHeader('Connection', 'close');
  res.once('finish', () => req.destroy());
  sendEnvelope(res, 413, {
    kind: 'invalid-input',
    message: `The request body is too large (the limit is ${cap} bytes).`
  });
}

/** The path with its % escapes decoded, or null when one is malformed. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function sendMissingTokenPage(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(401, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': MISSING_TOKEN_CSP,
    'Cache-Control': 'no-store'
  });
  res.end(
    missingTokenPage({
      retry: isCrossSiteNavigation(req),
      acceptLanguage: headerValue(req.headers['accept-language'])
    })
  );
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store'
  });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, status: number, error: AppError): void {
  sendJson(res, status, { ok: false, error });
}
