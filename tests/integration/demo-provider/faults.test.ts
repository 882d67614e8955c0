import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { postApi } from './api-client';

let provider: DemoProvider;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({ size: 'demo', seed: 21, clock });
});
afterEach(() => provider.close());

const call = (): Promise<Response> => postApi(provider, { action: 'GetInvoices', limitnum: 3 });

describe('fault injection', () => {
  it('answers HTTP 500 at errorRate 1', async () => {
    provider.setFaults({ errorRate: 1 });
    expect((await call()).status).toBe(500);
  });

  it('answers every Nth request with 429 and Retry-After', async () => {
    provider.setFaults({ rateLimit: { everyN: 3, retryAfterSeconds: 2 } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await call();
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    expect(retryAfter).toBe('2');
  });

  it('cuts JSON bodies short with HTTP 200 at malformedJson 1', async () => {
    provider.setFaults({ malformedJson: 1 });
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(text.startsWith('{"result":"success"')).toBe(true);
  });

  it('serves a PHP fatal-error HTML page at htmlError 1, with status 200 or 500', async () => {
    provider.setFaults({ htmlError: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const res = await call();
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<b>Fatal error</b>');
      statuses.add(res.status);
    }
    expect([...statuses].sort()).toEqual([200, 500]);
  });

  it('destroys the connection at dropConnection 1', async () => {
    provider.setFaults({ dropConnection: 1 });
    await expect(call()).rejects.toThrow();
  });

  it('delays responses by latencyMs of the injected clock', async () => {
    provider.setFaults({ latencyMs: 250 });
    let settled = false;
    const pending = call().then((res) => {
      settled = true;
      return res;
    });
    while (clock.pending === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(clock.sleeps).toContain(250);
    clock.advance(250);
    expect((await pending).status).toBe(200);
  });

  it('makes the same decisions again after the same configuration is set', async () => {
    const run = async (): Promise<number[]> => {
      provider.setFaults({ errorRate: 0.5 });
      const out: number[] = [];
      for (let i = 0; i < 16; i++) {
        const res = await call();
        out.push(res.status);
        await res.arrayBuffer();
      }
      return out;
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 500]));
    expect(await run()).toEqual(first);
  });

  it('accepts a fault spec string on POST /__demo/faults and reports bad ones with 422', async () => {
    const ok = await fetch(`${provider.url}/__demo/faults`, {
      method: 'POST',
      body: JSON.stringify({ spec: 'error=1' })
    });
    expect(await ok.json()).toEqual({ faults: { errorRate: 1 } });
    expect((await call()).status).toBe(500);
    const bad = await fetch(`${provider.url}/__demo/faults`, {
      method: 'POST',
      body: JSON.stringify({ errorRate: 3 })
    });
    expect(bad.status).toBe(422);
    const off = await fetch(`${provider.url}/__demo/faults`, { method: 'POST', body: '{}' });
    expect(off.status).toBe(200);
    expect((await call()).status).toBe(200);
  });
});
