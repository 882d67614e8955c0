/**
 * The Combell API v2 client: signs every attempt (a retry after a 429 gets a new nonce and
 * timestamp, since Combell refuses a reused nonce), maps status codes to the typed provider
 * errors, pages bare JSON arrays with `skip`/`take` and the `X-Paging-*` headers, and waits
 * out an exhausted `X-RateLimit-*` budget before the next request.
 */
import type { z } from 'zod';
import type { Clock, Http, HttpRequest, HttpResponse, Logger } from '../../ports';
import {
  AuthError,
  IpNotAllowedError,
  NotFoundError,
  ProtocolError,
  ProviderError,
  RateLimitedError,
  ValidationError
} from '../errors';
import type { Page, PageOptions } from '../provider';
import { parseRetryAfter } from '../../http/resilient-http';
import { errorBodySchema } from './schemas';
import { authorizationHeader, newNonce } from './signing';

export interface CombellCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/** An Http port that adds the Combell HMAC Authorization header to each request it sends. */
export function createSigningHttp(
  inner: Http,
  credentials: CombellCredentials,
  deps: { readonly clock: Clock; readonly nonce?: () => string }
): Http {
  const nonce = deps.nonce ?? newNonce;
  return {
    send(request: HttpRequest): Promise<HttpResponse> {
      const url = new URL(request.url);
      const at = url.pathname.toLowerCase().indexOf('/v2');
      const pathAndQuery = url.pathname.slice(Math.max(0, at)) + url.search;
      const authorization = authorizationHeader(credentials.apiSecret, {
        apiKey: credentials.apiKey,
        method: request.method,
        pathAndQuery,
        timestamp: Math.floor(deps.clock.now() / 1000),
        nonce: nonce(),
        ...(request.body !== undefined ? { body: request.body } : {})
      });
      return inner.send({ ...request, headers: { ...request.headers, authorization } });
    }
  };
}

/** The rate-limit budget the last reply reported. */
export interface RateLimitState {
  readonly limit: number | null;
  readonly remaining: number | null;
  /** Seconds until the budget refills, counted from `seenAt`. */
  readonly resetSeconds: number | null;
  readonly seenAt: number;
}

export interface CombellClientOptions {
  readonly baseUrl: string;
  /** Already signing (createSigningHttp) and, usually, resilient (createResilientHttp). */
  readonly http: Http & {
    send(request: HttpRequest & { readonly idempotent?: boolean }): Promise<HttpResponse>;
  };
  readonly clock: Clock;
  readonly logger?: Logger;
  readonly pageSize: number;
  readonly maxRateLimitWaitSeconds: number;
}

export interface CombellReply<T> {
  readonly value: T;
  readonly headers: Readonly<Record<string, string>>;
}

export interface CombellClient {
  get<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<CombellReply<T>>;
  put(path: string, body: unknown, signal?: AbortSignal): Promise<void>;
  /** Pages a collection; `path` carries no skip/take (they are added). */
  pages<T>(path: string, item: z.ZodType<T>, options?: PageOptions): AsyncIterable<Page<T>>;
  rateLimit(): RateLimitState | null;
}

const MAX_TAKE = 1000;

/** Builds the client over an Http port that signs (see createSigningHttp). */
export function createCombellClient(options: CombellClientOptions): CombellClient {
  const root = options.baseUrl.replace(/\/+$/, '');
  let budget: RateLimitState | null = null;
  let inFlight = 0;
  // One request at a time passes the budget check, so concurrent detail reads cannot all
  // spend the last unit of the budget at once.
  let gate: Promise<void> = Promise.resolve();

  /**
   * Waits for the reset when the budget the last reply reported, less the requests still
   * in flight (which the server may not have counted yet), is used up.
   */
  async function takeBudget(signal?: AbortSignal): Promise<void> {
    if (budget && budget.remaining !== null && budget.resetSeconds !== null) {
      const waitMs = budget.seenAt + budget.resetSeconds * 1000 - options.clock.now();
      if (budget.remaining - inFlight <= 0 && waitMs > 0) {
        if (waitMs > options.maxRateLimitWaitSeconds * 1000)
          throw new RateLimitedError(Math.ceil(waitMs / 1000));
        options.logger?.log('info', 'combell rate limit used up; waiting for the reset', {
          waitMs
        });
        await options.clock.sleep(waitMs, signal);
        // A new window: its budget is unknown until the next reply.
        budget = null;
      }
    }
    inFlight++;
  }

  function waitForBudget(signal?: AbortSignal): Promise<void> {
    const turn = gate.then(() => takeBudget(signal));
    gate = turn.catch(() => undefined);
    return turn;
  }

  async function send(
    method: 'GET' | 'PUT',
    path: string,
    body: unknown,
    signal?: AbortSignal
  ): Promise<HttpResponse> {
    await waitForBudget(signal);
    const json = body === undefined ? undefined : JSON.stringify(body);
    let response: HttpResponse;
    try {
      response = await options.http.send({
        url: `${root}/v2${path}`,
        method,
        headers: {
          accept: 'application/json',
          ...(json !== undefined ? { 'content-type': 'application/json' } : {})
        },
        ...(json !== undefined ? { body: json } : {}),
        // PUT /renew sets a state, so repeating it is harmless too.
        idempotent: true,
        ...(signal ? { signal } : {})
      });
    } finally {
      inFlight--;
    }
    budget = readBudget(response.headers, options.clock.now()) ?? budget;
    if (response.status >= 200 && response.status < 300) return response;
    throw errorFor(response, options.clock.now());
  }

  async function get<T>(
    path: string,
    schema: z.ZodType<T>,
    signal?: AbortSignal
  ): Promise<CombellReply<T>> {
    const response = await send('GET', path, undefined, signal);
    return { value: parseJson(response, schema, path), headers: response.headers };
  }

  async function* pages<T>(
    path: string,
    item: z.ZodType<T>,
    pageOptions: PageOptions = {}
  ): AsyncGenerator<Page<T>> {
    const take = Math.min(MAX_TAKE, Math.max(1, pageOptions.pageSize ?? options.pageSize));
    const separator = path.includes('?') ? '&' : '?';
    let skip = pageOptions.startOffset ?? 0;
    for (;;) {
      const reply = await get(
        `${path}${separator}skip=${skip}&take=${take}`,
        item.array(),
        pageOptions.signal
      );
      const skipped = headerNumber(reply.headers, 'x-paging-skipped');
      if (skipped !== null && skipped !== skip)
        throw new ProtocolError(`Combell answered page skip=${skipped} when asked for ${skip}`);
      const total = headerNumber(reply.headers, 'x-paging-totalresults');
      const items = reply.value;
      const end = skip + items.length;
      const more = items.length > 0 && (total !== null ? end < total : items.length >= take);
      yield { items, offset: skip, nextOffset: more ? end : null, total };
      if (!more) return;
      skip = end;
    }
  }

  return {
    get,
    async put(path, body, signal) {
      await send('PUT', path, body, signal);
    },
    pages,
    rateLimit: () => budget
  };
}

function headerNumber(headers: Readonly<Record<string, string>>, name: string): number | null {
  const value = headers[name];
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

function readBudget(headers: Readonly<Record<string, string>>, now: number): RateLimitState | null {
  const remaining = headerNumber(headers, 'x-ratelimit-remaining');
  if (remaining === null) return null;
  return {
    limit: headerNumber(headers, 'x-ratelimit-limit'),
    remaining,
    resetSeconds: headerNumber(headers, 'x-ratelimit-reset'),
    seenAt: now
  };
}

function parseJson<T>(response: HttpResponse, schema: z.ZodType<T>, path: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(response.body).toString('utf8'));
  } catch (error) {
    throw new ProtocolError(`Combell sent a reply to ${path} that is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ProtocolError(`Combell's reply to ${path} has an unexpected shape`, {
      cause: parsed.error
    });
  return parsed.data;
}

function providerText(response: HttpResponse): string | null {
  try {
    const parsed = errorBodySchema.safeParse(
      JSON.parse(Buffer.from(response.body).toString('utf8'))
    );
    if (!parsed.success) return null;
    return parsed.data.error_text ?? parsed.data.error_code ?? null;
  } catch {
    return null;
  }
}

function errorFor(response: HttpResponse, now: number): Error {
  const text = providerText(response);
  switch (response.status) {
    case 401:
      return new AuthError(
        'Combell refused the API key or its signature: check the API key and secret ' +
          '(and that this computer’s clock is right)'
      );
    case 403:
      return new IpNotAllowedError(
        'Combell refused this computer’s IP address: allow it for the API in the Combell ' +
          'control panel'
      );
    case 404:
    case 410:
      return new NotFoundError(text ?? 'Not found at Combell');
    case 400:
      return new ValidationError(text ?? 'Combell rejected the request');
    case 429:
      return new RateLimitedError(parseRetryAfter(response.headers['retry-after'], now));
    default:
      return new ProviderError(`Combell answered HTTP ${response.status}`, text);
  }
}
