import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECRETS_FILE, createSafeStorageFileStore } from '@main/electron/safe-storage-file';
import { FakeSafeStorage } from '../../fakes/fake-electron';
import { recordingLogger } from './support';

describe('createSafeStorageFileStore', () => {
  let dir: string;
  let safeStorage: FakeSafeStorage;
  const logger = recordingLogger();
  const open = () =>
    createSafeStorageFileStore({
      safeStorage,
      dataDir: dir,
      backend: 'gnome_libsecret',
      description: 'encrypted file',
      logger,
      now: () => 0
    });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hostdeck-safe-'));
    safeStorage = new FakeSafeStorage(true);
    logger.lines.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips secrets across store instances through the file', async () => {
    await open().set('profile:1', 'first');
    await open().set('profile:2', 'second');
    expect(await open().get('profile:1')).toBe('first');
    expect(await open().get('profile:2')).toBe('second');
    expect(await open().get('profile:3')).toBeNull();
  });

  it('stores base64 ciphertext with the backend and no plaintext', async () => {
    await open().set('profile:1', 'plain-secret');
    const contents = JSON.parse(await readFile(path.join(dir, SECRETS_FILE), 'utf8')) as {
      version: number;
      entries: { account: string; ciphertext: string; backend: string; createdAt: string }[];
    };
    expect(contents.version).toBe(2);
    expect(contents.entries).toEqual([
      {
        account: 'profile:1',
        ciphertext: safeStorage.encryptString('plain-secret').toString('base64'),
        backend: 'gnome_libsecret',
        createdAt: '1970-01-01T00:00:00.000Z'
      }
    ]);
    expect(JSON.stringify(contents)).not.toContain('plain-secret');
  });

  it('leaves no temp files behind and loses nothing under concurrent writes', async () => {
    const store = open();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.set(`profile:${i}`, `secret-${i}`))
    );
    expect(await readdir(dir)).toEqual([SECRETS_FILE]);
    for (let i = 0; i < 10; i += 1) expect(await store.get(`profile:${i}`)).toBe(`secret-${i}`);
  });

  it('deletes a secret and reports whether one existed', async () => {
    const store = open();
    await store.set('profile:1', 'x');
    expect(await store.delete('profile:1')).toBe(true);
    expect(await store.delete('profile:1')).toBe(false);
    expect(await store.get('profile:1')).toBeNull();
  });

  it('treats inherited property names as ordinary accounts', async () => {
    const store = open();
    expect(await store.get('constructor')).toBeNull();
    expect(await store.delete('toString')).toBe(false);
    await store.set('__proto__', 'odd but allowed');
    expect(await open().get('__proto__')).toBe('odd but allowed');
  });

  it('discards a secret that no longer decrypts (keyring changed) and logs no secret', async () => {
    await open().set('profile:1', 'plain-secret');
    safeStorage.failDecrypt = true;
    expect(await open().get('profile:1')).toBeNull();
    safeStorage.failDecrypt = false;
    expect(await open().get('profile:1')).toBeNull();
    expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
    expect(JSON.stringify(logger.lines)).not.toContain('plain-secret');
  });

  it('starts empty over a corrupt file instead of throwing', async () => {
    await writeFile(path.join(dir, SECRETS_FILE), '{not json');
    expect(await open().get('profile:1')).toBeNull();
  });
});
