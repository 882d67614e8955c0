/**
 * Test kit for the WHMCS adapter: a fake Http port that plays the provider from the JSON
 * fixtures in tests/fixtures/whmcs, and records every request it receives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Http, HttpRequest, HttpResponse } from '@main/core/ports';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/whmcs/', import.meta.url));

/** Raw bytes of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** A response with the given body text. */
export function reply(
  body: string | Uint8Array,
  status = 200,
  headers: Record<string, string> = { 'content-type': 'application/json' }
): HttpResponse {
  return {
    status,
    headers,
    body: typeof body === 'string' ? new TextEncoder().encode(body) : body
  };
}

/** A JSON fixture as a 200 (or `status`) reply. */
export function fixture(
  name: string,
  status = 200,
  headers?: Record<string, string>
): HttpResponse {
  const type = name.endsWith('.html')
    ? 'text/html; charset=utf-8'
    : name.endsWith('.txt')
      ? 'text/plain'
      : 'application/json';
  return reply(fixtureText(name), status, { 'content-type': type, ...headers });
}

/** One request as the fake saw it, with its form or query parameters decoded. */
export interface SeenRequest extends HttpRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly path: string;
}

type Route = HttpResponse | ((request: SeenRequest) => HttpResponse | Promise<HttpResponse>);

/**
 * A provider that answers classic actions by `action` and other calls by "METHOD /path".
 * A list of routes is played in order (the last one repeats).
 */
export class FakeWhmcs implements Http {
  readonly requests: SeenRequest[] = [];
  private readonly routes = new Map<string, Route[]>();

  /** Answers classic action `action` (case as sent). */
  action(action: string, ...responses: Route[]): this {
    this.routes.set(`action:${action}`, responses);
    return this;
  }

  /** Answers "GET /api/v2/user/invoices" style keys. */
  on(methodAndPath: string, ...responses: Route[]): this {
    this.routes.set(methodAndPath, responses);
    return this;
  }

  /** Requests that carried classic action `action`. */
  calls(action: string): SeenRequest[] {
    return this.requests.filter((r) => r.params.action === action);
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url);
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (
      typeof request.body === 'string' &&
      request.headers?.['content-type']?.includes('urlencoded')
    ) {
      Object.assign(params, Object.fromEntries(new URLSearchParams(request.body)));
    }
    const seen: SeenRequest = { ...request, params, path: url.pathname };
    this.requests.push(seen);
    const key = url.pathname.endsWith('/includes/api.php')
      ? `action:${params.action}`
      : `${request.method} ${url.pathname}`;
    const queue = this.routes.get(key);
    if (!queue || queue.length === 0) throw new Error(`FakeWhmcs has no route for ${key}`);
    const route = queue.length > 1 ? queue.shift()! : queue[0]!;
    return typeof route === 'function' ? route(seen) : route;
  }
}

/** The classic provider most tests start from: client 7 of billing.example.com. */
export function classicProvider(): FakeWhmcs {
  return new FakeWhmcs()
    .action('GetClientsDetails', fixture('get-clients-details.json'))
    .action('GetSupportDepartments', fixture('get-support-departments.json'));
}

/** Collects every page of an async iterable of pages. */
export async function allPages<P>(pages: AsyncIterable<P>): Promise<P[]> {
  const out: P[] = [];
  for await (const page of pages) out.push(page);
  return out;
}
