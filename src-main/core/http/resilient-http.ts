/**
 * An Http port wrapper that adds what a flaky hosting API needs: a timeout on every request,
 * automatic retries for idempotent calls only (exponential backoff with full jitter, or the
 * server's Retry-After on 429/503), and a circuit breaker that turns repeated failures into
 * an 'offline' state which fails fast until a single probe gets through.
 *
 * Retry delays go through clock.sleep so tests drive them with a FakeClock; the per-request
 * timeout uses a real timer, cleared when the attempt ends (a signal is injectable through
 * `timeoutSignal`).
 */
import type { Clock, Http, HttpRequest, HttpResponse, Logger } from '../ports';
import { NetworkError } from '../providers/errors';

/** A request plus whether repeating it is harmless (GET, or a read action sent by POST). */
export interface ResilientRequest extends HttpRequest {
  readonly idempotent?: boolean;
}

/** Connectivity as the UI shows it. */
export type ConnectivityState = 'online' | 'offline';

export interface ResilientHttpOptions {
  readonly http: Http;
  readonly clock: Clock;
  /** Uniform [0, 1) source for jitter; Math.random by default. */
  readonly random?: () => number;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer Retry-After is not waited for: the response is handed back (caller reports rate limited). */
  readonly maxRetryAfterSeconds: number;
  readonly circuit: { readonly failureThreshold: number; readonly probeAfterMs: number };
  readonly onStateChange?: (state: ConnectivityState) => void;
  /**
   * After every request that ended with a verdict (retries spent, not aborted by the caller):
   * true when the provider answered, false when it could not be reached — a network error, a
   * timeout, the open circuit, or a gateway's 502/503/504 standing in for it. Every caller
   * (sync, outbox, downloads) goes through here, so the UI's online state can follow it.
   */
  readonly onReachability?: (reached: boolean) => void;
  /** Builds the timeout signal of one attempt; a timer cleared when the attempt ends by default. */
  readonly timeoutSignal?: (ms: number) => AbortSignal;
  readonly logger?: Logger;
}

/** An Http port that honours `idempotent` and reports connectivity. */
export interface ResilientHttp extends Http {
  send(request: ResilientRequest): Promise<HttpResponse>;
  state(): ConnectivityState;
}

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const SERVER_FAILURE_STATUSES = new Set([500, 502, 503, 504]);
/** Answers from something in front of the provider saying the provider itself is not there. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/**
 * Parses Retry-After (delta seconds or an HTTP-date) into whole seconds from `nowMs`;
 * null when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** Full-jitter backoff: a uniform delay in [0, min(max, base * 2^retryIndex)). */
export function fullJitterDelay(
  retryIndex: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/** Wraps an Http port with timeouts, retries and a circuit breaker (see module comment). */
export function createResilientHttp(options: ResilientHttpOptions): ResilientHttp {
  const { http, clock, timeoutMs, maxAttempts, baseDelayMs, maxDelayMs } = options;
  const random = options.random ?? Math.random;
  const breaker = createBreaker(options);

  async function attemptOnce(request: ResilientRequest): Promise<HttpResponse> {
    const attempt = options.timeoutSignal
      ? injectedAttempt(request.signal, timeoutMs, options.timeoutSignal)
      : new TimedAttempt(request.signal, timeoutMs);
    const { url, method, headers, body } = request;
    try {
      return await attempt.race(http.send({ url, method, headers, body, signal: attempt.signal }));
    } catch (error) {
      if (request.signal?.aborted) throw error;
      if (attempt.timedOut()) {
        throw new NetworkError(`No reply from ${hostOf(url)} within ${timeoutMs} ms`, 'timeout', {
          cause: error
        });
      }
      if (error instanceof NetworkError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new NetworkError(`Could not reach ${hostOf(url)}: ${detail}`, 'network', {
        cause: error
      });
    } finally {
      attempt.done();
    }
  }

  /**
   * Sends, retrying what may be retried, and reports reachability when the request ends with a
   * verdict. One async frame around the attempts: a sync sends tens of thousands of requests,
   * and every frame and promise on a reply's way back costs each of them CPU.
   */
  async function send(request: ResilientRequest): Promise<HttpResponse> {
    let response: HttpResponse;
    try {
      for (let attempt = 1; ; attempt++) {
        breaker.admit(request.url);
        try {
          response = await attemptOnce(request);
        } catch (error) {
          if (request.signal?.aborted) {
            breaker.release();
            throw error;
          }
          breaker.failure();
          if (!request.idempotent || attempt >= maxAttempts) throw error;
          await pause(
            fullJitterDelay(attempt - 1, baseDelayMs, maxDelayMs, random),
            request,
            attempt
          );
          continue;
        }
        if (SERVER_FAILURE_STATUSES.has(response.status)) breaker.failure();
        else breaker.success();

        if (
          !request.idempotent ||
          attempt >= maxAttempts ||
          !RETRYABLE_STATUSES.has(response.status)
        )
          break;
        let delay = fullJitterDelay(attempt - 1, baseDelayMs, maxDelayMs, random);
        if (response.status === 429 || response.status === 503) {
          const seconds = parseRetryAfter(response.headers['retry-after'], clock.now());
          if (seconds !== null) {
            if (seconds > options.maxRetryAfterSeconds) break;
            delay = seconds * 1000;
          }
        }
        await pause(delay, request, attempt);
      }
    } catch (error) {
      if (error instanceof NetworkError && !request.signal?.aborted)
        options.onReachability?.(false);
      throw error;
    }
    options.onReachability?.(!UNREACHABLE_STATUSES.has(response.status));
    return response;
  }

  async function pause(ms: number, request: ResilientRequest, attempt: number): Promise<void> {
    options.logger?.log('debug', 'http retry scheduled', {
      host: hostOf(request.url),
      attempt,
      delayMs: ms
    });
    await clock.sleep(ms, request.signal);
  }

  return { send, state: () => breaker.state() };
}

interface Breaker {
  /** Lets a request through, or throws NetworkError while the circuit is open. */
  admit(url: string): void;
  success(): void;
  failure(): void;
  /** The admitted request ended without a verdict (caller abort). */
  release(): void;
  state(): ConnectivityState;
}

function createBreaker(options: ResilientHttpOptions): Breaker {
  const { clock } = options;
  const { failureThreshold, probeAfterMs } = options.circuit;
  let phase: 'closed' | 'open' | 'half-open' = 'closed';
  let consecutiveFailures = 0;
  let openedAt = 0;
  let probeInFlight = false;

  const announce = (state: ConnectivityState): void => {
    options.logger?.log(state === 'offline' ? 'warn' : 'info', `provider connection ${state}`);
    options.onStateChange?.(state);
  };

  const open = (): void => {
    phase = 'open';
    openedAt = clock.now();
  };

  return {
    admit(url) {
      if (phase === 'closed') return;
      if (!probeInFlight && clock.now() - openedAt >= probeAfterMs) {
        // One probe at a time; everyone else keeps failing fast until it reports back.
        phase = 'half-open';
        probeInFlight = true;
        return;
      }
      throw new NetworkError(
        `Offline: ${hostOf(url)} failed repeatedly; waiting before trying again`,
        'circuit-open'
      );
    },
    success() {
      consecutiveFailures = 0;
      probeInFlight = false;
      if (phase !== 'closed') {
        phase = 'closed';
        announce('online');
      }
    },
    failure() {
      probeInFlight = false;
      if (phase === 'half-open') {
        open();
        return;
      }
      consecutiveFailures++;
      if (phase === 'closed' && consecutiveFailures >= failureThreshold) {
        open();
        announce('offline');
      }
    },
    release() {
      if (phase === 'half-open') {
        probeInFlight = false;
        phase = 'open';
      }
    },
    state: () => (phase === 'closed' ? 'online' : 'offline')
  };
}

/** One attempt: its signal (the caller's abort or the attempt's timeout, whichever comes first). */
interface Attempt {
  readonly signal: AbortSignal;
  /** The port's answer, cut off when the signal aborts (a port may ignore its signal). */
  race(sent: Promise<HttpResponse>): Promise<HttpResponse>;
  timedOut(): boolean;
  /** The attempt ended: its timer and its listener on the caller's signal go. */
  done(): void;
}

/**
 * One controller, one timer cleared when the attempt ends, and one listener on the caller's
 * signal: a sync sends tens of thousands of requests, and AbortSignal.timeout plus
 * AbortSignal.any per request left that many live timers and composite signals behind. The
 * timer and the caller's abort end the race themselves, so nothing listens on the attempt's
 * own signal but the port; the attempt is the timer's argument. Its listener on the caller's
 * signal is a function made only when there is a signal: Node's EventTarget holds an object
 * listener (handleEvent) so that V8's scavenges keep it and all it reaches until the next full
 * collection.
 */
class TimedAttempt implements Attempt {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private expired = false;
  private cutOff: ((reason: unknown) => void) | null = null;
  private onOuterAbort: (() => void) | null = null;

  constructor(
    private readonly outer: AbortSignal | undefined,
    timeoutMs: number
  ) {
    this.timer = setTimeout(expire, timeoutMs, this);
    // Like AbortSignal.timeout's timer, this one does not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
    if (outer?.aborted) this.abort(outer.reason);
    else if (outer) this.onOuterAbort = listenForAbort(outer, this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  race(sent: Promise<HttpResponse>): Promise<HttpResponse> {
    const { signal } = this.controller;
    if (signal.aborted) {
      // The send already started: its own rejection must not go unhandled.
      sent.catch(ignore);
      return Promise.reject(signal.reason);
    }
    // One promise, settled by the port's answer or cut off by the timer or the caller's abort
    // (Promise.race would make two more and listen to both).
    return new Promise<HttpResponse>((resolve, reject) => {
      this.cutOff = reject;
      sent.then(resolve, reject);
    });
  }

  timedOut(): boolean {
    return this.expired;
  }

  done(): void {
    clearTimeout(this.timer);
    this.cutOff = null;
    if (this.onOuterAbort) this.outer?.removeEventListener('abort', this.onOuterAbort);
    this.onOuterAbort = null;
  }

  /** The caller aborted. */
  callerAborted(): void {
    this.abort(this.outer?.reason);
  }

  timeOut(): void {
    this.expired = true;
    this.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }

  private abort(reason: unknown): void {
    this.controller.abort(reason);
    this.cutOff?.(reason);
  }
}

/**
 * Makes the attempt follow the caller's signal; returns the listener, to be removed when the
 * attempt ends. Made here rather than in the attempt's constructor: a closure over the
 * attempt made there also kept every attempt past V8's scavenges (measured, not explained).
 */
function listenForAbort(outer: AbortSignal, attempt: TimedAttempt): () => void {
  const onAbort = (): void => attempt.callerAborted();
  outer.addEventListener('abort', onAbort, { once: true });
  return onAbort;
}

function expire(attempt: TimedAttempt): void {
  attempt.timeOut();
}

function ignore(): void {}

/** An injected `timeoutSignal` (tests), combined with the caller's signal. */
function injectedAttempt(
  outer: AbortSignal | undefined,
  timeoutMs: number,
  timeoutSignal: (ms: number) => AbortSignal
): Attempt {
  const timeout = timeoutSignal(timeoutMs);
  const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
  return {
    signal,
    race: (sent) => raceAbort(sent, signal),
    timedOut: () => timeout.aborted,
    done: () => undefined
  };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The send already started: its own rejection must not go unhandled.
    promise.catch(ignore);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      }
    );
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the provider';
  }
}
