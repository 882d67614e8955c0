import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

/** Every file under a folder, recursively, with its bytes. */
function allFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ path: p, text: readFileSync(p).toString('latin1') }));
}

describe('provider profiles', () => {
  let provider: DemoProvider;
  let shell: WebShell;
  let dir: { path: string; cleanup: () => void };
  // One clock for the app and the provider it connects to.
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const secrets = createSessionSecretStore('test');
  const call = (channel: string, input?: unknown) =>
    dispatch(shell.services.handlers, channel, input, new RecordingLogger());
  const classic = (secret: string) => ({
    authMode: 'classic',
    baseUrl: provider.url,
    identifier: demoCredentials.identifier,
    secret,
    clientId: String(demoCredentials.clientId)
  });

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 21, clock });
    shell = await startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: 't',
      secrets,
      clock,
      autoDemo: false
    });
  });
  afterAll(async () => {
    await shell.close();
    await provider.close();
    dir.cleanup();
  });

  it('starts with no profile, so the app shows onboarding', async () => {
    expect(await call('profiles:list')).toEqual({
      ok: true,
      value: { profiles: [], activeId: null }
    });
    const status = await call('app:get-status');
    expect(status.ok && (status.value as { profile: unknown }).profile).toBeNull();
  });

  it('gives a plain verdict for wrong credentials and saves nothing', async () => {
    const verdict = await call('profiles:test-connection', classic('not-the-secret'));
    expect(verdict).toMatchObject({ ok: true, value: { ok: false, reason: 'auth' } });
    expect((verdict as { value: { message: string } }).value.message).toMatch(/authentication/i);
    const create = await call('profiles:create', {
      name: 'Wrong',
      connection: classic('not-the-secret')
    });
    expect(create).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(
      ((await call('profiles:list')) as { value: { profiles: unknown[] } }).value.profiles
    ).toEqual([]);
  });

  it('creates a profile, keeps its secret only in the secret store, and syncs it', async () => {
    const created = await call('profiles:create', {
      name: 'My provider',
      connection: classic(demoCredentials.secret)
    });
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'My provider', kind: 'whmcs', authMode: 'classic' }
    });
    const id = (created as { value: { id: string } }).value.id;
    expect(await secrets.get(`profile:${id}`)).toContain(demoCredentials.secret);
    const report = await call('sync:run-now', { mode: 'full' });
    expect(report).toMatchObject({ ok: true, value: { ok: true } });
    // Nothing under the data folder (settings, profiles, cache, WAL, logs) holds the secret.
    const leaks = allFiles(dir.path).filter((f) => f.text.includes(demoCredentials.secret));
    expect(leaks.map((f) => f.path)).toEqual([]);
  });

  it('renames, switches to the demo provider and back, and removes a profile with its cache and secret', async () => {
    const list = (await call('profiles:list')) as {
      value: { profiles: { id: string; name: string }[]; activeId: string };
    };
    const id = list.value.activeId;
    expect(await call('profiles:rename', { id, name: 'Main provider' })).toMatchObject({
      ok: true,
      value: { name: 'Main provider' }
    });
    const demo = await call('profiles:use-demo');
    expect(demo).toMatchObject({ ok: true, value: { kind: 'demo', name: 'Demo provider' } });
    expect(await call('profiles:switch', { id })).toMatchObject({ ok: true, value: { id } });
    const cacheDir = join(dir.path, 'profiles', id);
    expect(existsSync(cacheDir)).toBe(true);
    expect(await call('profiles:remove', { id })).toEqual({
      ok: true,
      value: { removed: true, activeId: null }
    });
    expect(existsSync(cacheDir)).toBe(false);
    expect(await secrets.get(`profile:${id}`)).toBeNull();
    const after = (await call('profiles:list')) as { value: { profiles: { name: string }[] } };
    expect(after.value.profiles.map((p) => p.name)).toEqual(['Demo provider']);
  });

  it('refuses a profile URL that is not http(s)', async () => {
    const bad = await call('profiles:test-connection', {
      ...classic('x'),
      baseUrl: 'file:///etc/passwd'
    });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });
});
