/**
 * The web shell's test-only control: it stops and starts the demo provider for end-to-end
 * tests, and answers nobody without the shell's token, from a browser or via a foreign Host.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestControl, type TestControl } from '@main/web-shell/test-control';

const TOKEN = 't'.repeat(32);

function post(
  control: TestControl,
  path: string,
  headers: Record<string, string>
): Promise<{ status: number; body: string }> {
  const port = Number(new URL(control.url).port);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, ...headers }
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      }
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the web shell test control', () => {
  let control: TestControl;
  let calls: string[];

  beforeEach(async () => {
    calls = [];
    control = await startTestControl(TOKEN, {
      demoProvider: {
        pause: async () => void calls.push('pause'),
        resume: async () => void calls.push('resume')
      }
    });
  });
  afterEach(() => control.close());

  it('listens on loopback only', () => {
    expect(control.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('stops and starts the demo provider with the token', async () => {
    const stop = await post(control, '/demo-provider/stop', { 'X-Hostdeck-Token': TOKEN });
    expect(stop.status).toBe(200);
    const start = await post(control, '/demo-provider/start', { 'X-Hostdeck-Token': TOKEN });
    expect(JSON.parse(start.body)).toEqual({ ok: true, demoProvider: 'started' });
    expect(calls).toEqual(['pause', 'resume']);
  });

  it('refuses a missing or wrong token, a browser origin and a foreign Host, doing nothing', async () => {
    expect((await post(control, '/demo-provider/stop', {})).status).toBe(401);
    expect(
      (await post(control, '/demo-provider/stop', { 'X-Hostdeck-Token': 'x'.repeat(32) })).status
    ).toBe(401);
    expect(
      (
        await post(control, '/demo-provider/stop', {
          'X-Hostdeck-Token': TOKEN,
          Origin: 'http://evil.example'
        })
      ).status
    ).toBe(403);
    expect(
      (
        await post(control, '/demo-provider/stop', {
          'X-Hostdeck-Token': TOKEN,
          Host: 'evil.example'
        })
      ).status
    ).toBe(403);
    expect(calls).toEqual([]);
  });

  it('answers 404 for anything else', async () => {
    expect((await post(control, '/shutdown', { 'X-Hostdeck-Token': TOKEN })).status).toBe(404);
  });
});
