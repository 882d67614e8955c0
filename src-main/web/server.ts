/**
 * The web shell's HTTP server: the contract over `POST /rpc/<channel>`, events over
 * server-sent events at `/events`, and the built renderer as static files. It binds to
 * 127.0.0.1 only and requires a random per-run token, so another user or a web page cannot
 * drive it: requests without the token, with a foreign Host header (DNS rebinding) or a
 * foreign Origin are refused with a clear error.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractEventName, ContractEventPayload } from '../../src-shared/contract';
import type { AppError, Result } from '../../src-shared/result';
import type { EventSink } from '../core/ports';
import { serveStatic } from './static-files';

export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY_BYTES = 1024 * 1024;

export interface WebServerOptions {
  readonly token: string;
  readonly host?: string;
  readonly port?: number;
  /** Directory of the built renderer (out/renderer); null serves no pages (API only). */
  readonly staticDir: string | null;
  /** Runs one contract call (dispatch from core). */
  readonly call: (channel: string, input: unknown) => Promise<Result<unknown>>;
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
    handle(req, res).catch(() => {
      if (!res.headersSent)
        sendEnvelope(res, 500, { kind: 'internal', message: 'The local server failed to answer.' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    const url = new URL(req.url ?? '/', `http://${host}:${port}`);
    if (!isLoopbackHost(req.headers.host, port)) {
      return sendEnvelope(res, 403, {
        kind: 'forbidden',
        message: `Refused: Hostdeck only answers requests addressed to 127.0.0.1:${port} or localhost:${port} (got Host "${req.headers.host ?? ''}").`
      });
    }
    if (url.pathname.startsWith('/rpc/')) return handleRpc(req, res, url);
    if (url.pathname === '/events') return handleEvents(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendEnvelope(res, 405, { kind: 'invalid-input', message: 'Method not allowed.' });
    if (!options.staticDir)
      return sendEnvelope(res, 404, {
        kind: 'not-found',
        message: 'No renderer build is being served.'
      });
    return serveStatic(options.staticDir, url.pathname, req, res);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST')
      return sendEnvelope(res, 405, { kind: 'invalid-input', message: 'Use POST for /rpc calls.' });
    if (!tokenMatches(headerValue(req.headers['x-hostdeck-token']), options.token)) {
      return sendEnvelope(res, 401, {
        kind: 'auth',
        message:
          'Missing or wrong access token. Open Hostdeck with the link printed by `npm run web`.'
      });
    }
    const origin = headerValue(req.headers.origin);
    if (origin && !isOwnOrigin(origin, port)) {
      return sendEnvelope(res, 403, {
        kind: 'forbidden',
        message: `Refused: requests from ${origin} are not allowed.`
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
    const body = await readBody(req);
    if (body === null)
      return sendEnvelope(res, 413, {
        kind: 'invalid-input',
        message: 'The request body is too large.'
      });
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
    const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
    const result = await options.call(channel, (parsed as { input?: unknown }).input);
    const status =
      !result.ok &&
      result.error.kind === 'not-found' &&
      result.error.message.startsWith('Unknown channel')
        ? 404
        : 200;
    sendJson(res, status, result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, options.token)) {
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

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** True for Host headers naming the loopback address on our port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

function isOwnOrigin(origin: string, port: number): boolean {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(
    origin.toLowerCase()
  );
}

function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
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
