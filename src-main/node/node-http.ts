/**
 * The Http port over node:http and node:https, usable by both shells. It sends what Node's
 * global fetch sent (the same default headers, gzip, deflate and br replies decoded, idle
 * connections kept for 4 s) without fetch's Request, Headers and WHATWG streams: a full sync
 * makes about 30,000 requests, and fetch cost three to four times this port's CPU on each
 * (about 300-470 µs against 100-140, 4 concurrent POSTs on loopback). Redirects are never followed (the WHMCS
 * invoice-PDF flow needs the 302's Set-Cookie and Location), header names are lower-cased,
 * several headers of one name are joined with ", " as fetch's Headers do, and several
 * Set-Cookie headers with "\n" (a comma would be ambiguous next to cookie Expires dates).
 *
 * Like fetch, it goes through the proxy the environment names (HTTP_PROXY, HTTPS_PROXY,
 * NO_PROXY) when Node is told to (NODE_USE_ENV_PROXY=1, or --use-env-proxy, which
 * NODE_OPTIONS can carry): Node's own agents then proxy, and this port's agents take the same
 * settings from them, as a custom agent does not by itself.
 */
import {
  Agent as HttpAgent,
  globalAgent as httpGlobalAgent,
  request as httpRequest,
  type AgentOptions,
  type IncomingMessage
} from 'node:http';
import {
  Agent as HttpsAgent,
  globalAgent as httpsGlobalAgent,
  request as httpsRequest
} from 'node:https';
import { urlToHttpOptions } from 'node:url';
import { brotliDecompress, constants as zlib, gunzip, inflate, inflateRaw } from 'node:zlib';
import type { Http, HttpRequest, HttpResponse } from '../core/ports';
import { NetworkError } from '../core/providers/errors';

/** fetch's (undici's) idle keep-alive time: a server closing an idle connection first is rare. */
const IDLE_SOCKET_MS = 4_000;
/** Statuses whose reply has no body (fetch decodes none of them). */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);
/** fetch refuses a reply wrapped in more content codings than this. */
const MAX_CODINGS = 5;

interface Agents {
  readonly 'http:': HttpAgent;
  readonly 'https:': HttpsAgent;
}

/** Proxy settings for the port's agents: HTTP_PROXY, HTTPS_PROXY and NO_PROXY, as in `process.env`. */
export type ProxyEnv = NonNullable<AgentOptions['proxyEnv']>;

export interface NodeHttpOptions {
  /**
   * The proxy settings for plain and TLS connections; none for a direct connection. By
   * default, what Node's own agents use: the environment's when NODE_USE_ENV_PROXY=1 or
   * --use-env-proxy, else none.
   */
  readonly proxyEnv?: {
    readonly 'http:': ProxyEnv | undefined;
    readonly 'https:': ProxyEnv | undefined;
  };
}

/** The proxy settings Node's global agents were made with (none unless Node proxies). */
function nodeProxyEnv(): NonNullable<NodeHttpOptions['proxyEnv']> {
  // Every agent keeps the options it was made with; node:http's types do not declare them.
  const of = (agent: object): ProxyEnv | undefined =>
    (agent as { readonly options?: AgentOptions }).options?.proxyEnv ?? undefined;
  return { 'http:': of(httpGlobalAgent), 'https:': of(httpsGlobalAgent) };
}

/** Creates the Http port. Rejects with NetworkError on network failure; an abort rejects with the signal's reason. */
export function createNodeHttp(options: NodeHttpOptions = {}): Http {
  const proxy = options.proxyEnv ?? nodeProxyEnv();
  const agentOptions = (proxyEnv: ProxyEnv | undefined): AgentOptions => ({
    keepAlive: true,
    timeout: IDLE_SOCKET_MS,
    ...(proxyEnv ? { proxyEnv } : {})
  });
  const agents: Agents = {
    'http:': new HttpAgent(agentOptions(proxy['http:'])),
    'https:': new HttpsAgent(agentOptions(proxy['https:']))
  };
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const signal = request.signal;
      if (signal?.aborted) throw signal.reason;
      let reply: RawReply;
      try {
        reply = await exchange(request, agents);
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        if (error instanceof ReadFailure) {
          throw new NetworkError(
            `Connection to ${hostOf(request.url)} dropped while reading the reply`,
            'network',
            { cause: error.cause }
          );
        }
        throw new NetworkError(describeFailure(request.url, error), 'network', { cause: error });
      }
      const encoding = NULL_BODY_STATUSES.has(reply.status)
        ? undefined
        : reply.headers['content-encoding'];
      // Most replies come as they were sent: no second wait for them.
      if (encoding === undefined)
        return { status: reply.status, headers: reply.headers, body: toBytes(reply.raw) };
      let body: Uint8Array;
      try {
        body = await decoded(reply.raw, encoding);
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        throw new NetworkError(
          `Connection to ${hostOf(request.url)} dropped while reading the reply`,
          'network',
          { cause: error }
        );
      }
      return { status: reply.status, headers: reply.headers, body };
    }
  };
}

/** A reply as it came off the wire: its body not yet decoded. */
interface RawReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly raw: Buffer;
}

/** The reply's headers arrived, but its body did not arrive whole. */
class ReadFailure extends Error {}

/** Where a request goes: node:http's options for its URL. */
interface Target {
  readonly secure: boolean;
  readonly options: ReturnType<typeof urlToHttpOptions>;
}

/** The target of the last URL: a sync sends thousands of requests to one. */
let lastTarget: { readonly url: string; readonly target: Target } | null = null;

function targetOf(href: string): Target {
  if (lastTarget?.url === href) return lastTarget.target;
  const url = new URL(href);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:')
    throw new TypeError(`URL scheme "${url.protocol.slice(0, -1)}" is not supported.`);
  if (url.username !== '' || url.password !== '')
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials`);
  const target = { secure, options: urlToHttpOptions(url) };
  lastTarget = { url: href, target };
  return target;
}

/** Sends the request and reads the whole reply; rejects with the signal's reason on abort. */
function exchange(request: HttpRequest, agents: Agents): Promise<RawReply> {
  const { secure, options } = targetOf(request.url);
  if (request.body !== undefined && request.method === 'GET')
    throw new TypeError('Request with GET/HEAD method cannot have body.');
  // A string body goes to the socket as a string: node:http then writes it with the head in
  // one string write, where a Buffer body costs a second chunk to gather (writev).
  const payload = request.body ?? null;
  const headers = requestHeaders(request, payload, secure);
  const send = secure ? httpsRequest : httpRequest;
  const { signal } = request;
  return new Promise<RawReply>((resolve, reject) => {
    const req = send({
      ...options,
      method: request.method,
      headers,
      agent: agents[secure ? 'https:' : 'http:']
    });
    const state = new Exchange(signal, resolve, reject);
    // Anonymous listeners: the benchmarks run under tsx, which names every named closure.
    req.once('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => {
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
        state.succeed({
          status: res.statusCode ?? 0,
          headers: responseHeaders(res.rawHeaders),
          raw
        });
      });
      res.on('error', (error: Error) => state.fail(new ReadFailure('read', { cause: error })));
      res.on('close', () => {
        if (!res.complete)
          state.fail(
            new ReadFailure('read', {
              cause: new Error('The connection closed before the reply ended')
            })
          );
      });
    });
    req.on('error', (error: Error) => state.fail(error));
    // A function listener, made here: Node's EventTarget holds an object listener
    // (handleEvent) so that V8's scavenges kept it and the whole request and reply it reaches
    // until the next full collection (4 concurrent GetInvoice requests: 34 MB promoted per
    // 20,000 against 0.1 MB), and so did a closure made in Exchange's constructor.
    if (signal)
      signal.addEventListener(
        'abort',
        state.listen(() => {
          state.fail(signal.reason);
          req.destroy();
        }),
        { once: true }
      );
    req.end(payload ?? undefined);
  });
}

/** One request under way: settled once, by its reply, its first failure or its signal. */
class Exchange {
  private settled = false;
  private onAbort: (() => void) | null = null;

  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly resolve: (reply: RawReply) => void,
    private readonly reject: (error: unknown) => void
  ) {}

  /** True the first time only; stops listening to the signal. */
  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort);
    this.onAbort = null;
    return true;
  }

  /** Keeps the signal's listener, removed when the request settles; returns it. */
  listen(onAbort: () => void): () => void {
    this.onAbort = onAbort;
    return onAbort;
  }

  fail(error: unknown): void {
    if (this.settle()) this.reject(error);
  }

  succeed(reply: RawReply): void {
    if (this.settle()) this.resolve(reply);
  }
}

/**
 * The caller's headers, then the ones fetch adds when the caller did not set them: a string
 * body's content type, accept, accept-language, sec-fetch-mode, user-agent, accept-encoding
 * (identity for a range request) and the body's length (0 for a POST or PUT without one).
 */
function requestHeaders(
  request: HttpRequest,
  payload: string | Uint8Array | null,
  secure: boolean
): Record<string, string> {
  const headers: Record<string, string> = {};
  const given = new Set<string>();
  if (request.headers) {
    for (const name of Object.keys(request.headers)) {
      headers[name] = request.headers[name]!;
      given.add(name.toLowerCase());
    }
  }
  for (const [name, value] of FETCH_DEFAULTS) {
    if (name === 'content-type' && typeof request.body !== 'string') continue;
    if (!given.has(name)) headers[name] = value;
  }
  if (given.has('range')) headers['accept-encoding'] = 'identity';
  else if (!given.has('accept-encoding'))
    headers['accept-encoding'] = secure ? 'br, gzip, deflate' : 'gzip, deflate';
  if (payload !== null)
    headers['content-length'] = String(
      typeof payload === 'string' ? Buffer.byteLength(payload, 'utf8') : payload.byteLength
    );
  else if (request.method === 'POST' || request.method === 'PUT') headers['content-length'] = '0';
  return headers;
}

/** The headers fetch adds when the caller did not set them, in fetch's order (content-type only for a string body). */
const FETCH_DEFAULTS: readonly (readonly [string, string])[] = [
  ['content-type', 'text/plain;charset=UTF-8'],
  ['accept', '*/*'],
  ['accept-language', '*'],
  ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node']
];

/** Lower-cased names; a repeated header joined with ", ", every Set-Cookie with "\n". */
function responseHeaders(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  let cookies: string[] | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = raw[i + 1]!;
    if (name === 'set-cookie') (cookies ??= []).push(value);
    else headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  if (cookies !== null) headers['set-cookie'] = cookies.join('\n');
  return headers;
}

/**
 * The body with its content codings undone as fetch undoes them: gzip (x-gzip), deflate (with
 * or without its zlib header) and br, last applied first, leniently about a truncated end; a
 * coding it does not know leaves the body as it came.
 */
async function decoded(raw: Buffer, encoding: string): Promise<Uint8Array> {
  let body = raw;
  const codings = encoding.toLowerCase().split(',');
  if (codings.length > MAX_CODINGS)
    throw new Error(`too many content-encodings in response: ${codings.length}`);
  const steps = codings.reverse().map((c) => c.trim());
  if (steps.some((c) => !KNOWN_CODINGS.has(c))) return toBytes(body);
  for (const coding of steps) body = await undo(coding, body);
  return toBytes(body);
}

const KNOWN_CODINGS: ReadonlySet<string> = new Set(['gzip', 'x-gzip', 'deflate', 'br']);
const LENIENT = { flush: zlib.Z_SYNC_FLUSH, finishFlush: zlib.Z_SYNC_FLUSH };
const LENIENT_BROTLI = {
  flush: zlib.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.BROTLI_OPERATION_FLUSH
};

function undo(coding: string, body: Buffer): Promise<Buffer> {
  if (body.length === 0) return Promise.resolve(body);
  return new Promise<Buffer>((resolve, reject) => {
    const done = (error: Error | null, out: Buffer): void => (error ? reject(error) : resolve(out));
    if (coding === 'br') brotliDecompress(body, LENIENT_BROTLI, done);
    else if (coding !== 'deflate') gunzip(body, LENIENT, done);
    else if ((body[0]! & 0x0f) === 0x08) inflate(body, LENIENT, done);
    else inflateRaw(body, LENIENT, done);
  });
}

/**
 * The bytes in an ArrayBuffer of their own, as fetch's arrayBuffer gave them (a small Buffer
 * may be a slice of Node's shared pool): copied only when the Buffer does not own its memory.
 */
function toBytes(body: Buffer): Uint8Array {
  if (body.byteOffset === 0 && body.byteLength === body.buffer.byteLength)
    return new Uint8Array(body.buffer, 0, body.byteLength);
  return new Uint8Array(body);
}

/** The real reason (ECONNREFUSED, ENOTFOUND...) of a failure to reach the host. */
function describeFailure(url: string, error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const detail =
    typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return `Could not reach ${hostOf(url)} (${detail})`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
