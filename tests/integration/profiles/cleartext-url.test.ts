import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

/** Credentials never leave for a provider over plain http, whichever way they come in. */
describe('http:// provider addresses', () => {
  const clock = new FakeClock('2026-05-04T10:15:00Z');
  const secrets = createSessionSecretStore('test');
  let shell: WebShell;
  let dir: { path: string; cleanup: () => void };
  let savedId: string;
  const call = (channel: string, input?: unknown) =>
    dispatch(shell.services.handlers, channel, input, new RecordingLogger());
  const classic = (baseUrl: string) => ({
    authMode: 'classic',
    baseUrl,
    identifier: 'api-reseller',
    secret: 'api-secret-value',
    clientId: '42'
  });

  beforeAll(async () => {
    dir = makeTempDir();
    // A profile an older Hostdeck saved with an http:// address.
    const saved = openProfileStore(dir.path).add(
      {
        name: 'Old plain-http profile',
        kind: 'whmcs',
        baseUrl: 'http://billing.example.com/',
        authMode: 'classic',
        login: 'api-reseller',
        clientId: '42'
      },
      '2026-01-01T00:00:00.000Z'
    );
    savedId = saved.id;
    await secrets.set(
      `profile:${saved.id}`,
      JSON.stringify({ kind: 'classic', secret: 'api-secret-value' })
    );
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
    dir.cleanup();
  });

  it('refuses to test or save a connection to an http:// address, on its baseUrl field', async () => {
    for (const [channel, input] of [
      ['profiles:test-connection', classic('http://billing.example.com')],
      ['profiles:create', { name: 'Plain', connection: classic('http://billing.example.com') }]
    ] as const) {
      const result = await call(channel, input);
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
      expect((result as { error: { message: string } }).error.message).toMatch(
        /baseUrl: .*credentials would travel in clear text/
      );
    }
    const list = (await call('profiles:list')) as { value: { profiles: unknown[] } };
    expect(list.value.profiles).toHaveLength(1);
  });

  it('does not connect a saved http:// profile, and says why instead of trying the network', async () => {
    expect(await call('profiles:switch', { id: savedId })).toMatchObject({ ok: true });
    const report = await call('sync:run-now', { mode: 'incremental' });
    expect(report).toMatchObject({
      ok: true,
      value: { ok: false, entities: [{ entity: 'connection', error: { kind: 'invalid-input' } }] }
    });
    const entity = (report as { value: { entities: { error: { message: string } }[] } }).value
      .entities[0];
    expect(entity?.error.message).toMatch(/credentials would travel in clear text/);
  });
});
