import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { makeTempDir } from '../../fakes/temp-dir';
import { cookieFromLink, openLink, rpc as rpcWith } from './web-shell-client';

/** A contract call with the cookie a browser got from the printed link. */
async function rpc(
  shell: WebShell,
  channel: string,
  body: unknown,
  headers: Record<string, string> = {}
) {
  return rpcWith(shell, channel, body, { Cookie: await cookieFromLink(shell), ...headers });
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

/** A raw GET, for headers fetch sets itself (Sec-Fetch-*). */
function rawGet(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads an event stream until `text` arrives, then stops reading. */
async function readEventsUntil(res: Response, text: string, trigger: () => Promise<unknown>) {
  const reader = res.body!.getReader();
  await reader.read(); // ": connected"
  await trigger();
  let received = '';
  while (!received.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    received += new TextDecoder().decode(value);
  }
  await reader.cancel();
  return received;
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

  it('refuses a contract call without the cookie, with a message saying how to get in', async () => {
    const { status, json } = await rpcWith(shell, 'app:get-status', {}, {});
    expect(status).toBe(401);
    expect(json.error?.kind).toBe('auth');
    expect(json.error?.message).toMatch(/link printed by `npm run web`/);
  });

  it('refuses a cookie or header with a wrong token', async () => {
    const wrong = 'x'.repeat(shell.token.length);
    const name = (await cookieFromLink(shell)).split('=')[0]!;
    const byCookie = await rpcWith(shell, 'app:get-status', {}, { Cookie: `${name}=${wrong}` });
    expect(byCookie.status).toBe(401);
    const byHeader = await rpcWith(shell, 'app:get-status', {}, { 'X-Hostdeck-Token': wrong });
    expect(byHeader.status).toBe(401);
  });

  it('still lets scripts send the token in the X-Hostdeck-Token header', async () => {
    const { status, json } = await rpcWith(
      shell,
      'app:get-status',
      {},
      { 'X-Hostdeck-Token': shell.token }
    );
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
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

  it('streams events to a client that has only the cookie, with no token in the URL', async () => {
    const cookie = await cookieFromLink(shell);
    const controller = new AbortController();
    const res = await fetch(new URL('/events', shell.server.url), {
      headers: { Cookie: cookie },
      signal: controller.signal
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const text = await readEventsUntil(res, 'cache:changed', () =>
      rpc(shell, 'settings:update', { input: { theme: 'light' } })
    );
    controller.abort();
    expect(text).toContain('event: cache:changed');
    expect(text).toContain('"scopes":["settings"]');
  });

  it('refuses the event stream without the cookie, even with the token in its URL', async () => {
    expect((await fetch(new URL('/events', shell.server.url))).status).toBe(401);
    const oldStyle = await fetch(new URL(`/events?token=${shell.token}`, shell.server.url));
    expect(oldStyle.status).toBe(401);
  });

  it('refuses the event stream to another origin even with the cookie', async () => {
    const res = await fetch(new URL('/events', shell.server.url), {
      headers: { Cookie: await cookieFromLink(shell), Origin: 'http://127.0.0.1:1' }
    });
    expect(res.status).toBe(403);
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

describe('the printed link', () => {
  let dir: { path: string; cleanup: () => void };
  let shell: WebShell;

  beforeEach(async () => {
    dir = makeTempDir();
    const staticDir = `${dir.path}/renderer`;
    mkdirSync(staticDir);
    writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Hostdeck app</title>');
    shell = await startWebShell({
      dataDir: `${dir.path}/data`,
      staticDir,
      version: '9.9.9',
      secrets: createSessionSecretStore('test')
    });
  });
  afterEach(async () => {
    await shell.close();
    dir.cleanup();
  });

  it('trades its token for an HttpOnly, SameSite=Strict cookie and redirects to the clean URL', async () => {
    const res = await openLink(`${shell.url}&view=compact`);
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get('location')).toBe('/?view=compact');
    expect(res.headers.get('location')).not.toContain(shell.token);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    const [pair, ...attributes] = cookies[0]!.split(';').map((part) => part.trim());
    expect(pair).toBe(`hostdeck-token-${shell.server.port}=${shell.token}`);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    // A session cookie: the token changes with every run anyway.
    expect(attributes.some((a) => /^(max-age|expires)=/i.test(a))).toBe(false);
  });

  it('serves the app to the cookie and the missing-token page to a browser without it', async () => {
    const cookie = await cookieFromLink(shell);
    const withCookie = await fetch(new URL('/', shell.server.url), { headers: { Cookie: cookie } });
    expect(withCookie.status).toBe(200);
    expect(await withCookie.text()).toContain('Hostdeck app');

    const without = await fetch(new URL('/', shell.server.url));
    expect(without.status).toBe(401);
    expect(without.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await without.text();
    expect(page).not.toContain('Hostdeck app');
    expect(page).toContain('Hostdeck needs its access link');
    expect(page).toContain('printed by <code>npm run web</code>');
    expect(page).toContain('data-page="missing-token" data-view-state="error"');
  });

  it('asks once more, itself, when another site started the navigation and no cookie came', async () => {
    // Browsers withhold SameSite=Strict cookies from a navigation another site started,
    // redirects included; the page's own reload is same-origin and carries the cookie.
    const fromLink = await rawGet(shell.server.port, '/', {
      'Sec-Fetch-Site': 'cross-site',
      'Sec-Fetch-Mode': 'navigate'
    });
    expect(fromLink.status).toBe(401);
    expect(fromLink.body).toContain('<meta http-equiv="refresh" content="0">');
    // The reload itself, still without a cookie, does not ask again: no loop.
    const reload = await rawGet(shell.server.port, '/', {
      'Sec-Fetch-Site': 'same-origin',
      'Sec-Fetch-Mode': 'navigate'
    });
    expect(reload.status).toBe(401);
    expect(reload.body).toContain('Hostdeck needs its access link');
    expect(reload.body).not.toContain('http-equiv="refresh"');
  });

  it('refuses a link with a wrong token: no cookie, the missing-token page', async () => {
    const res = await openLink(`${shell.server.url}?token=${'x'.repeat(shell.token.length)}`);
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await res.text()).toContain('Hostdeck needs its access link');
  });

  it('keeps the cookies of two shells side by side apart (cookies ignore the port)', async () => {
    const other = await startWebShell({
      dataDir: `${dir.path}/other`,
      staticDir: null,
      version: '9.9.9',
      secrets: createSessionSecretStore('test')
    });
    try {
      const ours = await cookieFromLink(shell);
      const theirs = await cookieFromLink(other);
      // Same name would mean the second link overwrites the first shell's cookie.
      expect(ours.split('=')[0]).not.toBe(theirs.split('=')[0]);
      const bothCookies = `${theirs}; ${ours}`;
      const res = await fetch(new URL('/', shell.server.url), { headers: { Cookie: bothCookies } });
      expect(res.status).toBe(200);
      const onlyTheirs = await fetch(new URL('/', shell.server.url), {
        headers: { Cookie: theirs }
      });
      expect(onlyTheirs.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
