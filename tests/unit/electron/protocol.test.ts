import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_CSP,
  contentTypeFor,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppAsset,
  serveAppProtocol
} from '@main/electron/protocol';
import { createFakeElectron } from '../../fakes/fake-electron';

const ROOT = path.resolve('/srv/hostdeck/out/renderer');

describe('resolveAppAsset', () => {
  it('maps a file under the app origin into the renderer root', () => {
    expect(resolveAppAsset(ROOT, 'app://hostdeck/assets/index-abc.js')).toBe(
      path.join(ROOT, 'assets', 'index-abc.js')
    );
  });

  it('serves index.html for the root and for extensionless client routes', () => {
    expect(resolveAppAsset(ROOT, 'app://hostdeck/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppAsset(ROOT, 'app://hostdeck/settings/notifications')).toBe(
      path.join(ROOT, 'index.html')
    );
  });

  it.each([
    'app://hostdeck/..%2f..%2f..%2fetc%2fpasswd',
    'app://hostdeck/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://hostdeck/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
    'app://hostdeck/..%5c..%5cwindows%5cwin.ini',
    'app://hostdeck/assets%2f..%2f..%2fsecret.json',
    'app://hostdeck/index.html%00.png',
    'app://hostdeck/%E0%A4%A',
    'app://other/index.html',
    'https://hostdeck/index.html',
    'file:///etc/passwd'
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(ROOT, url)).toBeNull();
  });

  it('keeps plain dot segments inside the root (URL parsing folds them)', () => {
    const resolved = resolveAppAsset(ROOT, 'app://hostdeck/../../etc/passwd.txt');
    expect(resolved).toBe(path.join(ROOT, 'etc', 'passwd.txt'));
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer file types and falls back to octet-stream', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/blob.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  beforeEach(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'hostdeck-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Hostdeck</title>');
    await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  });
  afterEach(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves a file with its content type and the strict CSP', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://hostdeck/assets/app.css')
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('body{}');
  });

  it('answers 404 for an encoded traversal to a file outside the root', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://hostdeck/..%2fsecret.txt')
    );
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('answers 404 with the CSP for a missing file', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://hostdeck/assets/missing.js')
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://hostdeck/index.html', { method: 'POST', body: 'x' })
    );
    expect(response.status).toBe(405);
  });

  it('includes every directive of the policy', () => {
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'"
    ]) {
      expect(APP_CSP.split('; ')).toContain(directive);
    }
  });
});

describe('registerAppScheme and serveAppProtocol', () => {
  it('registers app: as standard, secure and fetch-capable, and handles it', () => {
    const electron = createFakeElectron();
    registerAppScheme(electron.module.protocol);
    serveAppProtocol(electron.module.protocol, ROOT);
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ]);
    expect([...electron.protocolHandlers.keys()]).toEqual(['app']);
  });
});
