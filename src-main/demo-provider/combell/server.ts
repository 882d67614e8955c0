/**
 * The demo provider's Combell mode: a loopback server speaking Combell API v2 as documented.
 * It checks every request's HMAC signature the way Combell does (known key, the secret's
 * signature over the PHP-urlencoded lower-cased /v2 path and query, a timestamp within five
 * minutes of its clock, a nonce never seen before) and answers 401 otherwise; it pages bare
 * JSON arrays with `skip`/`take` and `X-Paging-*`, reports its rate-limit budget in
 * `X-RateLimit-*` and answers 429 with Retry-After when it is used up or when the fault
 * switch says so, and its accounts change over time on the injected clock (./data.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../../core/ports';
import { parseAuthorization, signature } from '../../core/providers/combell/signing';
import { accountsAt, generateCombellData, type CombellDemoData } from './data';

/** The demo's API key and secret (not secrets: the demo runs on loopback only). */
export const combellDemoCredentials = {
  apiKey: 'demo-combell-key',
  apiSecret: 'demo-combell-secret'
} as const;

export interface CombellFaults {
  /** Answer the next N requests with 429 and this Retry-After (seconds). */
  readonly rateLimited?: { readonly count: number; readonly retryAfterSeconds: number };
  /** Answer 403 as when this computer's IP is not allow-listed. */
  readonly ipBlocked?: boolean;
}

export interface CombellDemoOptions {
  readonly port?: number;
  readonly clock?: Clock;
  readonly seed?: number;
  /** Accounts existing from the start (the timeline adds three). 12 by default. */
  readonly accounts?: number;
  readonly domains?: number;
  /** Requests per 60-second window before 429; 100 like Combell's fixtures. */
  readonly rateLimitPerMinute?: number;
  readonly faults?: CombellFaults;
}

export interface CombellDemoProvider {
  /** API root (requests go to `<url>/v2/…`). */
  readonly url: string;
  readonly port: number;
  readonly credentials: typeof combellDemoCredentials;
  readonly data: CombellDemoData;
  /** Every request the server answered, in order: method, path and status. */
  readonly requests: readonly { method: string; path: string; status: number }[];
  setFaults(faults: CombellFaults): void;
  close(): Promise<void>;
}

const CLOCK_SKEW_SECONDS = 300;
const DEFAULT_TAKE = 25;
const MAX_TAKE = 100;

interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** Starts the Combell demo provider on 127.0.0.1. */
export async function startCombellDemoProvider(
  options: CombellDemoOptions = {}
): Promise<CombellDemoProvider> {
  const clock = options.clock ?? systemClock;
  const data = generateCombellData({
    now: clock.now(),
    seed: options.seed ?? 1,
    accounts: options.accounts ?? 12,
    domains: options.domains ?? 40
  });
  let faults: CombellFaults = options.faults ?? {};
  let rateLimitedLeft = faults.rateLimited?.count ?? 0;
  const perMinute = options.rateLimitPerMinute ?? 100;
  let window = { start: 0, used: 0 };
  const nonces = new Map<string, number>();
  const requests: { method: string; path: string; status: number }[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error_code":"internal","error_text":"Internal Server Error"}');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const rawPath = req.url ?? '/';
    const reply = answer(method, rawPath, body, req.headers.authorization);
    requests.push({ method, path: rawPath, status: reply.status });
    res.writeHead(reply.status, {
      ...(reply.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...reply.headers
    });
    res.end(reply.body !== undefined ? JSON.stringify(reply.body) : undefined);
  }

  function answer(method: string, rawPath: string, body: Buffer, auth: string | undefined): Reply {
    const now = clock.now();
    if (faults.ipBlocked)
      return error(403, 'ip_not_allowed', 'Your IP address is not allowed to use the API.');
    const authProblem = checkSignature(method, rawPath, body, auth, now);
    if (authProblem) return error(401, 'unauthorized', authProblem);
    if (rateLimitedLeft > 0) {
      rateLimitedLeft--;
      return tooMany(faults.rateLimited?.retryAfterSeconds ?? 1);
    }
    if (now - window.start >= 60_000) window = { start: now, used: 0 };
    window.used++;
    const resetSeconds = Math.max(0, Math.ceil((window.start + 60_000 - now) / 1000));
    if (window.used > perMinute) return tooMany(resetSeconds);
    const limits = {
      'x-ratelimit-limit': String(perMinute),
      'x-ratelimit-usage': String(window.used),
      'x-ratelimit-remaining': String(Math.max(0, perMinute - window.used)),
      'x-ratelimit-reset': String(resetSeconds)
    };
    const reply = route(method, new URL(rawPath, 'http://combell.invalid'), body, now);
    return { ...reply, headers: { ...limits, ...reply.headers } };
  }

  function checkSignature(
    method: string,
    rawPath: string,
    body: Buffer,
    header: string | undefined,
    now: number
  ): string | null {
    const auth = parseAuthorization(header);
    if (!auth) return 'Missing or malformed hmac Authorization header.';
    if (auth.apiKey !== combellDemoCredentials.apiKey) return 'Unknown API key.';
    if (Math.abs(auth.timestamp - Math.floor(now / 1000)) > CLOCK_SKEW_SECONDS)
      return 'The request timestamp is too far from the server time.';
    for (const [nonce, at] of nonces)
      if (now - at > 2 * CLOCK_SKEW_SECONDS * 1000) nonces.delete(nonce);
    if (nonces.has(auth.nonce)) return 'The nonce was already used.';
    const expected = signature(combellDemoCredentials.apiSecret, {
      apiKey: auth.apiKey,
      method,
      pathAndQuery: rawPath,
      timestamp: auth.timestamp,
      nonce: auth.nonce,
      body
    });
    const a = Buffer.from(expected);
    const b = Buffer.from(auth.signature);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return 'Invalid signature.';
    nonces.set(auth.nonce, now);
    return null;
  }

  function route(method: string, url: URL, body: Buffer, now: number): Reply {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v2') return error(404, 'not_found', 'Not found.');
    const [, resource, id, sub] = parts;
    if (method === 'GET' && resource === 'servicepacks' && id === undefined)
      return paged(url, data.servicepacks);
    if (method === 'GET' && resource === 'accounts' && id === undefined) {
      const rows = accountsAt(data, now).map((a) => ({
        id: a.id,
        identifier: a.identifier,
        servicepack_id: a.servicepackId
      }));
      return paged(url, rows);
    }
    if (method === 'GET' && resource === 'accounts' && sub === undefined) {
      const account = accountsAt(data, now).find((a) => String(a.id) === id);
      if (!account) return error(404, 'account_not_found', 'Account not found.');
      return {
        status: 200,
        body: {
          id: account.id,
          identifier: account.identifier,
          servicepack: { id: account.pack.id, name: account.pack.name },
          addons: account.addons.map((a) => ({ id: a.id, name: a.name }))
        }
      };
    }
    if (resource === 'domains') {
      if (method === 'GET' && id === undefined)
        return paged(
          url,
          data.domains.map((d) => domainRow(d))
        );
      const domain = data.domains.find((d) => d.name === id?.toLowerCase());
      if (!domain) return error(404, 'domain_not_found', 'Domain not found.');
      if (method === 'GET' && sub === undefined)
        return {
          status: 200,
          body: {
            ...domainRow(domain),
            can_toggle_renew: domain.canToggleRenew,
            name_servers: [{ name: 'ns1.combell.net' }, { name: 'ns2.combell.net' }]
          }
        };
      if (method === 'PUT' && sub === 'renew') {
        if (!domain.canToggleRenew)
          return error(
            400,
            'renew_not_toggleable',
            'Auto-renew cannot be changed for this domain.'
          );
        const input = parseJson(body) as { will_renew?: unknown } | null;
        if (typeof input?.will_renew !== 'boolean')
          return error(400, 'validation', 'will_renew must be a boolean.');
        domain.willRenew = input.will_renew;
        return { status: 204 };
      }
    }
    return error(404, 'not_found', 'Not found.');
  }

  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen();
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    credentials: combellDemoCredentials,
    data,
    requests,
    setFaults(next) {
      faults = next;
      rateLimitedLeft = next.rateLimited?.count ?? 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      })
  };
}

function domainRow(d: { name: string; expiresAt: number; willRenew: boolean }) {
  return {
    domain_name: d.name,
    expiration_date: new Date(d.expiresAt).toISOString().replace('.000Z', 'Z'),
    will_renew: d.willRenew
  };
}

function paged(url: URL, rows: readonly unknown[]): Reply {
  const skip = nonNegative(url.searchParams.get('skip'), 0);
  const take = Math.min(
    MAX_TAKE,
    Math.max(1, nonNegative(url.searchParams.get('take'), DEFAULT_TAKE))
  );
  const items = rows.slice(skip, skip + take);
  return {
    status: 200,
    body: items,
    headers: {
      'x-paging-skipped': String(skip),
      'x-paging-take': String(items.length),
      'x-paging-totalresults': String(rows.length)
    }
  };
}

function nonNegative(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}

function tooMany(retryAfterSeconds: number): Reply {
  return {
    status: 429,
    body: { error_code: 'too_many_requests', error_text: 'Too many requests, retry later.' },
    headers: { 'retry-after': String(retryAfterSeconds) }
  };
}

function error(status: number, code: string, text: string): Reply {
  return { status, body: { error_code: code, error_text: text } };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
