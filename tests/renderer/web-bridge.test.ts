import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBridge } from '../../src-renderer/src/lib/bridge';
import {
  createWebBridge,
  OFFLINE_MESSAGE,
  readToken,
  TOKEN_STORAGE_KEY
} from '../../src-renderer/src/lib/web-bridge';
import { defaultSettings } from '../../src-shared/contract';

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

describe('token handling', () => {
  it('reads the token from the URL, keeps it in sessionStorage and strips it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=s3cret&lang=en#/usage');
    expect(readToken()).toBe('s3cret');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('s3cret');
    expect(window.location.search).toBe('?lang=en');
    expect(window.location.hash).toBe('#/usage');
    expect(window.location.href).not.toContain('s3cret');
  });

  it('reads the token from sessionStorage on later loads', () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'kept');
    window.history.replaceState(null, '', '/');
    expect(readToken()).toBe('kept');
  });

  it('finds no token when neither the URL nor the session has one', () => {
    expect(readToken()).toBeNull();
    expect(getBridge()).toBeNull();
    expect(window.hostdeck).toBeUndefined();
  });

  it('installs the web client as window.hostdeck when the preload provided none', () => {
    window.history.replaceState(null, '', '/?token=abc');
    const bridge = getBridge();
    expect(bridge?.shell).toBe('web');
    expect(window.hostdeck).toBe(bridge);
    expect(getBridge()).toBe(bridge);
  });
});

describe('rpc', () => {
  it('posts the input with the token header to /rpc/<channel> and returns the value', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: defaultSettings() }));
    vi.stubGlobal('fetch', fetchMock);
    const bridge = createWebBridge('tok-1');
    const result = await bridge.invoke('settings:update', { syncIntervalMinutes: 45 });
    expect(result).toEqual({ ok: true, value: defaultSettings() });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/settings:update');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Hostdeck-Token': 'tok-1'
    });
    expect(JSON.parse(init.body as string)).toEqual({ input: { syncIntervalMinutes: 45 } });
  });

  it('sends an empty object for channels without input', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: defaultSettings() }));
    vi.stubGlobal('fetch', fetchMock);
    await createWebBridge('t').invoke('settings:get', undefined);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{}');
  });

  it('passes error envelopes through unchanged, whatever the HTTP status', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { kind: 'auth', message: 'Missing or wrong token.' } }, 401)
    );
    const result = await createWebBridge('wrong').invoke('app:get-status', undefined);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'auth', message: 'Missing or wrong token.' }
    });
  });

  it('turns a network failure into an offline envelope', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createWebBridge('t').invoke('app:get-status', undefined);
    expect(result).toEqual({ ok: false, error: { kind: 'offline', message: OFFLINE_MESSAGE } });
    expect(OFFLINE_MESSAGE).toBe(
      "Hostdeck's local server is not reachable. Is `npm run web` still running?"
    );
  });

  it('reports a reply that is not an envelope as an internal error', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>proxy error</html>', { status: 502 }));
    const result = await createWebBridge('t').invoke('app:get-status', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('internal');
  });
});

describe('events', () => {
  it('opens one EventSource with the token and delivers parsed named events to listeners', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const bridge = createWebBridge('tok/2');
    const changed = vi.fn();
    const navigated = vi.fn();
    bridge.on('cache:changed', changed);
    const off = bridge.on('app:navigate', navigated);
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('/events?token=tok%2F2');

    source.deliver('cache:changed', JSON.stringify({ scopes: ['domains', 'status'] }));
    expect(changed).toHaveBeenCalledWith({ scopes: ['domains', 'status'] });
    expect(navigated).not.toHaveBeenCalled();

    off();
    source.deliver('app:navigate', JSON.stringify({ route: 'tickets' }));
    expect(navigated).not.toHaveBeenCalled();
  });

  it('drops events whose payload is outside the contract, with a warning', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = vi.fn();
    createWebBridge('t').on('cache:changed', changed);
    FakeEventSource.instances[0]!.deliver(
      'cache:changed',
      JSON.stringify({ scopes: ['nonsense'] })
    );
    FakeEventSource.instances[0]!.deliver('cache:changed', 'not json');
    expect(changed).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
