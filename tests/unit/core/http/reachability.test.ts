import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import type { Http, HttpRequest, HttpResponse } from '@main/core/ports';
import { createResilientHttp } from '@main/core/http/resilient-http';

/** An Http port answering each request with the next status, or failing like a refused connection. */
class ScriptedHttp implements Http {
  constructor(private readonly script: (number | 'refused')[]) {}
  async send(_request: HttpRequest): Promise<HttpResponse> {
    const step = this.script.length > 1 ? this.script.shift()! : this.script[0]!;
    if (step === 'refused') throw new Error('connect ECONNREFUSED 127.0.0.1:8443');
    return { status: step, headers: {}, body: new Uint8Array() };
  }
}

function setup(script: (number | 'refused')[]) {
  const clock = new FakeClock();
  const verdicts: boolean[] = [];
  const http = createResilientHttp({
    http: new ScriptedHttp(script),
    clock,
    random: () => 0,
    timeoutMs: 10_000,
    maxAttempts: 2,
    baseDelayMs: 0,
    maxDelayMs: 0,
    maxRetryAfterSeconds: 60,
    circuit: { failureThreshold: 100, probeAfterMs: 30_000 },
    onReachability: (reached) => verdicts.push(reached)
  });
  return { http, verdicts };
}

const read = { url: 'https://billing.example.com/includes/api.php', method: 'POST' as const };

describe('provider reachability', () => {
  it('says unreachable once per failed request, after its retries, and reachable on the next answer', async () => {
    const { http, verdicts } = setup(['refused', 'refused', 200]);
    await expect(http.send({ ...read, idempotent: true })).rejects.toMatchObject({
      kind: 'offline'
    });
    expect(verdicts).toEqual([false]);
    await http.send({ ...read, idempotent: true });
    expect(verdicts).toEqual([false, true]);
  });

  it('counts a write that could not be sent (no retry) as unreachable too', async () => {
    const { http, verdicts } = setup(['refused']);
    await expect(http.send({ ...read, idempotent: false })).rejects.toThrow(/ECONNREFUSED/);
    expect(verdicts).toEqual([false]);
  });

  it("takes a gateway's 502/503/504 for an unreachable provider, but any other answer as reached", async () => {
    for (const [status, reached] of [
      [502, false],
      [503, false],
      [504, false],
      [500, true],
      [403, true],
      [200, true]
    ] as const) {
      const { http, verdicts } = setup([status]);
      await http.send({ ...read, idempotent: false });
      expect([status, verdicts]).toEqual([status, [reached]]);
    }
  });

  it('says nothing about a request the caller cancelled', async () => {
    const { http, verdicts } = setup(['refused']);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      http.send({ ...read, idempotent: true, signal: controller.signal })
    ).rejects.toThrow();
    expect(verdicts).toEqual([]);
  });
});
