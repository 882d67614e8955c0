import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBridge } from '@renderer/lib/bridge';
import { createWebBridge, OFFLINE_MESSAGE } from '@renderer/lib/web-bridge';
import { defaultSettings } from '@shared/contract';

/** A stand-in for the browser's EventSource that records its URL and lets tests dispatch. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }
  /** Delivers a named SSE event as the browser would. */
  deliver(name: string, data: string): void {
    this.dispatchEvent(new MessageEvent(name, { data }));
  }
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' }
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.instances = [];
});

describe('the bridge in a browser', () => {
  it('installs the web client as window.hostdeck when the preload provided none', () => {
    const bridge = getBridge();
    expect(bridge.shell).toBe('web');
    expect(window.hostdeck).toBe(bridge);
    expect(getBridge()).toBe(bridge);
  });

  it('keeps no token where page scripts could read it', () => {
    window.history.replaceState(null, '', '/#/usage');
    getBridge();
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    expect(window.location.href).not.toContain('token');
  });
});

describe('rpc', () => {
  it('posts the input to /rpc/<channel> with the cookie, no token header, and returns the value', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: defaultSettings() }));
    vi.stubGlobal('fetch', fetchMock);
    const bridge = createWebBridge();
    const result = await bridge.invoke('settings:update', { syncIntervalMinutes: 45 });
    expect(result).toEqual({ ok: true, value: defaultSettings() });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/settings:update');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({ input: { syncIntervalMinutes: 45 } });
  });

  it('sends an empty object for channels without input', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: defaultSettings() }));
    vi.stubGlobal('fetch', fetchMock);
    await createWebBridge().invoke('settings:get', undefined);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{}');
  });

  it('passes error envelopes through unchanged, whatever the HTTP status', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { kind: 'auth', message: 'Missing or wrong token.' } }, 401)
    );
    const result = await createWebBridge().invoke('app:get-status', undefined);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'auth', message: 'Missing or wrong token.' }
    });
  });

  it('keeps the issues of invalid input, dropping malformed ones', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({
        ok: false,
        error: {
          kind: 'invalid-input',
          message: 'Invalid input for settings:update: timeZone: Unknown time zone',
          code: 'invalid-input',
          issues: [
            { path: ['timeZone'], message: 'Unknown time zone' },
            { path: ['alertThresholds', 1], message: 'Expected number' },
            { path: 'timeZone', message: 'not a path' },
            { path: [{}], message: 'not a key' }
          ]
        }
      })
    );
    const result = await createWebBridge().invoke('settings:update', { timeZone: 'Mars/Olympus' });
    expect(result.ok ? null : result.error.issues).toEqual([
      { path: ['timeZone'], message: 'Unknown time zone' },
      { path: ['alertThresholds', 1], message: 'Expected number' }
    ]);
  });

  it('reports a refusal of its credentials by the server, but not a provider refusing its own', async () => {
    const onAccessRefused = vi.fn();
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { kind: 'auth', message: 'Wrong API secret.' } }, 200)
    );
    await createWebBridge({ onAccessRefused }).invoke('sync:run-now', undefined);
    expect(onAccessRefused).not.toHaveBeenCalled();
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { kind: 'auth', message: 'Missing or wrong token.' } }, 401)
    );
    await createWebBridge({ onAccessRefused }).invoke('app:get-status', undefined);
    expect(onAccessRefused).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into an offline envelope', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createWebBridge().invoke('app:get-status', undefined);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'offline', message: OFFLINE_MESSAGE, code: 'local-server-unreachable' }
    });
    expect(OFFLINE_MESSAGE).toBe(
      "Hostdeck's local server is not reachable. Is `npm run web` still running?"
    );
  });

  it('reports an error envelope with an unknown kind as an internal error', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { kind: 'teapot', message: 'short and stout' } }, 500)
    );
    const result = await createWebBridge().invoke('app:get-status', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('internal');
  });

  it('keeps the wait a rate-limited reply asks for', async () => {
    const error = { kind: 'rate-limited', message: 'Slow down.', retryAfterSeconds: 30 };
    vi.stubGlobal('fetch', async () => jsonResponse({ ok: false, error }, 200));
    const result = await createWebBridge().invoke('sync:run-now', undefined);
    expect(result).toEqual({ ok: false, error });
  });

  it('reports a reply that is not an envelope as an internal error', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>proxy error</html>', { status: 502 }));
    const result = await createWebBridge().invoke('app:get-status', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('internal');
  });
});

describe('events', () => {
  it('opens one EventSource without a token in its URL and delivers parsed named events', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const bridge = createWebBridge();
    const changed = vi.fn();
    const navigated = vi.fn();
    bridge.on('cache:changed', changed);
    const off = bridge.on('app:navigate', navigated);
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('/events');

    source.deliver('cache:changed', JSON.stringify({ scopes: ['domains', 'status'] }));
    expect(changed).toHaveBeenCalledWith({ scopes: ['domains', 'status'] });
    expect(navigated).not.toHaveBeenCalled();

    off();
    source.deliver('app:navigate', JSON.stringify({ target: { kind: 'tickets' } }));
    expect(navigated).not.toHaveBeenCalled();
  });

  it('drops events whose data is not JSON, with a warning', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = vi.fn();
    createWebBridge().on('cache:changed', changed);
    FakeEventSource.instances[0]!.deliver('cache:changed', 'not json');
    expect(changed).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('subscribes to nothing for a name outside the contract', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const listener = vi.fn();
    const bridge = createWebBridge() as unknown as {
      on(event: string, listener: (payload: unknown) => void): () => void;
    };
    const off = bridge.on('debug:eval', listener);
    expect(FakeEventSource.instances).toHaveLength(0);
    off();
  });
});
