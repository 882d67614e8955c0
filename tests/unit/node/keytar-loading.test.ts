import { describe, expect, it } from 'vitest';
import { cliSecretStore } from '@main/cli/cli-context';
import {
  createNodeSecretStore,
  probeKeytar,
  type KeytarModule
} from '@main/node/keytar-secret-store';

/**
 * keytar is an optional dependency: `npm install` goes on where its native part cannot be
 * built or downloaded. The loader is injected here to play "not installed" and "broken
 * native module" without uninstalling anything.
 */
const notInstalled = () => {
  throw Object.assign(new Error("Cannot find module 'keytar'\nRequire stack:\n- /app/x.js"), {
    code: 'MODULE_NOT_FOUND'
  });
};
const brokenBinary = () => {
  throw new Error(
    "The module 'keytar.node' was compiled against a different Node.js version\nusing NODE_MODULE_VERSION 115."
  );
};

/** An in-memory keychain that answers like keytar. */
function fakeKeytar(): KeytarModule & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getPassword: async (service, account) => entries.get(`${service}/${account}`) ?? null,
    setPassword: async (service, account, password) => {
      entries.set(`${service}/${account}`, password);
    },
    deletePassword: async (service, account) => entries.delete(`${service}/${account}`)
  };
}

describe('loading keytar', () => {
  it('falls back to secrets for this session when keytar is not installed, and says so', async () => {
    const store = await createNodeSecretStore('Hostdeck-test', notInstalled);
    expect(store.description).toBe(
      'this session only (no OS keychain: keytar is not installed (it is optional))'
    );
    await store.set('profile:a', 'secret-a');
    expect(await store.get('profile:a')).toBe('secret-a');
    expect(await store.delete('profile:a')).toBe(true);
  });

  it('falls back, with the first line of the error, when keytar is installed but will not load', async () => {
    expect(await probeKeytar('Hostdeck-test', brokenBinary)).toEqual({
      ok: false,
      reason:
        "keytar could not be loaded (The module 'keytar.node' was compiled against a different Node.js version)"
    });
    const store = await cliSecretStore(brokenBinary);
    expect(store.description).toMatch(/^this session only \(no OS keychain: keytar could not be/);
  });

  it('falls back when keytar loads but no keychain answers', async () => {
    const silent: KeytarModule = {
      ...fakeKeytar(),
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'))
    };
    const store = await createNodeSecretStore('Hostdeck-test', () => silent);
    expect(store.description).toBe(
      'this session only (no OS keychain: Cannot autolaunch D-Bus without X11 $DISPLAY)'
    );
  });

  it('uses the keychain when keytar loads and answers, and only loads it when asked', async () => {
    const keychain = fakeKeytar();
    let loads = 0;
    const load = () => {
      loads += 1;
      return keychain;
    };
    expect(loads).toBe(0);
    const store = await createNodeSecretStore('Hostdeck-test', load);
    expect(loads).toBeGreaterThan(0);
    expect(store.description).toBe('OS keychain');
    await store.set('profile:b', 'secret-b');
    expect(keychain.entries.get('Hostdeck-test/profile:b')).toBe('secret-b');
  });
});
