/**
 * A test-only control of the web shell, for end-to-end tests that need the built-in demo
 * provider to go down and come back (offline outbox). It is off unless the shell is started
 * with `HOSTDECK_TEST_CONTROL=1`, listens on its own loopback port, and answers only
 * `POST /demo-provider/stop|start` carrying the shell's per-run token in `X-Hostdeck-Token`,
 * addressed to loopback (no DNS rebinding) and without a browser Origin.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the control can act on. */
export interface TestControlTarget {
  readonly demoProvider: { pause(): Promise<void>; resume(): Promise<void> };
}

export interface TestControl {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the control server on a free loopback port. */
export async function startTestControl(
  token: string,
  target: TestControlTarget
): Promise<TestControl> {
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      reply(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) })
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return reply(res, 403, { ok: false, error: 'loopback only' });
    if (req.headers.origin !== undefined)
      return reply(res, 403, { ok: false, error: 'not for browsers' });
    if (!tokenMatches(req.headers['x-hostdeck-token'], token))
      return reply(res, 401, { ok: false, error: 'missing or wrong token' });
    if (req.method !== 'POST') return reply(res, 405, { ok: false, error: 'use POST' });
    req.resume();
    if (req.url === '/demo-provider/stop') {
      await target.demoProvider.pause();
      return reply(res, 200, { ok: true, demoProvider: 'stopped' });
    }
    if (req.url === '/demo-provider/start') {
      await target.demoProvider.resume();
      return reply(res, 200, { ok: true, demoProvider: 'started' });
    }
    return reply(res, 404, { ok: false, error: 'unknown control' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

function tokenMatches(candidate: string | string[] | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
