/**
 * A small client for a running web shell, as a browser would use it: open the printed link
 * once, keep the cookie it sets, then send that cookie with every request.
 */
import { connect } from 'node:net';
import type { WebShell } from '@main/web-shell/web-shell';

/** The answer to the printed link, not followed, so its redirect and cookie can be read. */
export async function openLink(link: string): Promise<Response> {
  return fetch(link, { redirect: 'manual' });
}

/** Opens the printed link and returns the cookie pair (`name=value`) a browser would keep. */
export async function cookieFromLink(shell: WebShell): Promise<string> {
  const res = await openLink(shell.url);
  const setCookie = res.headers.getSetCookie()[0];
  if (res.status !== 303 || !setCookie)
    throw new Error(`the link answered ${res.status} without a cookie`);
  return setCookie.split(';')[0]!;
}

export interface RpcReply {
  readonly status: number;
  readonly json: {
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { kind: string; message: string };
  };
}

/** POSTs a contract call; `headers` carry the credential (a Cookie or X-Hostdeck-Token). */
export async function rpc(
  shell: WebShell,
  channel: string,
  body: unknown,
  headers: Record<string, string>
): Promise<RpcReply> {
  const res = await fetch(new URL(`/rpc/${channel}`, shell.server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
  return { status: res.status, json: (await res.json()) as RpcReply['json'] };
}

/**
 * Writes raw bytes to the shell and collects what comes back until the server closes the
 * connection (a reset after the answer counts as closed). Resolves with the answer's text.
 */
export function rawExchange(
  port: number,
  write: (socket: { write(data: string | Buffer): boolean }) => void
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined); // the server may reset the rest of an upload
    socket.on('close', () => resolve(received));
    socket.on('connect', () => write(socket));
  });
}

/** The status code of a raw HTTP/1.1 answer, e.g. 413. */
export function statusOf(rawAnswer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(rawAnswer)?.[1] ?? 0);
}
