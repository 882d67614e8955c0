import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionSecretStore } from '../../../src-main/platform-node/keytar-secret-store';
import { startWebShell, type WebShell } from '../../../src-main/web/web-shell';
import { makeTempDir } from '../../fakes/temp-dir';

async function rpc(
  shell: WebShell,
  channel: string,
  body: unknown,
  headers: Record<string, string> = {}
) {
  const res = await fetch(new URL(`/rpc/${channel}`, shell.server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hostdeck-Token': shell.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
  return {
    status: res.status,
    json: (await res.json()) as {
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { kind: string; message: string };
    }
  };
}

/** A raw request, so the Host header can be forged (fetch does not allow that). */
function rawPost(port: number, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the web shell', () => {
  let dir: { path: string; cleanup: () => void };
  let shell: WebShell;
  const start = () =>
    startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: '9.9.9',
      secrets: createSessionSecretStore('test')
    });

  beforeEach(async () => {
    dir = makeTempDir();
    shell = await start();
  });
  afterEach(async () => {
    await shell.close();
    dir.cleanup();
  });

  it('binds to 127.0.0.1 and prints a URL carrying the token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers app:get-status with live values from the core', async () => {
    const { status, json } = await rpc(shell, 'app:get-status', {});
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    expect(json.value).toMatchObject({
      version: '9.9.9',
      shell: 'web',
      dataDir: dir.path,
      secretStorage: expect.stringContaining('session')
    });
  });

  it('refuses a request without the token', async () => {
    const { status, json } = await rpc(shell, 'app:get-status', {}, { 'X-Hostdeck-Token': '' });
    expect(status).toBe(401);
    expect(json.error?.kind).toBe('auth');
    expect(json.error?.message).toMatch(/token/);
  });

  it('refuses a request with a wrong token', async () => {
    const { status } = await rpc(
      shell,
      'app:get-status',
      {},
      { 'X-Hostdeck-Token': 'x'.repeat(shell.token.length) }
    );
    expect(status).toBe(401);
  });

  it('refuses a body that is not JSON, and input that breaks the schema', async () => {
    const notJson = await rpc(shell, 'settings:update', '{not json');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error?.kind).toBe('invalid-input');
    const badInput = await rpc(shell, 'settings:update', {
      input: { syncIntervalMinutes: 'soon' }
    });
    expect(badInput.json.ok).toBe(false);
    expect(badInput.json.error?.kind).toBe('invalid-input');
    expect(badInput.json.error?.message).toMatch(/syncIntervalMinutes/);
  });

  it('refuses a request whose Host header is not loopback (DNS rebinding)', async () => {
    const res = await rawPost(
      shell.server.port,
      '/rpc/app:get-status',
      {
        Host: `evil.example:${shell.server.port}`,
        'Content-Type': 'application/json',
        'X-Hostdeck-Token': shell.token
      },
      '{}'
    );
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.message).toMatch(/127\.0\.0\.1/);
  });

  it('refuses a request from a foreign Origin even with the token', async () => {
    const { status, json } = await rpc(
      shell,
      'app:get-status',
      {},
      { Origin: 'https://evil.example' }
    );
    expect(status).toBe(403);
    expect(json.error?.kind).toBe('forbidden');
  });

  it('answers 404 for a channel that is not in the contract', async () => {
    const { status, json } = await rpc(shell, 'app:delete-everything', {});
    expect(status).toBe(404);
    expect(json.error?.kind).toBe('not-found');
  });

  it('keeps a changed setting across a restart of the shell', async () => {
    const updated = await rpc(shell, 'settings:update', {
      input: { theme: 'dark', syncIntervalMinutes: 45 }
    });
    expect(updated.json.value).toMatchObject({ theme: 'dark', syncIntervalMinutes: 45 });
    await shell.close();
    shell = await start();
    const again = await rpc(shell, 'settings:get', {});
    expect(again.json.value).toMatchObject({ theme: 'dark', syncIntervalMinutes: 45 });
  });

  it('pushes cache:changed to the event stream when settings change', async () => {
    const controller = new AbortController();
    const res = await fetch(new URL(`/events?token=${shell.token}`, shell.server.url), {
      signal: controller.signal
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await rpc(shell, 'settings:update', { input: { theme: 'light' } });
    let text = '';
    while (!text.includes('cache:changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: cache:changed');
    expect(text).toContain('"scopes":["settings"]');
  });

  it('refuses the event stream without the token', async () => {
    const res = await fetch(new URL('/events', shell.server.url));
    expect(res.status).toBe(401);
  });

  it('refuses to open links other than https and mailto', async () => {
    const bad = await rpc(shell, 'app:open-external', { input: { url: 'file:///etc/passwd' } });
    expect(bad.json.error?.kind).toBe('forbidden');
    const good = await rpc(shell, 'app:open-external', {
      input: { url: 'https://example.com/renew' }
    });
    expect(good.json).toEqual({ ok: true, value: { opened: false } });
  });
});
