import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

interface SyncEntity {
  readonly entity: string;
  readonly ok: boolean;
  readonly error: { readonly kind: string; readonly message: string } | null;
}

/**
 * A WHMCS 9 client login whose account asks for a second factor: onboarding answers it once,
 * and every later sync (also after a restart) rides on the kept session token instead of
 * asking for a code nobody is there to type.
 */
describe('a WHMCS 9 REST profile with a second factor', () => {
  const clock = new FakeClock('2026-05-04T10:15:00Z');
  const secrets = createSessionSecretStore('test');
  let provider: DemoProvider;
  let shell: WebShell;
  let dir: { path: string; cleanup: () => void };
  const start = () =>
    startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: 't',
      secrets,
      clock,
      autoDemo: false
    });
  const call = (channel: string, input?: unknown) =>
    dispatch(shell.services.handlers, channel, input, new RecordingLogger());
  const connection = () => ({
    authMode: 'rest',
    baseUrl: provider.url,
    email: demoCredentials.email,
    password: demoCredentials.password
  });
  const syncNow = async (mode: 'full' | 'incremental') => {
    const result = await call('sync:run-now', { mode });
    if (!result.ok) throw new Error(`sync:run-now failed: ${result.error.message}`);
    return result.value as { ok: boolean; entities: SyncEntity[] };
  };
  const failures = (report: { entities: SyncEntity[] }) =>
    report.entities.filter((e) => !e.ok).map((e) => `${e.entity}: ${e.error?.message ?? ''}`);

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 8, clock, twoFactor: true });
    shell = await start();
  });
  afterAll(async () => {
    await shell.close();
    await provider.close();
    dir.cleanup();
  });

  it('asks for the second factor when the connection is tested without a code', async () => {
    const verdict = await call('profiles:test-connection', connection());
    expect(verdict).toMatchObject({
      ok: true,
      value: { ok: false, reason: 'second-factor' }
    });
    expect((verdict as { value: { challenge: string | null } }).value.challenge).toEqual(
      expect.any(String)
    );
  });

  it('creates the profile with the code, then syncs twice without asking again, also after a restart', async () => {
    const asked = await call('profiles:test-connection', connection());
    const challenge = (asked as { value: { challenge: string } }).value.challenge;
    const created = await call('profiles:create', {
      name: 'WHMCS 9 login',
      connection: {
        ...connection(),
        secondFactor: { challenge, code: demoCredentials.twoFactorCode }
      }
    });
    expect(created).toMatchObject({ ok: true, value: { kind: 'whmcs', authMode: 'rest' } });

    const first = await syncNow('full');
    expect(failures(first)).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.entities.map((e) => e.entity)).toContain('invoices');

    // A restart reads the profile and its secret back from disk and the secret store.
    await shell.close();
    shell = await start();
    const second = await syncNow('incremental');
    expect(failures(second)).toEqual([]);
    expect(second.ok).toBe(true);
    const status = await call('app:get-status');
    expect(status).toMatchObject({ ok: true, value: { profile: { name: 'WHMCS 9 login' } } });
  });

  it('keeps the password and the session token out of every file in the data folder', async () => {
    const list = (await call('profiles:list')) as { value: { activeId: string } };
    const stored = JSON.parse((await secrets.get(`profile:${list.value.activeId}`)) ?? '{}') as {
      token?: string;
    };
    expect(stored.token).toEqual(expect.any(String));
    const files = readdirSync(dir.path, { recursive: true, encoding: 'utf8' })
      .map((rel) => join(dir.path, rel))
      .filter((p) => statSync(p).isFile());
    const leaks = files.filter((p) => {
      const text = readFileSync(p).toString('latin1');
      return text.includes(demoCredentials.password) || text.includes(stored.token ?? '\u0000');
    });
    expect(leaks).toEqual([]);
  });
});
