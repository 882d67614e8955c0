// Tests src-main/node/node-http.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createTlsServer } from 'node:https';
import { connect as connectTcp } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createNodeHttp } from '@main/node/node-http';
import { NetworkError } from '@main/core/providers/errors';

let server: Server;
let base: string;
const received: {
  method?: string;
  body: string;
  headers: Record<string, unknown>;
  socket: Socket;
}[] = [];
const JSON_REPLY = Buffer.from(
  JSON.stringify({ result: 'success', name: 'Zoë', n: 'x'.repeat(2000) })
);
/** The reply in each content coding a provider may use (deflate with and without its header). */
const ENCODED: Record<string, [string, Buffer]> = {
  '/gzip': ['gzip', gzipSync(JSON_REPLY)],
  '/deflate': ['deflate', deflateSync(JSON_REPLY)],
  '/deflate-raw': ['deflate', deflateRawSync(JSON_REPLY)],
  '/br': ['br', brotliCompressSync(JSON_REPLY)],
  '/twice': ['deflate, gzip', gzipSync(deflateSync(JSON_REPLY))],
  '/unknown': ['compress', Buffer.from('as sent')]
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method, body, headers: req.headers, socket: req.socket });
      const encoded = ENCODED[req.url ?? ''];
      if (encoded) {
        res.writeHead(200, { 'Content-Encoding': encoded[0] });
        res.end(encoded[1]);
      } else if (req.url === '/repeated') {
        res.writeHead(200, [
          ['Vary', 'Accept'],
          ['vary', 'Origin']
        ]);
        res.end();
      } else if (req.url === '/drop') {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('{"result":');
        setTimeout(() => res.socket?.destroy(), 10);
      } else if (req.url === '/redirect') {
        res.writeHead(302, [
          ['Location', '/target'],
          ['Set-Cookie', 'a=1; Path=/; Expires=Fri, 21 Nov 2027 10:00:00 GMT'],
          ['Set-Cookie', 'b=2; Path=/; HttpOnly'],
          ['X-Custom-Header', 'Yes']
        ]);
        res.end();
      } else if (req.url === '/hang') {
        // never answers; the client aborts
      } else {
        res.writeHead(201, { 'Content-Type': 'application/octet-stream' });
        res.end(Buffer.from([0, 1, 2, 255]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('node http port', () => {
  it('does not follow redirects and exposes every Set-Cookie joined by newlines with lower-cased header names', async () => {
    const response = await createNodeHttp().send({ url: `${base}/redirect`, method: 'GET' });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/target');
    expect(response.headers['x-custom-header']).toBe('Yes');
    expect(response.headers['set-cookie']).toBe(
      'a=1; Path=/; Expires=Fri, 21 Nov 2027 10:00:00 GMT\nb=2; Path=/; HttpOnly'
    );
    expect(received.at(-1)?.method).toBe('GET');
  });

  it('sends the method, headers and body, and returns the body bytes unchanged', async () => {
    const response = await createNodeHttp().send({
      url: `${base}/echo`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=GetInvoices&responsetype=json'
    });
    expect(response.status).toBe(201);
    expect([...response.body]).toEqual([0, 1, 2, 255]);
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      body: 'action=GetInvoices&responsetype=json'
    });
    expect(received.at(-1)?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('rejects with a NetworkError naming the cause when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await createNodeHttp()
      .send({ url: `http://127.0.0.1:${port}/`, method: 'GET' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = createNodeHttp().send({
      url: `${base}/hang`,
      method: 'GET',
      signal: controller.signal
    });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });

  it('sends a text body as UTF-8 and a byte body as given, each with its length in bytes', async () => {
    const http = createNodeHttp();
    await http.send({
      url: `${base}/echo`,
      method: 'POST',
      body: 'subject=Caf\u00e9 \u{1F600} \ud800'
    });
    // A lone surrogate cannot be UTF-8: it goes as U+FFFD, as fetch sent it.
    expect(received.at(-1)?.body).toBe('subject=Caf\u00e9 \u{1F600} \ufffd');
    expect(received.at(-1)?.headers['content-length']).toBe('22');
    await http.send({
      url: `${base}/echo`,
      method: 'PUT',
      body: new Uint8Array([0x61, 0xc3, 0xa9])
    });
    expect(received.at(-1)?.body).toBe('a\u00e9');
    expect(received.at(-1)?.headers['content-length']).toBe('3');
  });

  it('sends the headers fetch sent by default unless the caller set them', async () => {
    const http = createNodeHttp();
    await http.send({ url: `${base}/echo`, method: 'POST', body: 'a=é' });
    expect(received.at(-1)?.headers).toMatchObject({
      'content-type': 'text/plain;charset=UTF-8',
      'content-length': '4',
      accept: '*/*',
      'accept-language': '*',
      'sec-fetch-mode': 'cors',
      'user-agent': 'node',
      'accept-encoding': 'gzip, deflate'
    });
    await http.send({
      url: `${base}/echo`,
      method: 'GET',
      headers: { Accept: 'application/json', 'User-Agent': 'Hostdeck', Range: 'bytes=0-1' }
    });
    expect(received.at(-1)?.headers).toMatchObject({
      accept: 'application/json',
      'user-agent': 'Hostdeck',
      'accept-encoding': 'identity'
    });
    await http.send({ url: `${base}/echo`, method: 'POST' });
    expect(received.at(-1)?.headers['content-length']).toBe('0');
  });

  it('decodes gzip, deflate (with or without its header), br and stacked codings; an unknown coding stays as sent', async () => {
    const http = createNodeHttp();
    for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br', '/twice']) {
      const response = await http.send({ url: `${base}${path}`, method: 'GET' });
      expect(Buffer.from(response.body).equals(JSON_REPLY), path).toBe(true);
      expect(response.headers['content-encoding']).toBe(ENCODED[path]![0]);
    }
    const unknown = await http.send({ url: `${base}/unknown`, method: 'GET' });
    expect(Buffer.from(unknown.body).toString()).toBe('as sent');
  });

  it('joins a repeated header with ", " as fetch did', async () => {
    const response = await createNodeHttp().send({ url: `${base}/repeated`, method: 'GET' });
    expect(response.headers.vary).toBe('Accept, Origin');
  });

  it('keeps the connection for the next request', async () => {
    const http = createNodeHttp();
    await http.send({ url: `${base}/echo`, method: 'GET' });
    await http.send({ url: `${base}/echo`, method: 'POST', body: 'x=1' });
    expect(received.at(-1)?.socket).toBe(received.at(-2)?.socket);
  });

  it('rejects with a NetworkError when the connection drops in the middle of the reply', async () => {
    const error = await createNodeHttp()
      .send({ url: `${base}/drop`, method: 'GET' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/dropped while reading the reply/);
  });

  it('rejects with the abort reason when the caller had aborted before sending', async () => {
    const before = received.length;
    const controller = new AbortController();
    controller.abort(new Error('already stopped'));
    await expect(
      createNodeHttp().send({ url: `${base}/echo`, method: 'GET', signal: controller.signal })
    ).rejects.toThrow('already stopped');
    expect(received.length).toBe(before);
  });
});

const run = promisify(execFile);
const PORT_MODULE = fileURLToPath(new URL('../../../src-main/node/node-http.ts', import.meta.url));

describe('node http port behind a proxy', () => {
  /** A forward proxy on loopback: relays absolute-form requests, and records what it relayed. */
  let proxy: Server;
  let proxyUrl: string;
  const relayed: string[] = [];
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      relayed.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      const upstream = httpRequest(
        target,
        { method: req.method, headers: { ...req.headers, host: target.host } },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, { ...reply.headers, via: '1.1 test-proxy' });
          reply.pipe(res);
        }
      );
      req.pipe(upstream);
    });
    // HTTPS goes through a tunnel: CONNECT host:port, then the TLS bytes both ways.
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      relayed.push(`CONNECT ${req.url}`);
      const [host = '', port = ''] = (req.url ?? '').split(':');
      const upstream = connectTcp(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  const behind = (env: Record<string, string>) =>
    createNodeHttp({ proxyEnv: { 'http:': env, 'https:': env } });

  it('goes through the proxy the environment names, and straight to a host NO_PROXY lists', async () => {
    const http = behind({ HTTP_PROXY: proxyUrl });
    const reply = await http.send({ url: `${base}/echo`, method: 'POST', body: 'via=proxy' });
    expect(reply.headers['via']).toBe('1.1 test-proxy');
    expect(relayed.at(-1)).toBe(`POST ${base}/echo`);
    expect(received.at(-1)?.body).toBe('via=proxy');

    const before = relayed.length;
    const direct = behind({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    const straight = await direct.send({ url: `${base}/echo`, method: 'GET' });
    expect(straight.headers['via']).toBeUndefined();
    expect(relayed.length).toBe(before);
  });

  it('follows Node: with NODE_USE_ENV_PROXY=1 a new process goes through HTTP_PROXY by default', async () => {
    const before = relayed.length;
    // A process of its own: Node reads NODE_USE_ENV_PROXY when it starts.
    const script = `const { createNodeHttp } = await import(${JSON.stringify(PORT_MODULE)});
      const reply = await createNodeHttp().send({ url: ${JSON.stringify(`${base}/echo`)}, method: 'GET' });
      process.stdout.write(String(reply.headers.via));`;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxyUrl, NO_PROXY: '' } }
    );
    expect(stdout).toBe('1.1 test-proxy');
    expect(relayed.slice(before)).toEqual([`GET ${base}/echo`]);
  }, 30_000);

  it('reaches an HTTPS provider through the proxy’s CONNECT tunnel', async () => {
    const tls = fileURLToPath(new URL('../../fixtures/tls/', import.meta.url));
    const secure = createTlsServer(
      {
        key: readFileSync(`${tls}localhost-key.pem`),
        cert: readFileSync(`${tls}localhost-cert.pem`)
      },
      (_req, res) => res.end('{"result":"success","over":"tls"}')
    );
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    const port = (secure.address() as AddressInfo).port;
    try {
      const before = relayed.length;
      const script = `const { createNodeHttp } = await import(${JSON.stringify(PORT_MODULE)});
        const reply = await createNodeHttp().send({ url: 'https://127.0.0.1:${port}/includes/api.php', method: 'POST', body: 'action=GetInvoices' });
        process.stdout.write(new TextDecoder().decode(reply.body));`;
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          env: {
            ...process.env,
            NODE_USE_ENV_PROXY: '1',
            HTTPS_PROXY: proxyUrl,
            NO_PROXY: '',
            // The fixture's certificate is self-signed: this process alone does not check it.
            NODE_TLS_REJECT_UNAUTHORIZED: '0'
          }
        }
      );
      expect(stdout).toBe('{"result":"success","over":"tls"}');
      // The proxy saw the tunnel and nothing of what went through it.
      expect(relayed.slice(before)).toEqual([`CONNECT 127.0.0.1:${port}`]);
    } finally {
      secure.closeAllConnections();
      await new Promise<void>((resolve) => secure.close(() => resolve()));
    }
  }, 30_000);

  it('connects directly when Node is not told to use the environment’s proxy', async () => {
    const before = relayed.length;
    const saved = process.env['HTTP_PROXY'];
    process.env['HTTP_PROXY'] = proxyUrl;
    try {
      // This test process runs without NODE_USE_ENV_PROXY, as Hostdeck does by default.
      const reply = await createNodeHttp().send({ url: `${base}/echo`, method: 'GET' });
      expect(reply.headers['via']).toBeUndefined();
      expect(relayed.length).toBe(before);
    } finally {
      if (saved === undefined) delete process.env['HTTP_PROXY'];
      else process.env['HTTP_PROXY'] = saved;
    }
  });
});
