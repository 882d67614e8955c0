import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretStore } from '@main/core/ports';
import {
  chooseSecretBackend,
  createElectronSecretStore,
  type SecretBackendFacts
} from '@main/electron/secret-store';
import { FakeSafeStorage } from '../../fakes/fake-electron';
import { recordingLogger } from './support';

const noKeytar = {
  ok: false,
  reason: 'The name org.freedesktop.secrets was not provided'
} as const;
const facts = (overrides: Partial<SecretBackendFacts>): SecretBackendFacts => ({
  platform: 'linux',
  keytar: noKeytar,
  encryptionAvailable: true,
  linuxBackend: 'gnome_libsecret',
  allowWeak: false,
  ...overrides
});

describe('chooseSecretBackend', () => {
  it('prefers the OS keychain through keytar when it answers', () => {
    expect(
      chooseSecretBackend(facts({ keytar: { ok: true }, linuxBackend: 'basic_text' }))
    ).toEqual({ kind: 'keytar' });
  });

  it('falls back to safeStorage with a real keyring backend', () => {
    expect(chooseSecretBackend(facts({}))).toEqual({ kind: 'safe-storage', weak: false });
    expect(chooseSecretBackend(facts({ platform: 'darwin', linuxBackend: null }))).toEqual({
      kind: 'safe-storage',
      weak: false
    });
  });

  it('refuses the basic_text backend unless weak storage is allowed', () => {
    const refused = chooseSecretBackend(facts({ linuxBackend: 'basic_text' }));
    expect(refused.kind).toBe('session');
    expect(chooseSecretBackend(facts({ linuxBackend: 'basic_text', allowWeak: true }))).toEqual({
      kind: 'safe-storage',
      weak: true
    });
  });

  it('keeps secrets for this session only when nothing can encrypt', () => {
    expect(chooseSecretBackend(facts({ encryptionAvailable: false })).kind).toBe('session');
  });
});

describe('createElectronSecretStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hostdeck-secrets-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const keychain = (): SecretStore & { values: Map<string, string> } => {
    const values = new Map<string, string>();
    return {
      values,
      description: 'OS keychain',
      get: async (a) => values.get(a) ?? null,
      set: async (a, s) => {
        values.set(a, s);
      },
      delete: async (a) => values.delete(a)
    };
  };

  const build = (
    safeStorage: FakeSafeStorage,
    options: { keytarOk?: boolean; allowWeak?: boolean } = {}
  ) => {
    const store = keychain();
    return createElectronSecretStore({
      safeStorage,
      platform: 'linux',
      dataDir: dir,
      allowWeakSecretStorage: options.allowWeak ?? false,
      keytar: {
        probe: async () => (options.keytarOk ? { ok: true } : noKeytar),
        create: () => store
      },
      logger: recordingLogger()
    }).then((result) => ({ ...result, keychain: store }));
  };

  it('uses the keychain store when keytar works', async () => {
    const { store, keychain: kc } = await build(new FakeSafeStorage(true), { keytarOk: true });
    await store.set('profile:1', 's3cret');
    expect(kc.values.get('profile:1')).toBe('s3cret');
    expect(store.description).toBe('OS keychain');
  });

  it('writes only ciphertext to secrets.json when falling back to safeStorage', async () => {
    const { store, choice } = await build(new FakeSafeStorage(true));
    expect(choice).toEqual({ kind: 'safe-storage', weak: false });
    await store.set('profile:1', 'api-secret-123');
    const text = await readFile(path.join(dir, 'secrets.json'), 'utf8');
    expect(text).not.toContain('api-secret-123');
    expect(text).not.toContain(Buffer.from('api-secret-123').toString('base64'));
    expect(await store.get('profile:1')).toBe('api-secret-123');
  });

  it('opts into basic_text only when the user allowed weak storage', async () => {
    const refused = new FakeSafeStorage(false, 'basic_text');
    const session = await build(refused);
    expect(session.choice.kind).toBe('session');
    expect(refused.plainTextOptIn).toBe(false);
    expect(session.store.description).toMatch(/session only/);

    const allowed = new FakeSafeStorage(false, 'basic_text');
    const weak = await build(allowed, { allowWeak: true });
    expect(allowed.plainTextOptIn).toBe(true);
    expect(weak.choice).toEqual({ kind: 'safe-storage', weak: true });
    expect(weak.store.description).toMatch(/weakly protected/);
  });

  it('keeps secrets in memory only and writes no file when nothing can encrypt', async () => {
    const { store } = await build(new FakeSafeStorage(false, 'unknown'));
    await store.set('profile:1', 'api-secret-123');
    expect(await store.get('profile:1')).toBe('api-secret-123');
    await expect(readFile(path.join(dir, 'secrets.json'), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT'
    });
  });
});
