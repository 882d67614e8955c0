// Tests src-main/node/node-http.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeHttp } from '@main/node/node-http';
import { NetworkError } from '@main/core/providers/errors';

let server: Server;
let base: string;
const received: { method?: string; body: string; headers: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method, body, headers: req.headers });
      if (req.url === '/redirect') {
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
});
