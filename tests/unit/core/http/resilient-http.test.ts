import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FakeClock } from '@tests/fakes/fake-clock';
import type { Http, HttpRequest, HttpResponse } from '@main/core/ports';
import {
  createResilientHttp,
  fullJitterDelay,
  parseRetryAfter,
  type ResilientHttpOptions
} from '@main/core/http/resilient-http';
import { NetworkError } from '@main/core/providers/errors';

type Step = number | { status: number; headers?: Record<string, string> } | Error | 'hang' | 'deaf';

/** An Http port that plays a script of statuses, errors or hangs, one per request. */
class ScriptedHttp implements Http {
  readonly seen: HttpRequest[] = [];
  constructor(private readonly script: Step[]) {}

  send(request: HttpRequest): Promise<HttpResponse> {
    this.seen.push(request);
    const step = this.script.length > 1 ? this.script.shift()! : this.script[0]!;
    if (step === 'hang') {
      return new Promise((_, reject) =>
        request.signal?.addEventListener('abort', () => reject(request.signal?.reason))
      );
    }
    // A port that ignores its signal: only the resilient layer can end the wait.
    if (step === 'deaf') return new Promise(() => undefined);
    if (step instanceof Error) return Promise.reject(step);
    const { status, headers = {} } = typeof step === 'number' ? { status: step } : step;
    return Promise.resolve({ status, headers, body: new Uint8Array() });
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lets pending work run, advancing the fake clock through each requested sleep. */
async function settle<T>(clock: FakeClock, promise: Promise<T>): Promise<T> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true)
  );
  while (!done) {
    await tick();
    if (clock.pending > 0) clock.advance(clock.sleeps.at(-1)!);
  }
  return promise;
}

function setup(script: Step[], overrides: Partial<ResilientHttpOptions> = {}) {
  const clock = new FakeClock();
  const http = new ScriptedHttp(script);
  const states: string[] = [];
  const resilient = createResilientHttp({
    http,
    clock,
    random: () => 0.5,
    timeoutMs: 10_000,
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    maxRetryAfterSeconds: 60,
    circuit: { failureThreshold: 100, probeAfterMs: 30_000 },
    onStateChange: (s) => states.push(s),
    ...overrides
  });
  return { clock, http, resilient, states };
}

const GET: HttpRequest & { idempotent: boolean } = {
  url: 'https://billing.example.com/api',
  method: 'GET',
  idempotent: true
};
const POST = {
  url: 'https://billing.example.com/includes/api.php',
  method: 'POST' as const,
  body: 'action=AddTicketReply',
  idempotent: false
};

describe('resilient http', () => {
  it('retries a 500 burst on an idempotent call with full-jitter delays from the injected random', async () => {
    const randoms = [0.5, 0.25, 0.999];
    const { clock, http, resilient } = setup([500, 500, 500, 200], {
      random: () => randoms.shift()!
    });
    const response = await settle(clock, resilient.send(GET));
    expect(response.status).toBe(200);
    expect(http.seen).toHaveLength(4);
    // ceilings 100, 200, 400 ms; delay = floor(random * ceiling)
    expect(clock.sleeps).toEqual([50, 50, 399]);
  });

  it('keeps every backoff delay inside [0, min(max, base * 2^n))', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const delay = fullJitterDelay(n, 100, 5_000, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(5_000, 100 * 2 ** n));
          expect(Number.isInteger(delay)).toBe(true);
        }
      )
    );
  });

  it('waits exactly the 2 seconds of Retry-After: 2 on a 429 before trying again', async () => {
    const { clock, http, resilient } = setup([
      { status: 429, headers: { 'retry-after': '2' } },
      200
    ]);
    const pending = resilient.send(GET);
    await tick();
    expect(clock.sleeps).toEqual([2000]);
    clock.advance(1999);
    await tick();
    expect(http.seen).toHaveLength(1);
    clock.advance(1);
    expect((await pending).status).toBe(200);
    expect(http.seen).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date on a 503', async () => {
    const clock = new FakeClock();
    const at = new Date(clock.now() + 5_000).toUTCString();
    const { clock: c, resilient } = setup([{ status: 503, headers: { 'retry-after': at } }, 200]);
    await settle(c, resilient.send(GET));
    expect(c.sleeps).toEqual([5000]);
  });

  it('hands back a 429 whose Retry-After exceeds the cap instead of waiting', async () => {
    const { clock, http, resilient } = setup([
      { status: 429, headers: { 'retry-after': '3600' } },
      200
    ]);
    const response = await settle(clock, resilient.send(GET));
    expect(response.status).toBe(429);
    expect(http.seen).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never retries a 401', async () => {
    const { clock, http, resilient } = setup([401, 200]);
    expect((await settle(clock, resilient.send(GET))).status).toBe(401);
    expect(http.seen).toHaveLength(1);
  });

  it('never retries a non-idempotent POST, even on a 503 or a network error', async () => {
    const first = setup([503, 200]);
    expect((await settle(first.clock, first.resilient.send(POST))).status).toBe(503);
    expect(first.http.seen).toHaveLength(1);
    const second = setup([new TypeError('fetch failed'), 200]);
    await expect(settle(second.clock, second.resilient.send(POST))).rejects.toBeInstanceOf(
      NetworkError
    );
    expect(second.http.seen).toHaveLength(1);
  });

  it('retries network errors on idempotent calls and returns the last failure when attempts run out', async () => {
    const recovering = setup([new TypeError('ECONNRESET'), 200]);
    expect((await settle(recovering.clock, recovering.resilient.send(GET))).status).toBe(200);
    const failing = setup([502]);
    expect((await settle(failing.clock, failing.resilient.send(GET))).status).toBe(502);
    expect(failing.http.seen).toHaveLength(4);
    expect(failing.clock.sleeps).toHaveLength(3);
  });

  it('times an attempt out with a NetworkError of reason "timeout"', async () => {
    const controller = new AbortController();
    const { clock, resilient } = setup(['hang'], { timeoutSignal: () => controller.signal });
    const pending = settle(clock, resilient.send(POST));
    await tick();
    controller.abort(new DOMException('timed out', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({
      name: 'NetworkError',
      reason: 'timeout',
      kind: 'offline'
    });
  });

  it('applies the real per-request timeout by default', async () => {
    const { clock, resilient } = setup(['hang'], { timeoutMs: 5 });
    await expect(settle(clock, resilient.send(POST))).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('cuts off a port that ignores its signal, at the real timeout or at the caller abort', async () => {
    const timed = setup(['deaf'], { timeoutMs: 5 });
    await expect(settle(timed.clock, timed.resilient.send(POST))).rejects.toMatchObject({
      reason: 'timeout'
    });
    const caller = new AbortController();
    const aborted = setup(['deaf']);
    const pending = settle(
      aborted.clock,
      aborted.resilient.send({ ...GET, signal: caller.signal })
    );
    await tick();
    caller.abort(new Error('user cancelled'));
    await expect(pending).rejects.toThrow('user cancelled');
    expect(aborted.http.seen).toHaveLength(1);
  });

  it('does not retry when the caller aborts', async () => {
    const caller = new AbortController();
    const { clock, http, resilient } = setup(['hang']);
    const pending = settle(clock, resilient.send({ ...GET, signal: caller.signal }));
    await tick();
    caller.abort(new Error('user cancelled'));
    await expect(pending).rejects.toThrow('user cancelled');
    expect(http.seen).toHaveLength(1);
    expect(resilient.state()).toBe('online');
  });

  it('leaves no rejection unhandled when the caller had aborted before the request', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const caller = new AbortController();
      caller.abort(new Error('stopped'));
      const { resilient } = setup([new Error('fetch aborted')]);
      await expect(resilient.send({ ...GET, signal: caller.signal })).rejects.toThrow('stopped');
      await tick();
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('opens the circuit after the failure threshold, fails fast, and closes it after a successful probe', async () => {
    const { clock, http, resilient, states } = setup([500, 500, 500, 200], {
      maxAttempts: 1,
      circuit: { failureThreshold: 3, probeAfterMs: 30_000 }
    });
    for (let i = 0; i < 3; i++) await resilient.send(GET);
    expect(resilient.state()).toBe('offline');
    expect(states).toEqual(['offline']);

    await expect(resilient.send(GET)).rejects.toMatchObject({
      reason: 'circuit-open',
      kind: 'offline'
    });
    clock.advance(29_999);
    await expect(resilient.send(GET)).rejects.toMatchObject({ reason: 'circuit-open' });
    expect(http.seen).toHaveLength(3);

    clock.advance(1);
    expect((await resilient.send(GET)).status).toBe(200);
    expect(http.seen).toHaveLength(4);
    expect(resilient.state()).toBe('online');
    expect(states).toEqual(['offline', 'online']);
  });

  it('lets only one probe through and re-opens the circuit when it fails', async () => {
    const { clock, http, resilient, states } = setup(
      [new TypeError('down'), new TypeError('down'), 'hang'],
      {
        maxAttempts: 1,
        circuit: { failureThreshold: 2, probeAfterMs: 1_000 },
        timeoutSignal: () => new AbortController().signal
      }
    );
    await expect(resilient.send(GET)).rejects.toBeInstanceOf(NetworkError);
    await expect(resilient.send(GET)).rejects.toBeInstanceOf(NetworkError);
    clock.advance(1_000);
    void resilient.send(GET).catch(() => undefined); // the probe hangs
    await expect(resilient.send(GET)).rejects.toMatchObject({ reason: 'circuit-open' });
    expect(http.seen).toHaveLength(3);
    expect(states).toEqual(['offline']);
  });

  it('re-opens after a failed probe and waits a full probe interval again', async () => {
    const { clock, http, resilient } = setup([503, 503, 503, 200], {
      maxAttempts: 1,
      circuit: { failureThreshold: 2, probeAfterMs: 1_000 }
    });
    await resilient.send(GET);
    await resilient.send(GET);
    clock.advance(1_000);
    expect((await resilient.send(GET)).status).toBe(503);
    await expect(resilient.send(GET)).rejects.toMatchObject({ reason: 'circuit-open' });
    clock.advance(1_000);
    expect((await resilient.send(GET)).status).toBe(200);
    expect(http.seen).toHaveLength(4);
    expect(resilient.state()).toBe('online');
  });

  it('counts a 4xx reply as the server being reachable', async () => {
    const { resilient } = setup([500, 404, 500], {
      maxAttempts: 1,
      circuit: { failureThreshold: 2, probeAfterMs: 1 }
    });
    for (let i = 0; i < 3; i++) await resilient.send(GET);
    expect(resilient.state()).toBe('online');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta seconds, HTTP dates in the future or past, and rejects garbage', () => {
    const now = Date.parse('2026-11-22T09:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Sun, 22 Nov 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
