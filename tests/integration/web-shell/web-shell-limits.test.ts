import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { makeTempDir } from '../../fakes/temp-dir';
import { cookieFromLink, rawExchange, rpc, statusOf } from './web-shell-client';

/** The web shell's cap on a contract call's body (1 MiB). */
const CAP = 1024 * 1024;

describe('the web shell under bad requests', () => {
  let dir: { path: string; cleanup: () => void };
  let shell: WebShell;
  let cookie: string;

  beforeEach(async () => {
    dir = makeTempDir();
    const staticDir = join(dir.path, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hostdeck app</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
    // A file whose every read fails with EIO (the kernel refuses reading address 0 of a
    // process' memory) — what a failing disk or a file changed under us looks like.
    symlinkSync('/proc/self/mem', join(staticDir, 'assets', 'unreadable.js'));
    shell = await startWebShell({
      dataDir: join(dir.path, 'data'),
      staticDir,
      version: '9.9.9',
      secrets: createSessionSecretStore('test')
    });
    cookie = await cookieFromLink(shell);
  });
  afterEach(async () => {
    await shell.close();
    dir.cleanup();
  });

  const get = (path: string) =>
    fetch(new URL(path, shell.server.url), { headers: { Cookie: cookie } });
  const stillAnswers = async () =>
    expect((await rpc(shell, 'app:get-status', {}, { Cookie: cookie })).json.ok).toBe(true);

  it('answers 500 for a static file that cannot be read, and keeps serving', async () => {
    const res = await get('/assets/unreadable.js');
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/could not read/);
    const app = await get('/assets/app.js');
    expect(app.status).toBe(200);
    expect(await app.text()).toBe('console.log("app");');
    await stillAnswers();
  });

  it('answers 400 for a path with a malformed % escape', async () => {
    for (const path of ['/assets/%E0%A4%A.js', '/tickets/%E0%A4%A', '/rpc/app:get-status%ZZ']) {
      const res = await fetch(new URL(path, shell.server.url), {
        method: path.startsWith('/rpc/') ? 'POST' : 'GET',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: path.startsWith('/rpc/') ? '{}' : undefined
      });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { kind: string } }).error.kind).toBe('invalid-input');
    }
    await stillAnswers();
  });

  it('refuses a body declared over the cap at once, without waiting for it', async () => {
    // Only the headers are sent: a server reading the body to its end would never answer.
    const answer = await rawExchange(shell.server.port, (socket) =>
      socket.write(
        [
          'POST /rpc/settings:update HTTP/1.1',
          `Host: 127.0.0.1:${shell.server.port}`,
          'Content-Type: application/json',
          `Cookie: ${cookie}`,
          `Content-Length: ${64 * CAP}`,
          '',
          ''
        ].join('\r\n')
      )
    );
    expect(statusOf(answer)).toBe(413);
    expect(answer).toMatch(/too large/);
    await stillAnswers();
  });

  it('cuts off a streamed body past the cap: 413, and the rest is never read', async () => {
    // Chunked, with no declared length: twice the cap is sent and the body is never finished,
    // so only a server that stops reading at the cap can answer (then it closes the socket).
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const answer = await rawExchange(shell.server.port, (socket) => {
      socket.write(
        [
          'POST /rpc/settings:update HTTP/1.1',
          `Host: 127.0.0.1:${shell.server.port}`,
          'Content-Type: application/json',
          `Cookie: ${cookie}`,
          'Transfer-Encoding: chunked',
          '',
          ''
        ].join('\r\n')
      );
      for (let sent = 0; sent < 2 * CAP; sent += chunk.length) {
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write('\r\n');
      }
    });
    expect(statusOf(answer)).toBe(413);
    expect(answer.toLowerCase()).toContain('connection: close');
    await stillAnswers();
  });

  it('still takes a body just under the cap', async () => {
    const padding = ' '.repeat(CAP - 100);
    const { status, json } = await rpc(
      shell,
      'settings:update',
      `{"input":{"theme":"dark"}}${padding}`,
      { Cookie: cookie }
    );
    expect(status).toBe(200);
    expect(json.value).toMatchObject({ theme: 'dark' });
  });
});
