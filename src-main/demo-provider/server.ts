/**
 * The demo provider's HTTP server on loopback: routes, body parsing, fault injection and
 * lifecycle. Handlers return a Reply; this file is the only one touching sockets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../core/ports';
import { clientAreaPage, download, loginPage, singleSignOn } from './client-area';
import { demoCredentials, type DemoCredentials } from './credentials';
import {
  FaultInjector,
  faultConfigSchema,
  parseFaults,
  type FaultConfig,
  type FaultDecision
} from './faults';
import { generateDemoData } from './generate';
import type { DemoData, DemoSize } from './model';
import { htmlReply, jsonReply, type Reply } from './reply';
import { login, secondFactor, userResource } from './rest-v2';
import { createState, type ProviderState } from './state';
import { handleApiCall, WRITE_ACTIONS } from './whmcs-api';

export interface DemoProviderOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Loopback only; the default is 127.0.0.1. */
  readonly host?: '127.0.0.1' | 'localhost' | '::1';
  readonly size?: DemoSize;
  readonly seed?: number;
  /**
   * Drives data generation, snapshots, token expiry, staff replies and latency. Tests pass
   * the clock their client uses, so both sides agree on "now".
   */
  readonly clock?: Clock;
  /**
   * The provider's calendar zone (IANA, default UTC): expiry and due dates count days from
   * today in this zone. The built-in demo uses the reseller's zone, so a domain "expiring
   * tomorrow" shows as tomorrow at any hour.
   */
  readonly timeZone?: string;
  readonly faults?: FaultConfig;
  /** Delay before a staff member answers a customer reply (clock time; default 30 s). */
  readonly staffReplyDelayMs?: number;
  /** v2 login asks for a second factor (code "123456"); off by default. */
  readonly twoFactor?: boolean;
}

export interface DemoProvider {
  /** Base URL, e.g. http://127.0.0.1:41234 (WHMCS root: api at /includes/api.php). */
  readonly url: string;
  readonly port: number;
  readonly credentials: DemoCredentials;
  /** The live database (mutated by renewals, replies, new tickets). */
  readonly data: DemoData;
  setFaults(faults: FaultConfig): void;
  /**
   * Stops listening (connections are refused, as when the provider is down) while keeping
   * its data and pending staff answers; `resume()` listens again on the same port.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const PHP_FATAL =
  '<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /home/demohost/public_html/vendor/illuminate/database/Connectors/Connector.php:70\nStack trace:\n#0 {main}\n  thrown in <b>/home/demohost/public_html/vendor/illuminate/database/Connectors/Connector.php</b> on line <b>70</b><br />\n';

/** Starts the demo provider and resolves once it listens. */
export async function startDemoProvider(options: DemoProviderOptions = {}): Promise<DemoProvider> {
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? 1;
  const timeZone = options.timeZone ?? 'UTC';
  const data = generateDemoData({ size: options.size ?? 'demo', seed, now: clock.now(), timeZone });
  const state = createState(
    data,
    clock,
    options.staffReplyDelayMs ?? 30_000,
    options.twoFactor ?? false,
    timeZone
  );
  const faults = new FaultInjector(seed, options.faults ?? {});
  const host = options.host ?? '127.0.0.1';
  let baseUrl = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const body = await readBody(req);
    if (body === null) return write(res, htmlReply(413, '<h1>Request Entity Too Large</h1>'));
    if (url.pathname === '/__demo/faults')
      return write(res, faultsAdmin(req.method ?? 'GET', body.toString('utf8'), faults));
    const decision = faults.next();
    if (decision.latencyMs > 0) await clock.sleep(decision.latencyMs, state.stopping.signal);
    if (decision.outcome.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    const faulted = faultReply(decision);
    if (faulted) return write(res, faulted);
    const reply = await route(state, req, url, body, baseUrl, faults.current);
    if (reply.stored === true && faults.loseWriteAnswer()) {
      // The write is stored; only its answer never arrives.
      req.socket.destroy();
      return;
    }
    write(res, decision.malformed ? truncateJson(reply) : reply);
  }

  const listen = (onPort: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(onPort, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });

  await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: baseUrl,
    port,
    credentials: demoCredentials,
    data,
    setFaults: (next) => faults.set(next),
    pause: async () => {
      if (server.listening) await stopListening();
    },
    resume: async () => {
      if (!server.listening) await listen(port);
    },
    close: async () => {
      state.stopping.abort(new Error('demo provider closed'));
      if (server.listening) await stopListening();
    }
  };
}

async function route(
  state: ProviderState,
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  baseUrl: string,
  faults: FaultConfig
): Promise<Reply & { readonly stored?: boolean }> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const auth = req.headers.authorization;
  if (path === '/includes/api.php') {
    const params = await formParams(req, url, body);
    if (params === null)
      return jsonReply(200, { result: 'error', message: 'Invalid request body' });
    const gone = invoiceGone(faults, params);
    if (gone) return jsonReply(200, gone);
    const action = (params.get('action') ?? '').trim().toLowerCase();
    if (faults.invoiceStatusFilterIgnored === true && action === 'getinvoices')
      params.delete('status');
    const result = handleApiCall(state, params, auth, baseUrl);
    const stored = WRITE_ACTIONS.has(action) && result.result === 'success';
    return { ...jsonReply(200, result), stored };
  }
  if (path === '/api/v2/login' && method === 'POST') return login(state, body.toString('utf8'));
  if (path === '/api/v2/login/second-factor' && method === 'POST')
    return secondFactor(state, body.toString('utf8'));
  if (path.startsWith('/api/v2/')) {
    if (method !== 'GET')
      return jsonReply(405, { error: 'method_not_allowed', message: 'Method not allowed.' });
    return userResource(state, path, url.searchParams, auth);
  }
  if (path === '/oauth/singlesignon.php') return singleSignOn(state, url.searchParams);
  if (path === '/dl.php')
    return faults.pdfLoginPage === true
      ? loginPage()
      : download(state, url.searchParams, req.headers.cookie);
  if (path === '/login.php') return loginPage();
  if (path === '/' || path === '/index.php' || path === '/clientarea.php')
    return clientAreaPage(state, req.headers.cookie);
  return htmlReply(404, '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>\n');
}

/** The fault answer of GetInvoice for an invoice listed in `invoiceDetailErrors`, else null. */
function invoiceGone(faults: FaultConfig, params: URLSearchParams): Record<string, string> | null {
  if ((params.get('action') ?? '').trim().toLowerCase() !== 'getinvoice') return null;
  const id = Number(params.get('invoiceid'));
  if (!(faults.invoiceDetailErrors ?? []).includes(id)) return null;
  // The real quirk: no `result` key at all.
  return { status: 'error', message: 'Invoice ID Not Found' };
}

/** Form fields from the query string and a urlencoded or multipart body (body wins). */
async function formParams(
  req: IncomingMessage,
  url: URL,
  body: Buffer
): Promise<URLSearchParams | null> {
  const params = new URLSearchParams(url.searchParams);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return params;
  let fields: Iterable<[string, string]>;
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await new Request('http://local/', {
        method: 'POST',
        headers: { 'content-type': type },
        body: new Uint8Array(body)
      }).formData();
      fields = [...form.entries()].flatMap(([k, v]) =>
        typeof v === 'string' ? [[k, v] as [string, string]] : []
      );
    } catch {
      return null;
    }
  } else {
    fields = new URLSearchParams(body.toString('utf8'));
  }
  for (const [k, v] of fields) params.set(k, v);
  return params;
}

function faultsAdmin(method: string, body: string, faults: FaultInjector): Reply {
  if (method === 'GET') return jsonReply(200, { faults: faults.current });
  if (method !== 'POST') return jsonReply(405, { error: 'method_not_allowed' });
  try {
    const value: unknown = JSON.parse(body === '' ? '{}' : body);
    const spec =
      typeof value === 'object' && value !== null && 'spec' in value ? value.spec : undefined;
    const config = typeof spec === 'string' ? parseFaults(spec) : faultConfigSchema.parse(value);
    faults.set(config);
    return jsonReply(200, { faults: config });
  } catch (error) {
    return jsonReply(422, {
      error: 'invalid_faults',
      message: error instanceof Error ? error.message : String(error)
    });
  }
}

function faultReply(decision: FaultDecision): Reply | null {
  const o = decision.outcome;
  switch (o.kind) {
    case 'rate-limit':
      return jsonReply(
        429,
        { result: 'error', message: 'Too Many Requests' },
        { 'retry-after': String(o.retryAfterSeconds) }
      );
    case 'error':
      return jsonReply(500, { result: 'error', message: 'Internal Server Error' });
    case 'html':
      return htmlReply(o.status, PHP_FATAL);
    default:
      return null;
  }
}

/** Cuts a JSON body roughly in half, keeping status 200 and the JSON content type. */
function truncateJson(reply: Reply): Reply {
  if (
    !String(reply.headers['content-type'] ?? '').startsWith('application/json') ||
    typeof reply.body !== 'string'
  )
    return reply;
  const cut = Math.max(1, Math.floor(reply.body.length / 2));
  return { ...reply, status: 200, body: reply.body.slice(0, Math.min(cut, reply.body.length - 1)) };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.end(body);
}
