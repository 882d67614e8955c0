/**
 * SecretStore over keytar (the OS keychain: Secret Service on Linux, Keychain on macOS,
 * Credential Vault on Windows). keytar is a native module, loaded lazily so that a machine
 * without it (or without a running keychain) gets a clear fallback instead of a crash.
 */
import { createRequire } from 'node:module';
import type { SecretStore } from '../core/ports';

interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

function loadKeytar(): KeytarModule {
  const require = createRequire(import.meta.url);
  return require('keytar') as KeytarModule;
}

/** Creates a keychain-backed store under the given service name. */
export function createKeytarSecretStore(
  service: string,
  keytar: KeytarModule = loadKeytar()
): SecretStore {
  return {
    description: 'OS keychain',
    get: (account) => keytar.getPassword(service, account),
    set: (account, secret) => keytar.setPassword(service, account, secret),
    delete: (account) => keytar.deletePassword(service, account)
  };
}

/**
 * Checks that keytar loads and the keychain answers (a read of a probe entry). Returns the
 * reason when it does not, e.g. no Secret Service on a headless Linux box.
 */
export async function probeKeytar(
  service: string
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const keytar = loadKeytar();
    await withTimeout(keytar.getPassword(service, '__probe__'), 3000);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the keychain did not answer within ${ms} ms`)),
      ms
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    );
  });
}

/** A store that keeps secrets in memory for this run only (no keychain available). */
export function createSessionSecretStore(reason: string): SecretStore {
  const values = new Map<string, string>();
  return {
    description: `this session only (${reason})`,
    get: async (account) => values.get(account) ?? null,
    set: async (account, secret) => {
      values.set(account, secret);
    },
    delete: async (account) => values.delete(account)
  };
}
